// `node --import ./test/ssr/no-dom.mjs`: a server with no browser globals. `window`, `document`
// and `location` are undefined, as on any server, and reading one from the package's own code
// (dist/) throws, naming the global: a test sees any such read. Lit's server build may look
// (`globalThis.document === undefined`); that is Lit's business and passes.
const ours = new URL('../../dist/', import.meta.url).href;

for (const name of ['window', 'document', 'location']) {
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get() {
      const stack = new Error().stack ?? '';
      if (stack.includes(ours)) throw new Error(`totp-enroll read globalThis.${name} on the server`);
      return undefined;
    },
  });
}
