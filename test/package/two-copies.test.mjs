// Two copies of the package on one page, as the README's two ways of loading it can make: the
// standalone bundle in a <script type="module">, then an app that bundles `totp-enroll` itself
// (here marked as another version). The second copy must not throw: it warns once, naming both
// versions, and the element the first copy defined keeps working. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchChromium, servePages, setUp, withPage } from '../support/package-pages.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const SECOND = '9.9.9-second-copy';

describe('two copies of totp-enroll on one page', { timeout: 120_000 }, () => {
  let pages;
  let browser;

  before(async () => {
    const files = new Map();
    files.set('/totp-enroll.bundle.js', readFileSync(join(root, 'dist/totp-enroll.bundle.js'), 'utf8'));
    for (const chunk of readdirSync(join(root, 'dist/chunks'))) files.set(`/chunks/${chunk}`, readFileSync(join(root, 'dist/chunks', chunk), 'utf8'));
    // The app's own copy: the package's ES modules bundled with their own Lit, its version changed.
    const app = await build({
      stdin: {
        contents: "import { TotpEnroll } from 'totp-enroll';\ndocument.body.dataset.appRan = String(customElements.get('totp-enroll') !== TotpEnroll);\n",
        resolveDir: root, loader: 'js',
      },
      bundle: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, logLevel: 'silent', outfile: '/app.js',
      plugins: [{
        name: 'another-version',
        setup(b) {
          b.onLoad({ filter: /[\\/]dist[\\/]elements[\\/]shared[\\/]define\.js$/ }, ({ path }) => ({
            contents: readFileSync(path, 'utf8').replace(`VERSION = '${version}'`, `VERSION = '${SECOND}'`), loader: 'js',
          }));
        },
      }],
    });
    assert.match(app.outputFiles[0].text, new RegExp(SECOND.replaceAll('.', '\\.')));
    files.set('/app.js', app.outputFiles[0].text);
    files.set('/', `<!doctype html><meta charset="utf-8"><title>two copies</title>
<totp-enroll expiration-minutes="10"></totp-enroll>
<script type="module" src="/totp-enroll.bundle.js"></script>
<script type="module" src="/app.js"></script>`);
    pages = await servePages(files);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    pages?.close();
  });

  it('the second copy steps aside with one warning naming both versions, and the element works', () => withPage(browser, `${pages.origin}/`, async (page, console) => {
    await page.waitForFunction(() => document.body.dataset.appRan);
    assert.equal(await page.evaluate(() => document.body.dataset.appRan), 'true', "the app's copy did not run to its end");
    assert.match(await setUp(page), /^totp-/);
    assert.equal(console.length, 1, console.join('\n'));
    assert.match(console[0], /^warn: /);
    assert.ok(console[0].includes(`totp-enroll ${version} is already defined`), console[0]);
    assert.ok(console[0].includes(`(totp-enroll ${SECOND})`), console[0]);
  }));
});
