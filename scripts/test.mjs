// `npm test`: the type check, the backend's Node tests, then the browser tests in Chromium.
// Extra arguments go to the browser test runner (e.g. `npm test -- --files test/element/*.test.ts`).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

function run(title, command, args, env = process.env) {
  console.log(`\n▶ ${title}`);
  const { status, signal } = spawnSync(command, args, { stdio: 'inherit', env });
  if (status !== 0) {
    console.error(`✖ ${title} failed${signal ? ` (${signal})` : ''}.`);
    process.exit(status ?? 1);
  }
}

const browserOnly = process.argv.includes('--files');
if (!browserOnly) {
  run('Type check (tsc)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
  // Node 20's --test takes no globs: list the files.
  const serverTests = readdirSync('test/server').filter((f) => f.endsWith('.test.ts')).map((f) => `test/server/${f}`);
  run('Backend tests (node:test)', process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...serverTests]);
}

let chromePath;
try {
  chromePath = findChromium();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
run('Browser tests (web-test-runner, Chromium)', process.execPath,
  ['--import', 'tsx', 'node_modules/@web/test-runner/dist/bin.js', ...process.argv.slice(2)],
  { ...process.env, CHROME_PATH: chromePath });
