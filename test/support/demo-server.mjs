// The demo as `npm start` serves it (vite.config.ts: the page, the local backend, the demo's Sign in),
// on a free port, for the demo's test and scripts/demo-screenshots.mjs.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Starts vite on the local backend (never the bridge, whatever the environment says); `close()` stops it. */
export async function startDemo() {
  delete process.env.STYTCH_PROJECT_ID;
  delete process.env.STYTCH_SECRET;
  const vite = await createServer({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    clearScreen: false,
    // Others edit the tree meanwhile: no watcher, so no reload in the middle of a run.
    server: { port: 5400, strictPort: false, open: false, hmr: false, watch: null },
    // Pre-bundle the page's dependencies up front, so vite does not reload the page to add one.
    optimizeDeps: { entries: ['index.html', 'demo/sdk-example.ts'] },
  });
  await vite.listen();
  const url = vite.resolvedUrls?.local?.[0];
  if (!url) throw new Error('vite started without a local URL');
  return { origin: url.replace(/\/$/, ''), close: () => vite.close() };
}
