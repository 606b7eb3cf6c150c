// Browser tests: headless Chromium (the system's, see scripts/find-chromium.mjs) against the
// real local backend mounted on the test server's origin, so every request is real HTTP.
// Run through `npm test`, which loads tsx so this config can import the TypeScript backend.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { fileURLToPath } from 'node:url';
import { testBackendMiddleware } from './test/support/test-backend.ts';

// `qrcode` (and its dependency dijkstrajs) ship CommonJS only.
const commonjs = fromRollup(rollupCommonjs);

const chromeFlags = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-sync', '--disable-dev-shm-usage',
];

export default {
  files: ['test/**/*.test.ts', '!test/server/**'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  // One file at a time: the tests share one backend and the machine has two cores.
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: chromeFlags,
      },
    }),
  ],
  plugins: [
    commonjs({ include: ['**/node_modules/qrcode/**', '**/node_modules/dijkstrajs/**', '**/node_modules/encode-utf8/**'] }),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  middleware: [
    function localStytchBackend(ctx, next) {
      if (!ctx.path.startsWith('/sdk/') && !ctx.path.startsWith('/__test__/')) return next();
      ctx.respond = false;
      return new Promise((resolve) => {
        ctx.res.on('finish', resolve);
        ctx.res.on('close', resolve);
        testBackendMiddleware(ctx.req, ctx.res, () => { ctx.respond = true; resolve(next()); });
      });
    },
  ],
};
