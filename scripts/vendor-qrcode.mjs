// `npm run build`, after tsc: `qrcode` ships CommonJS only (and pulls in `dijkstrajs`), which
// makes the Angular CLI warn and other bundlers convert it. The package therefore ships its own
// ES module of qrcode's browser build, dist/vendor/qrcode.js, and the built element imports
// that instead of the bare `qrcode`: a consumer's bundler sees ES modules only. Fails the build
// when the element no longer imports `qrcode` where expected, rather than ship a dead file.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const qrcodeDir = dirname(createRequire(import.meta.url).resolve('qrcode/package.json'));
const { version } = JSON.parse(readFileSync(join(qrcodeDir, 'package.json'), 'utf8'));
const copyright = readFileSync(join(qrcodeDir, 'license'), 'utf8').split('\n').find((line) => line.startsWith('Copyright'));
const out = join(root, 'dist/vendor/qrcode.js');

await build({
  entryPoints: [join(qrcodeDir, 'lib/browser.js')], outfile: out, bundle: true, format: 'esm', platform: 'browser',
  target: 'es2022', minify: true, logLevel: 'warning',
  banner: { js: `/*! qrcode ${version} (browser build as an ES module). MIT License. ${copyright} */` },
});

const importers = [];
const elements = join(root, 'dist/elements');
for (const file of readdirSync(elements, { recursive: true }).filter((f) => f.endsWith('.js'))) {
  const path = join(elements, file);
  const code = readFileSync(path, 'utf8');
  if (!code.includes("import('qrcode')")) continue;
  const specifier = `./${relative(dirname(path), out).replaceAll('\\', '/')}`.replace(/^\.\/\.\./, '..');
  writeFileSync(path, code.replaceAll("import('qrcode')", `import('${specifier}')`));
  importers.push(file);
}
if (!importers.length) {
  console.error("vendor-qrcode: no dist/elements/**/*.js imports 'qrcode' any more: update scripts/vendor-qrcode.mjs.");
  process.exit(1);
}
