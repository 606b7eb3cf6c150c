// The visual regression suite (test/visual) in a browser of its own, with the flags that make its
// pixels the same on every machine (VISUAL=1, see test/visual/visual-config.mjs). `npm test` runs it.
// `npm run test:visual -- --update-visual-baseline` rewrites the baselines instead of comparing.
// Other arguments go to the test runner.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

// Only this run's failures: an old actual/diff image next to a passing baseline would mislead.
rmSync(new URL('../test/visual/failed', import.meta.url), { recursive: true, force: true });
const update = process.argv.includes('--update-visual-baseline');
const args = process.argv.slice(2).filter((arg) => arg !== '--update-visual-baseline');
const { status, signal } = spawnSync(process.execPath,
  ['--import', 'tsx', 'node_modules/@web/test-runner/dist/bin.js', '--files', 'test/visual/**/*.test.ts', ...args],
  { stdio: 'inherit', env: { ...process.env, CHROME_PATH: findChromium(), VISUAL: '1', ...(update ? { UPDATE_VISUAL_BASELINE: '1' } : {}) } });
if (update && status === 0) console.log('Baselines written to test/visual/baselines: commit them with the change to the look.');
process.exit(status ?? (signal ? 1 : 0));
