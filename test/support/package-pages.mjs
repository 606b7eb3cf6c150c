// For node:test files that open the built package in Chromium: an HTTP server with the package's
// local backend (totp-enroll/server, demo user) on /sdk/ and the given files everywhere else,
// and a headless Chromium (scripts/find-chromium.mjs).
import { createServer } from 'node:http';
import puppeteer from 'puppeteer-core';
import { findChromium } from '../../scripts/find-chromium.mjs';

/** Serves `files` (path → HTML or JavaScript text) beside the local backend. */
export async function servePages(files) {
  const { createStytchBackend } = await import('totp-enroll/server');
  const { nodeMiddleware } = await import('totp-enroll/server/node');
  const backend = nodeMiddleware(createStytchBackend({ demoUser: true }).fetch);
  const server = createServer((req, res) => backend(req, res, () => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/favicon.ico') return res.writeHead(204).end();
    const body = files.get(path);
    if (body === undefined) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': path.endsWith('.js') ? 'text/javascript' : 'text/html' }).end(body);
  }));
  await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

export function launchChromium() {
  return puppeteer.launch({
    executablePath: findChromium(), headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
}

/**
 * Opens `url`, collecting uncaught errors and console errors and warnings, and hands the page
 * to `use`; closes it after.
 */
export async function withPage(browser, url, use) {
  const page = await browser.newPage();
  const console = [];
  page.on('pageerror', (error) => console.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // A browser asks every site for a favicon; no test page has one.
    if (message.location()?.url?.endsWith('/favicon.ico')) return;
    if (['error', 'warn'].includes(message.type())) console.push(`${message.type()}: ${message.text()}`);
  });
  try {
    await page.goto(url, { waitUntil: 'load' });
    return await use(page, console);
  } finally {
    await page.close();
  }
}

/**
 * The page's "Set up authenticator app", once the element knows the user has no app (`checking` →
 * `idle`): until then the button is there, busy and inert, and a click does nothing.
 */
export async function readyStartButton(page) {
  await page.waitForFunction(() => document.querySelector('totp-enroll')?.state === 'idle', { timeout: 15_000 });
  return page.waitForSelector('totp-enroll >>> button[part~="start-button"]');
}

/** Clicks "Set up authenticator app" in the page's <totp-enroll> and waits for a decoded QR image; returns totp-created's totp_id. */
export async function setUp(page) {
  await page.evaluate(() => document.querySelector('totp-enroll').addEventListener('totp-created', (event) => {
    document.body.dataset.created = event.detail.totp_id;
  }));
  const button = await readyStartButton(page);
  await button.click();
  await page.waitForFunction(() => document.body.dataset.created, { timeout: 15_000 });
  const qr = await page.waitForSelector('totp-enroll >>> img[part~="qr-image"]');
  if (!await qr.evaluate(async (img) => { await img.decode(); return img.naturalWidth > 0; })) throw new Error('the QR image is empty');
  return page.evaluate(() => document.body.dataset.created);
}
