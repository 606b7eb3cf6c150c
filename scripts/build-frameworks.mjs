// Builds the framework apps under test/frameworks/ with each framework's own compiler, against
// the built package (`totp-enroll` resolves through package.json's `exports` to dist/), into
// tmp/frameworks/<name>/app.js for the browser tests (test/frameworks/*.test.ts). Then
// type-checks the apps and the shipped framework typings. Needs `npm run build` first.
//
//   node scripts/build-frameworks.mjs [vue|svelte|react|angular|next|types …]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const appsDir = join(root, 'test/frameworks');
const outRoot = join(root, 'tmp/frameworks');
const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/**
 * `totp-enroll` and its subpaths → the built files, the way a consumer's bundler reads the
 * package's `exports` map (our own bundlers do not resolve a package by its own name).
 */
function packageExport(specifier) {
  if (specifier !== pkg.name && !specifier.startsWith(`${pkg.name}/`)) return null;
  const entry = pkg.exports[`.${specifier.slice(pkg.name.length)}`];
  if (!entry) throw new Error(`${specifier} is not exported by package.json`);
  return join(root, typeof entry === 'string' ? entry : entry.default);
}

const selfReference = {
  name: 'totp-enroll-package',
  enforce: 'pre',
  resolveId: (source) => packageExport(source),
};

/**
 * `totp-enroll/react` starts with 'use client' for React Server Components; Rolldown warns that a
 * bundle drops module directives. @vitejs/plugin-react silences the same warning in a Vite React app.
 */
function onwarn(warning, warn) {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && /use client/.test(warning.message)) return;
  warn(warning);
}

async function viteBuild(name, entry, plugins = []) {
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: join(appsDir, name),
    logLevel: 'warn',
    publicDir: false,
    plugins: [selfReference, ...plugins],
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: join(outRoot, name),
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      reportCompressedSize: false,
      lib: { entry: join(appsDir, name, entry), formats: ['es'], fileName: () => 'app.js' },
      rolldownOptions: { onwarn },
    },
  });
}

/** The README's Vue option: every tag of the package starts with `totp-`. */
const vueCustomElements = (tag) => tag.startsWith('totp-');

const builders = {
  async next() {
    // `next build` (Turbopack, App Router, and its type check of the TypeScript app) of
    // test/frameworks/next into tmp/frameworks/next; test/frameworks/next.test.mjs serves it with `next start`.
    const next = bin('next', 'dist/bin/next');
    const { status, stdout, stderr } = spawnSync(process.execPath, [next, 'build'], {
      cwd: join(appsDir, 'next'), encoding: 'utf8', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    });
    if (status !== 0) throw new Error(`next build failed:\n${stdout}${stderr}`);
    if (/warn/i.test(`${stdout}${stderr}`)) throw new Error(`next build warned:\n${stdout}${stderr}`);
  },
  async vue() {
    const { default: vue } = await import('@vitejs/plugin-vue');
    await viteBuild('vue', 'main.ts', [vue({ template: { compilerOptions: { isCustomElement: vueCustomElements } } })]);
    // Every tag the package defines must reach the DOM as a custom element, never through Vue's
    // component resolution (a dev-server warning, and a component of that name would win).
    const { compileTemplate } = await import('vue/compiler-sfc');
    const tags = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')).modules
      .flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter(Boolean);
    const { code } = compileTemplate({
      source: tags.map((tag) => `<${tag} />`).join(''), filename: 'tags.vue', id: 'tags', compilerOptions: { isCustomElement: vueCustomElements },
    });
    if (/resolveComponent/.test(code)) throw new Error(`the README's isCustomElement leaves one of ${tags.join(', ')} to component resolution`);
  },
  async svelte() {
    const { svelte } = await import('@sveltejs/vite-plugin-svelte');
    await viteBuild('svelte', 'main.ts', [svelte({ configFile: false })]);
  },
  async react() {
    // React has no compiler of its own: JSX → `react/jsx-runtime` calls by Vite's TypeScript transform.
    await viteBuild('react', 'main.tsx');
  },
  async angular() {
    // The Angular CLI, as an Angular project builds: `ng build` with @angular/build:application
    // (angular.json), AOT and strict templates. Any warning fails the build (e.g. a CommonJS
    // dependency: the package ships qrcode as an ES module, scripts/vendor-qrcode.mjs).
    const outdir = join(outRoot, 'angular');
    rmSync(outdir, { recursive: true, force: true });
    const ng = bin('@angular/cli', 'bin/ng.js');
    const { status, stdout, stderr } = spawnSync(process.execPath, [ng, 'build'], {
      cwd: join(appsDir, 'angular'), encoding: 'utf8', env: { ...process.env, NG_CLI_ANALYTICS: 'false', NO_COLOR: '1' },
    });
    const output = `${stdout}${stderr}`;
    if (status !== 0) throw new Error(`ng build failed:\n${output}`);
    if (/WARNING|▲/.test(output)) throw new Error(`ng build warned:\n${output}`);
    // The browser tests load every app as app.js.
    writeFileSync(join(outdir, 'app.js'), "export * from './main.js';\n");
  },
};

function typeCheck() {
  console.log('  type check: tsc -p test/frameworks/tsconfig.json');
  const tsc = require.resolve('typescript/bin/tsc');
  const { status } = spawnSync(process.execPath, [tsc, '-p', join(appsDir, 'tsconfig.json')], { stdio: 'inherit' });
  if (status !== 0) throw new Error('type check of the framework apps failed');
  templateCheck('vue-tsc (strictTemplates)', vueTsc('vue/tsconfig.json'), vueTsc('typos/tsconfig.vue.json'), 'typos/Typos.vue',
    /\(\d+,\d+\): error/, (line) => Number(line.match(/\((\d+),/)?.[1]));
  templateCheck('svelte-check', svelteCheck('svelte', 'tsconfig.json'), svelteCheck('typos', 'tsconfig.svelte.json'), 'typos/Typos.svelte',
    / ERROR "/, (line) => Number(line.match(/ (\d+):\d+ /)?.[1]));
}

const bin = (name, path) => join(dirname(require.resolve(`${name}/package.json`)), path);
const vueTsc = (project) => spawnSync(process.execPath, [bin('vue-tsc', 'bin/vue-tsc.js'), '--noEmit', '-p', join(appsDir, project)], { encoding: 'utf8' });
const svelteCheck = (workspace, tsconfig) => spawnSync(process.execPath,
  [bin('svelte-check', 'bin/svelte-check'), '--workspace', join(appsDir, workspace), '--tsconfig', `./${tsconfig}`, '--output', 'machine', '--fail-on-warnings'],
  { encoding: 'utf8' });

/**
 * The app must pass `checker`; the typo file must fail it, with errors on exactly the lines that
 * follow its `✗` comments (a misspelt attribute, a misspelt event, a listener of the wrong type).
 */
function templateCheck(checker, app, typos, typoFile, isError, lineOf) {
  console.log(`  ${checker}: the app passes, ${typoFile} fails on each ✗`);
  if (app.status !== 0) throw new Error(`${checker} failed on the app:\n${app.stdout}${app.stderr}`);
  const expected = readFileSync(join(appsDir, typoFile), 'utf8').split('\n')
    .flatMap((line, index) => (line.includes('✗') && !line.includes('each line marked') ? [index + 2] : []));
  const errors = `${typos.stdout}${typos.stderr}`.split('\n').filter((line) => isError.test(line));
  const found = [...new Set(errors.map(lineOf))].sort((a, b) => a - b);
  if (typos.status === 0 || JSON.stringify(found) !== JSON.stringify(expected)) {
    throw new Error(`${checker} on ${typoFile}: expected errors on lines ${expected.join(', ')}, got ${found.join(', ') || 'none'}:\n${errors.join('\n')}`);
  }
}

if (!existsSync(join(root, 'dist/index.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const wanted = process.argv.slice(2);
const names = wanted.length ? wanted.filter((name) => name !== 'types') : Object.keys(builders);
mkdirSync(outRoot, { recursive: true });
try {
  for (const name of names) {
    if (!builders[name]) throw new Error(`unknown framework ${name}: one of ${Object.keys(builders).join(', ')}`);
    const started = performance.now();
    await builders[name]();
    console.log(`  ${name}: tmp/frameworks/${name}/${name === 'next' ? '' : 'app.js'} (${Math.round(performance.now() - started)} ms)`);
  }
  if (!wanted.length || wanted.includes('types')) typeCheck();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
