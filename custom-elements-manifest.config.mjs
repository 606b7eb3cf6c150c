/**
 * `npm run analyze` (cem analyze): the manifest comes from the JSDoc in src/, and documents the
 * public API only, at its dist/ paths (publicApiOnly below).
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
          declaration.events = declaration.events.filter((event) => event.name?.includes('-') && event.description);
        }
      }
    },
  };
}

/**
 * The modules a user imports from, by source path: the entries, each element's define module
 * (it registers the tag) and class module, the events, the error type.
 */
const PUBLIC_MODULES = [
  'src/index.ts', 'src/challenge.ts', 'src/api/errors.ts', 'src/elements/shared/events.ts',
  'src/elements/enroll/totp-enroll.ts', 'src/elements/enroll/totp-enroll.component.ts', 'src/elements/enroll/events.ts',
  'src/elements/challenge/totp-challenge.ts', 'src/elements/challenge/totp-challenge.component.ts', 'src/elements/challenge/events.ts',
];

/** `src/elements/shared/events.ts` (or `./elements/shared/events.js`, relative to src/index.ts) → `dist/elements/shared/events.js`. */
function distPath(path) {
  const clean = path.replace(/^\.\//, 'src/').replace(/^\//, '');
  return clean.startsWith('src/') ? clean.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js') : path;
}

/** An export's `./x.js` is relative to its module's folder (the analyzer keeps it as written). */
function relativeTo(modulePath, specifier) {
  if (!/^\.\.?\//.test(specifier)) return specifier;
  const parts = modulePath.split('/').slice(0, -1);
  for (const part of specifier.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/').replace(/\.js$/, '.ts');
}

/**
 * The manifest documents the public API only, at the paths the package ships (dist/): the
 * internal modules, private and `@internal` members and the internal superclass are left out;
 * members inherited from it stay, as the element's own.
 */
function publicApiOnly() {
  return {
    name: 'public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      const manifest = customElementsManifest;
      // In PUBLIC_MODULES' order: the analyzer's own order varies from run to run.
      manifest.modules = manifest.modules.filter((mod) => PUBLIC_MODULES.includes(mod.path))
        .sort((a, b) => PUBLIC_MODULES.indexOf(a.path) - PUBLIC_MODULES.indexOf(b.path));
      const kept = new Set(manifest.modules.map((mod) => distPath(mod.path)));
      for (const mod of manifest.modules) {
        const source = mod.path;
        mod.path = distPath(mod.path);
        for (const declaration of mod.declarations ?? []) {
          if (declaration.members) {
            declaration.members = declaration.members.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#'));
          }
          if (declaration.superclass?.module) {
            declaration.superclass = kept.has(distPath(declaration.superclass.module)) ? { ...declaration.superclass, module: distPath(declaration.superclass.module) }
              : declaration.customElement ? { name: 'LitElement', package: 'lit' } : { name: declaration.superclass.name };
          }
        }
        mod.declarations = (mod.declarations ?? []).filter((d) => d.kind === 'class' || d.kind === 'mixin');
        const declared = new Set(mod.declarations.map((d) => d.name));
        mod.exports = (mod.exports ?? []).filter((e) => {
          if (e.declaration?.module) e.declaration.module = relativeTo(source, e.declaration.module);
          const from = e.declaration?.module && distPath(e.declaration.module);
          return e.name !== '*' && (from === mod.path ? declared.has(e.declaration.name) : kept.has(from));
        });
      }
      // The tag is registered by the define module beside the class module (`x.ts` beside `x.component.ts`).
      for (const mod of manifest.modules) {
        for (const d of (mod.declarations ?? []).filter((d) => d.customElement && d.tagName)) {
          const definer = manifest.modules.find((m) => m.path === mod.path.replace(/\.component\.js$/, '.js')) ?? mod;
          if (definer.exports.some((e) => e.kind === 'custom-element-definition' && e.name === d.tagName)) continue;
          definer.exports.push({ kind: 'custom-element-definition', name: d.tagName, declaration: { name: d.name, module: mod.path } });
        }
      }
      // Every other reference to a source path: inherited members, types, exports.
      const rewrite = (node) => {
        if (Array.isArray(node)) return node.forEach(rewrite);
        if (!node || typeof node !== 'object') return undefined;
        for (const [key, value] of Object.entries(node)) {
          if (key === 'module' && typeof value === 'string') {
            node[key] = distPath(value);
            if (!kept.has(node[key]) && node[key].startsWith('dist/')) delete node[key];
          } else rewrite(value);
        }
        if (node.inheritedFrom && !node.inheritedFrom.module) delete node.inheritedFrom;
        return undefined;
      };
      manifest.modules.forEach((mod) => { for (const d of mod.declarations) rewrite(d); rewrite(mod.exports); });
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/server/**'],
  litelement: true,
  plugins: [keepDocumentedEvents(), publicApiOnly()],
};
