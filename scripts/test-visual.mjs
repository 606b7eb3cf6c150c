// The visual regression suite (test/visual) in a browser of its own, with the flags that make its
// pixels the same on every machine (VISUAL=1, see test/visual/visual-config.mjs). `npm test` runs it.
// `npm run test:visual -- --update-visual-baseline` rewrites the baselines instead of comparing.
// Other arguments go to the test runner.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

const chromePath = findChromium();
// Another Chromium may rasterise text a little differently: the baselines say which one made them.
const browserFile = new URL('../test/visual/baselines/chromium-version.txt', import.meta.url);
const browser = execFileSync(chromePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();

const update = process.argv.includes('--update-visual-baseline');
let made = '';
try { made = readFileSync(browserFile, 'utf8').trim(); } catch { /* no baselines yet */ }
// Another major version of Chromium rasterises differently (Skia, font shaping): its pixels say
// nothing about our change, so the comparison is skipped, loudly, rather than failed. The same
// major (a security update) is compared. VISUAL_STRICT=1 compares with any Chromium.
const major = (version) => version.match(/(\d+)\./)?.[1];
if (!update && made && major(made) !== major(browser) && process.env.VISUAL_STRICT !== '1') {
  console.warn(`⚠ test/visual skipped: the baselines were made with ${made}, this is ${browser}.`
    + ' Update them (npm run test:visual -- --update-visual-baseline) on this Chromium, or set VISUAL_STRICT=1 to compare anyway.');
  process.exit(0);
}

// Only this run's failures: an old actual/diff image next to a passing baseline would mislead.
rmSync(new URL('../test/visual/failed', import.meta.url), { recursive: true, force: true });
const args = process.argv.slice(2).filter((arg) => arg !== '--update-visual-baseline');
// The whole suite: a baseline no state takes any more is removed (test/visual/visual-config.mjs).
const updateMode = args.length ? '1' : 'all';
const { status, signal } = spawnSync(process.execPath,
  ['--import', 'tsx', 'node_modules/@web/test-runner/dist/bin.js', '--files', 'test/visual/**/*.test.ts', ...args],
  { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chromePath, VISUAL: '1', ...(update ? { UPDATE_VISUAL_BASELINE: updateMode } : {}) } });
if (update && status === 0) {
  writeFileSync(browserFile, `${browser}\n`);
  console.log('test/visual/baselines is up to date: commit what changed there (git status) with the change to the look.');
} else if (status !== 0) {
  if (made && made !== browser) console.error(`The baselines were made with ${made}; this is ${browser}. If the pictures in test/visual/failed look right, update them.`);
}
process.exit(status ?? (signal ? 1 : 0));
