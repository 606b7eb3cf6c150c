// Browser tests: headless Chromium (the system's, see scripts/find-chromium.mjs) against the
// real local backend mounted on the test server's origin, so every request is real HTTP.
// Run through `npm test`, which loads tsx so this config can import the TypeScript backend.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { flowChunkBehaviour, testBackendMiddleware } from './test/support/test-backend.ts';
import { CSP_POLICIES } from './test/support/csp.ts';
import { crossSiteControls, crossSiteStandIns } from './test/support/cross-site-rig.ts';
import { stytchBridgeRig } from './test/support/bridge-rig.ts';
import { platformFonts, visualRegression, VISUAL_CHROME_FLAGS } from './test/visual/visual-config.mjs';

/**
 * `qrcode` ships CommonJS only. Vite converts it for the demo and the build; here esbuild
 * bundles its browser entry into one ES module the first time a test imports it.
 */
function bundleCommonJs(entries) {
  const cache = new Map();
  return {
    name: 'bundle-commonjs',
    async serve(context) {
      const entry = entries.find((suffix) => context.path.endsWith(suffix));
      if (!entry) return undefined;
      if (!cache.has(entry)) {
        const result = await build({
          entryPoints: [fileURLToPath(new URL(`.${entry}`, import.meta.url))],
          bundle: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent',
        });
        cache.set(entry, result.outputFiles[0].text);
      }
      return { body: cache.get(entry), type: 'js' };
    },
  };
}

const chromeFlags = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-sync', '--disable-dev-shm-usage',
];

/**
 * `executeServerCommand('grant-clipboard')`: lets the page read and write the real clipboard,
 * so copy tests check what actually landed there.
 */
function grantClipboard() {
  return {
    name: 'grant-clipboard',
    async executeCommand({ command, session }) {
      if (command !== 'grant-clipboard') return undefined;
      const page = session.browser.getPage(session.id);
      await page.browserContext().overridePermissions(new URL(page.url()).origin,
        ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
      await page.bringToFront();
      return true;
    },
  };
}

export default {
  // test/server, test/api/node and test/i18n/node are Node suites (node:test), run by scripts/test.mjs.
  // test/layout needs classic scrollbars: scripts/test.mjs runs it apart, with CLASSIC_SCROLLBARS=1.
  // test/visual compares pixels: its own run and browser, with its rendering flags (scripts/test-visual.mjs).
  files: ['test/**/*.test.ts', '!test/server/**', '!test/api/node/**', '!test/i18n/node/**', '!test/isolated/**', '!test/layout/**', '!test/visual/**'],
  testRunnerHtml: (testFramework) => `<!doctype html><html><body>
    <script type="module" src="/test/support/fail-on-lit-warnings.js"></script>
    <script type="module" src="${testFramework}"></script>
  </body></html>`,
  // The one expected notice; every other Lit warning fails the run (test/support/fail-on-lit-warnings.js).
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  nodeResolve: { browser: true, exportConditions: ['development', 'browser'] },
  // One file at a time: the tests share one backend and the machine has two cores.
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: process.env.VISUAL === '1' ? [...chromeFlags, ...VISUAL_CHROME_FLAGS] : chromeFlags,
        // Puppeteer's headless default hides every scrollbar (styled ones too); with CLASSIC_SCROLLBARS=1
        // the page gets Linux's classic 15 px bars, which take layout room as on a desktop (test/layout).
        ...(process.env.CLASSIC_SCROLLBARS === '1' ? { ignoreDefaultArgs: ['--hide-scrollbars'] } : {}),
      },
    }),
  ],
  plugins: [
    grantClipboard(),
    visualRegression(),
    platformFonts(),
    crossSiteStandIns(),
    bundleCommonJs(['/node_modules/qrcode/lib/browser.js']),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  middleware: [
    crossSiteControls,
    stytchBridgeRig(), // /bridge/: the Stytch bridge → `stytch` package → TLS stand-in for Stytch's backend API
    // test/isolated/*: the flow's chunk fails or is slow on demand. Each of those files runs in
    // a browser of its own (scripts/test.mjs): once any page has loaded the chunk, Chromium
    // serves it to later test pages without asking again.
    async function failingFlowChunk(ctx, next) {
      if (!ctx.path.endsWith('/src/elements/enroll/flow/enrollment-flow.ts')) return next();
      const { fail, delayMs } = flowChunkBehaviour();
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (fail) {
        ctx.status = 503;
        ctx.body = 'Service Unavailable';
      } else {
        await next();
      }
      ctx.set('Cache-Control', 'no-store');
      return undefined;
    },
    /** Serves test/support/csp-page.html with the Content-Security-Policy named by `?policy=`. */
    async function cspTestPage(ctx, next) {
      await next();
      if (ctx.path !== '/test/support/csp-page.html') return;
      const policy = CSP_POLICIES[ctx.query.policy ?? 'strict'];
      if (!policy) ctx.throw(400, `unknown CSP policy ${ctx.query.policy}`);
      ctx.set('Content-Security-Policy', policy);
      ctx.set('Cache-Control', 'no-store');
    },
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
