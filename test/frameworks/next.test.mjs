// The Next.js App Router app (test/frameworks/next/, built by `node scripts/build-frameworks.mjs
// next` into tmp/frameworks/next): `next start` serves it, server-rendered; in Chromium, after
// hydration, <TotpEnroll> from totp-enroll/react has its props set as properties, uses the
// page's own client, and its events reach the React handlers. Run by `npm test`.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium, readyStartButton, withPage } from '../support/package-pages.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const app = join(root, 'test/frameworks/next');

describe('<TotpEnroll> in a Next.js App Router app (next build, next start)', { timeout: 120_000 }, () => {
  let server;
  let origin;
  let browser;

  before(async () => {
    assert.ok(existsSync(join(root, 'tmp/frameworks/next/BUILD_ID')), 'build the app first: node scripts/build-frameworks.mjs next');
    server = spawn(process.execPath, [join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', '0', '-H', '127.0.0.1'], {
      cwd: app, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' }, stdio: ['ignore', 'pipe', 'inherit'],
    });
    origin = await new Promise((resolveOrigin, reject) => {
      let out = '';
      server.stdout.on('data', (chunk) => {
        out += chunk;
        const ready = out.match(/Local:\s+(http:\/\/\S+)/);
        if (ready && /Ready/.test(out)) resolveOrigin(ready[1]);
      });
      server.once('exit', (code) => reject(new Error(`next start exited (${code}):\n${out}`)));
    });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    server?.kill();
  });

  it('renders the page and the element’s tag on the server', async () => {
    const html = await (await fetch(`${origin}/`)).text();
    assert.match(html, /<main><h1>Security settings<\/h1><section data-hydrated="no"><totp-enroll[^>]*><\/totp-enroll>/);
  });

  it('after hydration: props as properties, the page’s client used, events in React state', () => withPage(browser, `${origin}/`, async (page, problems) => {
    await page.waitForSelector('section[data-hydrated="yes"]');
    const props = await page.evaluate(() => {
      const el = document.querySelector('totp-enroll');
      return { upgraded: el instanceof customElements.get('totp-enroll'), minutes: el.expirationMinutes, client: typeof el.client?.create, attribute: el.hasAttribute('client') };
    });
    assert.deepEqual(props, { upgraded: true, minutes: 10, client: 'function', attribute: false });

    const start = await readyStartButton(page);
    await start.click();
    await page.waitForFunction(() => document.querySelector('output[data-test="created"]').textContent
      && document.querySelector('output[data-test="user"]').textContent, { timeout: 15_000 });
    const shown = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('output')].map((o) => [o.dataset.test, o.textContent])));
    assert.match(shown.created, /^totp-/);
    assert.match(shown.user, /^user-/);
    assert.deepEqual(JSON.parse(shown.creates), [{ expiration_minutes: 10 }], 'the element did not use the page’s client');
    const qr = await page.waitForSelector('totp-enroll >>> img[part~="qr-image"]');
    assert.ok(await qr.evaluate(async (img) => { await img.decode(); return img.naturalWidth > 0; }));
    assert.deepEqual(problems, [], 'hydration or the page logged a problem');
  }));
});
