// What `import 'totp-enroll'` costs an app: an app whose code is that one line, built by Vite
// and by esbuild (minified ES modules, code splitting, browser), the package resolved through
// its `exports` as a consumer's bundler would. `initial` is what the page loads up front (the
// entry and its static imports, Lit included), `lazy` the rest. Needs `npm run build` first.
// Used by `npm run bench` (BENCHMARKS.md) and test/package/package.test.mjs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';

/**
 * Up front, gzip -9, under each bundler: 10,000 B until issue 21, which added the user lookup's
 * early start (enroll/early-lookup.ts, ~300 B: with the default backend `users/me` leaves as the
 * element connects instead of after the flow's chunk, one round trip sooner to a usable "Set up",
 * 2,775 → 2,211 ms on the phone profile, for under 2 ms of download).
 */
export const APP_BUDGET_GZIP = 10_400;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Minified, gzip -9 and brotli -q 11 bytes of `code`; shared with scripts/bench.mjs. */
export function sizes(code) {
  const bytes = Buffer.from(code);
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
    }).length,
  };
}

export const sum = (list) => list.reduce((a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }),
  { min: 0, gzip: 0, brotli: 0 });

/** `totp-enroll/…` → the file package.json's `exports` names for a browser bundler. */
function exported(specifier) {
  if (specifier !== pkg.name && !specifier.startsWith(`${pkg.name}/`)) return null;
  const target = pkg.exports[`.${specifier.slice(pkg.name.length)}`];
  return join(root, typeof target === 'string' ? target : target.default);
}

/** Splits chunks into what the entry loads statically and the rest. */
function split(chunks) {
  const byName = new Map(chunks.map((c) => [c.name, c]));
  const initial = new Set();
  const visit = (name) => {
    if (initial.has(name)) return;
    initial.add(name);
    for (const i of byName.get(name).imports) visit(i);
  };
  visit(chunks.find((c) => c.entry).name);
  return {
    initial: sum([...initial].map((n) => sizes(byName.get(n).code))),
    lazy: sum(chunks.filter((c) => !initial.has(c.name)).map((c) => sizes(c.code))),
    /** The code loaded up front, for tests to look into. */
    initialCode: [...initial].map((n) => byName.get(n).code).join('\n'),
  };
}

export async function appSizes({ work = join(root, 'tmp/app-size') } = {}) {
  mkdirSync(work, { recursive: true });
  const entry = join(work, 'app.js');
  writeFileSync(entry, "import 'totp-enroll';\n");

  const out = join(work, 'esbuild');
  const built = await esbuild({
    entryPoints: [entry], bundle: true, splitting: true, format: 'esm', platform: 'browser', target: 'es2022',
    minify: true, write: false, outdir: out, metafile: true, logLevel: 'silent',
    plugins: [{ name: 'package', setup: (b) => b.onResolve({ filter: /^totp-enroll(\/|$)/ }, ({ path }) => ({ path: exported(path) })) }],
  });
  const code = new Map(built.outputFiles.map((f) => [f.path, f.text]));
  const esbuildChunks = Object.entries(built.metafile.outputs).filter(([name]) => name.endsWith('.js')).map(([name, o]) => ({
    name: resolve(root, name), entry: Boolean(o.entryPoint), code: code.get(resolve(root, name)),
    imports: o.imports.filter((i) => i.kind === 'import-statement' && !i.external).map((i) => resolve(root, i.path)),
  }));

  const { build: viteBuild } = await import('vite');
  const output = await viteBuild({
    configFile: false, logLevel: 'silent', root: work, publicDir: false,
    plugins: [{ name: 'package', enforce: 'pre', resolveId: (source) => exported(source) }],
    build: {
      write: false, target: 'es2022', minify: true, modulePreload: false, reportCompressedSize: false,
      rolldownOptions: { input: entry, preserveEntrySignatures: false },
    },
  });
  const viteChunks = (Array.isArray(output) ? output[0] : output).output.filter((o) => o.type === 'chunk')
    .map((c) => ({ name: c.fileName, entry: c.isEntry, code: c.code, imports: c.imports }));

  return { vite: split(viteChunks), esbuild: split(esbuildChunks) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { vite, esbuild } = await appSizes();
  for (const [bundler, { initial, lazy }] of Object.entries({ vite, esbuild })) {
    console.log(`${bundler}: up front ${initial.gzip} B gzip (${initial.min} B minified), later ${lazy.gzip} B gzip; budget ${APP_BUDGET_GZIP} B up front`);
  }
}
