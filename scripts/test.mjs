// `npm test`: the type checks (all, and the servers without the DOM), the import graph's rules, the backend's, the API clients' and the locales' Node tests, the package build, the framework apps'
// builds and template type checks, the packed package in a fresh project, the package's own
// checks (publint, attw, SSR, two copies, Next.js), then the browser tests in Chromium, the screenshots among them (test/visual).
// Extra arguments go to the browser test runner (e.g. `npm test -- --files test/enroll/*.test.ts`).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from './find-chromium.mjs';

const totals = { passed: 0, failed: 0 };

/** Adds a step's counts: node:test's "ℹ pass N" / "ℹ fail N", or the test runner's "N passed, N failed". */
function count(output) {
  const node = [...output.matchAll(/^ℹ (pass|fail) (\d+)$/gm)];
  for (const [, kind, n] of node) totals[kind === 'pass' ? 'passed' : 'failed'] += Number(n);
  if (node.length) return;
  const runner = [...output.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  if (runner) { totals.passed += Number(runner[1]); totals.failed += Number(runner[2]); }
}

function run(title, command, args, env = process.env, { counts = false } = {}) {
  console.log(`\n▶ ${title}`);
  // Steps with tests are read back for the totals; the others print straight through.
  const { status, signal, stdout } = spawnSync(command, args, {
    stdio: ['inherit', counts ? 'pipe' : 'inherit', 'inherit'], env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  if (counts) {
    process.stdout.write(stdout ?? '');
    count(stdout ?? '');
  }
  if (status !== 0) {
    console.error(`✖ ${title} failed${signal ? ` (${signal})` : ''}.`);
    process.exit(status ?? 1);
  }
}

const browserOnly = process.argv.includes('--files');
if (!browserOnly) {
  run('Type check (tsc)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
  run('Type check of the servers without the DOM library (tsc -p tsconfig.server.json)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.server.json']);
  // .dependency-cruiser.cjs: no import cycle in src, shared/ knows no element, elements and server apart.
  // Known violations (.dependency-cruiser-known-violations.json) are listed, not failed: new ones fail.
  run('Import graph (dependency-cruiser)', 'npx', ['depcruise', 'src', '--config', '.dependency-cruiser.cjs', '--ignore-known']);
  // Node 20's --test takes no globs: list the files, subfolders included (test/server/local/, …/bridge/, …).
  const nodeTests = ['test/server', 'test/api/node', 'test/i18n/node']
    .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.test.ts')).sort().map((f) => join(dir, f)));
  run('Backend, API client and locale tests (node:test)', process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...nodeTests], process.env, { counts: true });
}
// The framework apps' browser tests load what these two steps build.
const frameworkApps = !browserOnly || process.argv.some((arg) => arg.includes('frameworks'));
if (frameworkApps) {
  run('Build the package (npm run build)', 'npm', ['run', 'build', '--silent']);
  run('Build the framework apps (Vue, Svelte, React, Angular CLI, Next.js) and type-check them (tsc, vue-tsc, svelte-check)', process.execPath, ['scripts/build-frameworks.mjs']);
}

let chromePath;
try {
  chromePath = findChromium();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
if (!browserOnly) {
  run("Packed package in a fresh project: bundled, standalone, the README's first page as written, typings of totp-enroll/react alone (node:test, Chromium)", process.execPath,
    ['--test', '--test-reporter=spec', 'test/package/install.test.mjs', 'test/package/readme.test.mjs', 'test/package/react-types.test.mjs'],
    { ...process.env, CHROME_PATH: chromePath }, { counts: true });
  run("The demo as npm start serves it: the lifecycle, focus, 320 and 360 px, the favicon (node:test, vite, Chromium)", process.execPath,
    ['--test', '--test-reporter=spec', 'test/demo/demo.test.mjs'], { ...process.env, CHROME_PATH: chromePath }, { counts: true });
  run('The package: publint, attw, manifest, Node without a DOM, Lit SSR + hydration, two copies, Next.js (node:test, Chromium)', process.execPath,
    ['--test', '--test-reporter=spec', 'test/package/package.test.mjs', 'test/package/two-copies.test.mjs', 'test/ssr/ssr.test.mjs', 'test/frameworks/next.test.mjs'],
    { ...process.env, CHROME_PATH: chromePath }, { counts: true });
}
run('Browser tests (web-test-runner, Chromium)', process.execPath,
  ['--import', 'tsx', 'node_modules/@web/test-runner/dist/bin.js', ...process.argv.slice(2)],
  { ...process.env, CHROME_PATH: chromePath }, { counts: true });
if (!browserOnly) {
  // Tests that need a browser no other test page has touched, one browser each (see web-test-runner.config.mjs).
  // Narrow phones with classic scrollbars as well as overlay ones: a browser that draws scrollbars.
  run('Browser test with classic scrollbars (test/layout)', process.execPath,
    ['--import', 'tsx', 'node_modules/@web/test-runner/dist/bin.js', '--files', 'test/layout/**/*.test.ts'],
    { ...process.env, CHROME_PATH: chromePath, CLASSIC_SCROLLBARS: '1' }, { counts: true });
  // Screenshots of every state against the committed ones, in a browser set up for the same pixels on every machine.
  run('Visual regression: every state against test/visual/baselines (update: npm run test:visual -- --update-visual-baseline)', process.execPath,
    ['scripts/test-visual.mjs'], { ...process.env, CHROME_PATH: chromePath }, { counts: true });
  for (const file of readdirSync('test/isolated').filter((f) => f.endsWith('.test.ts'))) {
    run(`Browser test in a fresh browser (test/isolated/${file})`, process.execPath,
      ['--import', 'tsx', 'node_modules/@web/test-runner/dist/bin.js', '--files', `test/isolated/${file}`],
      { ...process.env, CHROME_PATH: chromePath }, { counts: true });
  }
}

// One plain closing line for every test of every step.
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
