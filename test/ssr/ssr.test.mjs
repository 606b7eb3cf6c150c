// Server rendering, from the built package as a consumer gets it (package.json's exports → dist/):
//  - every entry imports in plain Node with no DOM, where reading window/document/location throws;
//  - <totp-enroll> renders through @lit-labs/ssr to declarative shadow DOM showing its first screen;
//  - in Chromium, @lit-labs/ssr-client hydrates that HTML (keeping the server's nodes) into an
//    element that creates a TOTP on the package's local backend.
// Needs `npm run build` first; run by `npm test`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { javaScriptEntries } from '../support/package-exports.mjs';
import { launchChromium, servePages, setUp, withPage } from '../support/package-pages.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const noDom = join(root, 'test/ssr/no-dom.mjs');

/** Runs `node --import no-dom.mjs` with `args` in the repository (where `totp-enroll` names this package). */
function nodeWithoutDom(args) {
  return execFileSync(process.execPath, ['--import', noDom, ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

const serverRender = (lang) => nodeWithoutDom([join(root, 'test/ssr/render.mjs'), ...(lang ? [lang] : [])]);

describe('on the server', () => {
  const entries = javaScriptEntries().map(([subpath]) => `${pkg.name}${subpath.slice(1)}`);

  for (const entry of entries) {
    it(`imports ${entry} in Node without a DOM`, () => {
      const out = nodeWithoutDom(['--input-type=module', '-e', `const m = await import(${JSON.stringify(entry)}); console.log(Object.keys(m).length);`]);
      assert.match(out, /^\d+\n$/);
    });
  }

  it('defines <totp-enroll> in Lit’s server registry, from the root entry and from the bundle’s entry', () => {
    const out = nodeWithoutDom(['--input-type=module', '-e',
      "const a = await import('totp-enroll'); await import('totp-enroll/bundle'); console.log(customElements.get('totp-enroll') === a.TotpEnroll);"]);
    assert.equal(out.trim(), 'true');
  });

  it('renders the first screen to declarative shadow DOM, reading no browser global', () => {
    const out = serverRender();
    assert.match(out, /^<!--lit-part [^>]*--><totp-enroll\s+expiration-minutes="10"/);
    assert.match(out, /<template shadowroot="open" shadowrootmode="open">/);
    assert.match(out, /<style>[^<]*--totp-enroll-accent/);
    assert.match(out, /<h2 id="heading" tabindex="-1"><slot name="heading"><!--lit-part-->Two-factor authentication/);
    // The server does not know whether the user has an app: the button is busy and inert until the browser asks.
    assert.match(out, /<button class="primary" part="start-button"[^>]*aria-disabled="true"[^>]*>[\s\S]*Checking…/);
  });
});

describe('server-rendered, then hydrated in Chromium', { timeout: 120_000 }, () => {
  let pages;
  let browser;

  before(async () => {
    // The page's own code, bundled as an app would: hydration support first, then the element.
    // With code splitting, a static `import 'totp-enroll'` would let Lit's shared chunk run before
    // the support module; importing the element after it keeps the order.
    const client = await build({
      stdin: {
        contents: "import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\nawait import('totp-enroll');\n",
        resolveDir: root, loader: 'js',
      },
      bundle: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, logLevel: 'silent',
      outdir: '/', splitting: true, entryNames: 'client', chunkNames: '[name]-[hash]',
    });
    const files = new Map(client.outputFiles.map((file) => [file.path, file.text]));
    files.set('/', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SSR</title></head><body>
${serverRender()}
<script>
  // Marks a node the server rendered: after hydration it must still be there, not re-created.
  document.querySelector('totp-enroll').shadowRoot.querySelector('button').dataset.fromServer = 'yes';
</script>
<script type="module" src="/client.js"></script>
</body></html>`);
    pages = await servePages(files);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    pages?.close();
  });

  it('hydrates the server’s nodes, then creates a TOTP and shows its QR code', () => withPage(browser, `${pages.origin}/`, async (page, problems) => {
    await page.waitForFunction(() => customElements.get('totp-enroll') && document.querySelector('totp-enroll').hasUpdated);
    const button = await page.$('totp-enroll >>> button[part~="start-button"]');
    assert.equal(await button.evaluate((b) => b.dataset.fromServer), 'yes', 'the element re-rendered instead of hydrating');
    assert.equal(await page.evaluate(() => document.querySelector('totp-enroll').shadowRoot.querySelectorAll('button').length), 1);
    assert.match(await setUp(page), /^totp-/);
    assert.deepEqual(problems, []);
  }));
});
