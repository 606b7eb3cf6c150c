/**
 * `npm run analyze` (cem analyze): the manifest comes from the JSDoc in src/.
 * The analyzer also guesses events from `dispatchEvent(new X(arg))` and takes the argument
 * for the event's name; our event classes take their detail there, so only the events the
 * class documents with @fires (which carry the real names) are kept.
 */
function keepDocumentedEvents() {
  return {
    name: 'keep-documented-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.events) continue;
          declaration.events = declaration.events.filter((event) => event.name.includes('-') && event.description);
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/server/**'],
  litelement: true,
  plugins: [keepDocumentedEvents()],
};
