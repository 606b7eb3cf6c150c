// The demo as `npm start` shows it (index.html, demo/, vite.config.ts on the local backend), in
// Chromium: the first screen names the product and has a favicon; a visitor signs in, sets up an
// authenticator with the code the page's "Show me the code" computes, signs out, passes the
// challenge, and after a reload sees the app as on; focus follows; nothing scrolls sideways at 320
// or 360 px; the setup key never reaches the page's markup or storage. Run by `npm test`.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as OTPAuth from 'otpauth';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';
import { findChromium } from '../../scripts/find-chromium.mjs';
import { startDemo } from '../support/demo-server.mjs';

// axe-core, as @open-wc/testing's accessibility check uses it.
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let demo;
let browser;

before(async () => {
  demo = await startDemo();
  browser = await puppeteer.launch({
    executablePath: findChromium(), headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
    // Classic scrollbars, as on a desktop: a page scrollbar takes 15 px of the 360 (puppeteer hides them by default).
    ignoreDefaultArgs: ['--hide-scrollbars'],
  });
});

after(async () => {
  await browser?.close();
  await demo?.close();
});

/** A signed-out visitor's page (a context of its own: no session cookie), with every error collected. */
async function visit(width = 360) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
  page.on('response', (response) => { if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`); });
  await page.setViewport({ width, height: 740 });
  await page.goto(`${demo.origin}/`, { waitUntil: 'load' });
  await page.waitForFunction(() => customElements.get('totp-enroll') && customElements.get('totp-challenge'));
  return { page, problems, close: () => context.close() };
}

/** The page's widest content at 320 and 360 px: it must not pass the viewport. */
async function assertNoSidewaysScroll(page, where) {
  for (const width of [320, 360]) {
    await page.setViewport({ width, height: 740 });
    const { wide, room } = await page.evaluate(() => ({ wide: document.documentElement.scrollWidth, room: document.documentElement.clientWidth }));
    assert.ok(wide <= room, `${where} at ${width} px: the page is ${wide} px wide in ${room} px`);
  }
}

/** axe on the demo's own markup (the elements have their own accessibility tests). */
async function assertAccessible(page, where) {
  if (!await page.evaluate(() => 'axe' in window)) await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => (await window.axe.run({ exclude: [['totp-enroll'], ['totp-challenge']] }, { resultTypes: ['violations'] }))
    .violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`));
  assert.deepEqual(violations, [], where);
}

const focused = (page) => page.evaluate(() => document.activeElement?.id ?? '');
const currentStep = (page) => page.$eval('#steps [aria-current="step"]', (item) => item.dataset.step);

/** Opens "Show me the code" and reads the 6 digits the page shows. */
async function shownCode(page) {
  if (await page.$eval('#show-code', (button) => button.getAttribute('aria-expanded')) !== 'true') await page.click('#show-code');
  const text = await page.waitForFunction(() => document.querySelector('#phone-digits').textContent.match(/^\d{3} \d{3}$/)?.[0]);
  return (await text.jsonValue()).replace(' ', '');
}

describe('the demo', { timeout: 120_000 }, () => {
  it('names the product, has a favicon, and leads with the steps and Sign in, at 320 and 360 px', async () => {
    const { page, problems, close } = await visit(320);
    try {
      assert.match(await page.title(), /^totp-enroll\b/);
      assert.equal(await page.$eval('meta[name="application-name"]', (meta) => meta.content), 'totp-enroll demo');
      // The icon the page names loads as an image (and so the browser asks for no /favicon.ico).
      const icon = await page.$eval('link[rel="icon"]', async (link) => {
        const response = await fetch(link.href);
        const image = new Image();
        image.src = link.href;
        await image.decode();
        return { status: response.status, type: response.headers.get('content-type'), width: image.naturalWidth };
      });
      assert.equal(icon.status, 200);
      assert.match(icon.type, /^image\/svg\+xml/);
      assert.ok(icon.width > 0);
      // The first screen: numbered steps, then the Sign in button, above the fold on a 320 × 740 phone.
      assert.equal(await page.$$eval('#steps li', (items) => items.length), 5);
      const signIn = await page.$eval('#sign-in', (button) => button.getBoundingClientRect().bottom);
      assert.ok(signIn <= 740, `Sign in ends at ${signIn} px, below the first screen`);
      // No developer words above the fold.
      const firstScreen = await page.evaluate(() => document.querySelector('header').innerText + document.querySelector('.lifecycle').innerText);
      assert.doesNotMatch(firstScreen, /backend|SDK|shadow DOM/i);
      // Every collapsed section open, the page still fits.
      await page.$$eval('main > details', (all) => all.forEach((details) => { details.open = true; }));
      await page.waitForFunction(() => document.querySelector('#sdk')?.state === 'idle', { timeout: 15_000 });
      await assertNoSidewaysScroll(page, 'every section open');
      await assertAccessible(page, 'every section open');
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  it('walks the lifecycle: sign in, enroll with the shown code, sign out, the challenge, the app on after a reload', async () => {
    const { page, problems, close } = await visit();
    try {
      // The test's own listener, to check where the setup key went; the page keeps it only as a CryptoKey.
      const secret = page.evaluate(() => new Promise((resolve) => {
        document.querySelector('#lifecycle-slot').addEventListener('totp-created', (event) => resolve(event.detail.secret), { once: true });
      }));
      assert.equal(await currentStep(page), '1');
      await page.click('#sign-in');
      await page.waitForFunction(() => document.querySelector('#lifecycle-enroll')?.step === 'scan', { timeout: 15_000 });
      // Sign in is gone: focus is on the heading of what appeared, not lost to the page.
      assert.equal(await focused(page), 'stage-title');
      // …and one Tab on, the element's first control (whichever the element puts first).
      await page.keyboard.press('Tab');
      assert.deepEqual(await page.evaluate(() => [document.activeElement.id, Boolean(document.activeElement.shadowRoot?.activeElement)]), ['lifecycle-enroll', true]);
      assert.equal(await currentStep(page), '2');
      await assertNoSidewaysScroll(page, 'the scan step');
      await page.click('#show-code');
      await assertAccessible(page, 'signed in, the code shown');
      await page.click('#show-code');
      // The sections below restyle and translate the example above.
      await page.$$eval('#themes, #languages', (all) => all.forEach((details) => { details.open = true; }));
      await page.click('#theme-choices input[value="forest"]');
      assert.ok(await page.$eval('#lifecycle-enroll', (element) => element.classList.contains('forest')));
      await page.click('#theme-choices input[value=""]');
      assert.ok(await page.$eval('#lifecycle-enroll', (element) => !element.classList.contains('forest')));

      const code = await shownCode(page);
      assert.equal(code, OTPAuth.TOTP.generate({ secret: OTPAuth.Secret.fromBase32(await secret) }), 'the shown code is the app’s');
      await (await page.waitForSelector('#lifecycle-enroll >>> [part~="next-button"]')).click();
      await (await page.waitForSelector('#lifecycle-enroll >>> [part~="code-input"]')).type(code);
      await page.waitForFunction(() => document.querySelector('#lifecycle-enroll').step === 'codes', { timeout: 15_000 });
      await assertNoSidewaysScroll(page, 'the recovery codes');
      // The setup key is in no attribute, text or storage of the page.
      const traces = await page.evaluate((key) => [document.documentElement.outerHTML, document.body.innerText, document.cookie,
        JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage })].filter((text) => text.includes(key)).length, await secret);
      assert.equal(traces, 0, 'the setup key reached the page or its storage');

      await (await page.waitForSelector('#lifecycle-enroll >>> [part~="saved-checkbox"] input')).click();
      await (await page.waitForSelector('#lifecycle-enroll >>> [part~="finish-button"]')).click();
      await page.waitForFunction(() => document.querySelector('#steps [aria-current="step"]').dataset.step === '3');

      await page.click('#sign-out');
      await page.waitForFunction(() => !document.querySelector('#sign-in').hidden && !document.querySelector('#lifecycle-slot').childElementCount);
      assert.equal(await focused(page), 'sign-in', 'after Sign out, focus is on Sign in');
      assert.equal(await currentStep(page), '4');

      await page.click('#sign-in');
      await page.waitForFunction(() => document.querySelector('#lifecycle-challenge')?.state === 'ready', { timeout: 15_000 });
      assert.equal(await focused(page), 'stage-title');
      await assertNoSidewaysScroll(page, 'the challenge');
      // Each language of the switch translates the element on show (which, waiting for a code, has no
      // other reason to re-render), in its direction, and fits; German's words are checked.
      // Each radio's label is the language's name, written in its own direction.
      const languages = await page.$$eval('#language-choices input', (inputs) => inputs.map((input) => [input.value, input.parentElement.querySelector('span').dir]));
      assert.deepEqual(languages.slice(0, 2), [['en', 'ltr'], ['de', 'ltr']]);
      for (const [lang, dir] of [...languages.slice(1), languages[0]]) {
        await page.click(`#language-choices input[value="${lang}"]`);
        await page.waitForFunction((english) => {
          const shown = document.querySelector('#lifecycle-challenge').shadowRoot.textContent.includes('Code from your app');
          return shown === english;
        }, { timeout: 2000 }, lang === 'en');
        if (lang === 'de') assert.ok(await page.$eval('#lifecycle-challenge', (el) => el.shadowRoot.textContent.includes('Code aus Ihrer App')));
        assert.equal(await page.$eval('#lifecycle-slot', (slot) => getComputedStyle(slot).direction), dir);
        await assertNoSidewaysScroll(page, `the challenge in ${lang}`);
      }
      // The phone's clock half a minute ahead: its code is the next step's, which the backend takes (one
      // step of drift), so the test need not wait out the step whose code enrolled.
      await page.evaluate(() => { const now = Date.now; Date.now = () => now() + 30_000; });
      await (await page.waitForSelector('#lifecycle-challenge >>> [part~="code-input"]')).type(await shownCode(page));
      await page.waitForFunction(() => document.querySelector('#lifecycle-challenge').state === 'verified', { timeout: 15_000 });
      assert.equal(await currentStep(page), '5');

      await page.reload({ waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('#lifecycle-account')?.step === 'on', { timeout: 15_000 });
      await assertNoSidewaysScroll(page, 'the account settings');
      // The reload forgot the setup key: no code to show, and the page says why.
      assert.ok(await page.$eval('#show-code', (button) => button.hidden));
      assert.match(await page.$eval('#phone-note', (note) => note.textContent), /forgets it on reload/);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });
});
