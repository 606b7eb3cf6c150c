// Screenshots of <totp-enroll> and <totp-challenge> in every state, at 360 px and 1024 px, light and dark:
// docs/screenshots/<state>-<width>-<scheme>.png (the challenge's: challenge-<state>-…).
// Run: node scripts/screenshots.mjs [--only=enroll|challenge] [--variant=de|rtl|theme|continue] (continue: the
// page's own Continue in the success screens' `continue` slot)
//
// Serves docs/screenshot-page.html with vite (and so the local backend, on the same
// origin), drives the system Chromium with puppeteer-core, and always stops both.
// Exits non-zero on any failure.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { findChromium } from './find-chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const option = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
// `--out=DIR --widths=320,360`: a look at other widths (e.g. the narrowest phones) without touching docs/.
const outDir = option('out') ? resolve(option('out')) : join(root, 'docs', 'screenshots');
const PAGE = '/docs/screenshot-page.html';
/** Each state the page can show, and the `state/step` the element must then be in. */
const STATES = {
  idle: 'idle', creating: 'creating', scan: 'created/scan', 'scan-key': 'created/scan', confirm: 'created/confirm',
  'wrong-code': 'created/confirm', 'locked-out': 'created/confirm', verifying: 'verifying/confirm',
  codes: 'verified/codes', done: 'verified/done', expired: 'expired', replaced: 'expired', error: 'error', 'config-error': 'error',
  // An enrolled user's (the "on" state and its screens), and the first screen while the element asks who the user is.
  checking: 'checking', on: 'enrolled/on', 'step-up': 'enrolled/step-up', 'step-up-wrong-code': 'enrolled/step-up',
  'step-up-recovery-code': 'enrolled/step-up', 'recovery-codes': 'enrolled/recovery-codes', remove: 'enrolled/remove',
  replace: 'enrolled/replace', 'removed-elsewhere': 'enrolled/removed-elsewhere',
};
/** <totp-challenge>'s states (docs/challenge-screenshot-page.html) and the `state/method` it must then be in. */
const CHALLENGE_PAGE = '/docs/challenge-screenshot-page.html';
const CHALLENGE_STATES = {
  code: 'ready/totp', 'recovery-code': 'ready/recovery_code', verifying: 'verifying/totp', 'wrong-code': 'ready/totp',
  'wrong-recovery-code': 'ready/recovery_code', 'locked-out': 'ready/totp', 'network-error': 'ready/totp',
  'signed-in': 'verified/totp', 'signed-in-recovery': 'verified/recovery_code', 'not-enrolled': 'not-enrolled/totp',
  'signed-out': 'signed-out/totp',
};
const CHALLENGE_VARIANTS = {
  de: ['code', 'wrong-code', 'recovery-code', 'signed-in-recovery', 'not-enrolled'],
  rtl: ['code', 'wrong-recovery-code', 'locked-out', 'signed-in-recovery'],
  theme: ['code', 'signed-in'],
  continue: ['signed-in', 'signed-in-recovery'],
};
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
// `--variant=rtl`: only that variant's shots (say, after a change to the Arabic texts), not the English ones.
const onlyVariant = option('variant');
const WIDTHS = option('widths')?.split(',').map(Number) ?? [360, 1024];
const SCHEMES = ['light', 'dark'];
const MARGIN = 16;
const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync',
  '--font-render-hinting=none', '--hide-scrollbars',
];

let server;
let browser;
const written = [];

async function startVite() {
  const vite = await createServer({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    clearScreen: false,
    // Others edit src/ while this runs: no watcher, so no reload in the middle of a shot.
    server: { host: '127.0.0.1', port: 5300, strictPort: false, open: false, hmr: false, watch: null },
    // Pre-bundle the page's dependencies up front, so vite does not reload the page to add one.
    optimizeDeps: { entries: ['docs/screenshot-page.html', 'docs/challenge-screenshot-page.html'] },
  });
  await vite.listen();
  const url = vite.resolvedUrls?.local?.[0];
  if (!url) throw new Error('vite started without a local URL');
  return { vite, origin: url.replace(/\/$/, '') };
}

/**
 * Variants for the localization and theming docs: the page applies them from `?variant=`
 * (German, right-to-left, and a custom theme made with the public styling API only).
 */
const VARIANTS = {
  de: ['scan-key', 'confirm', 'wrong-code', 'codes', 'done', 'on', 'step-up-wrong-code', 'step-up-recovery-code', 'recovery-codes', 'remove', 'replace', 'removed-elsewhere'],
  rtl: ['scan-key', 'confirm', 'codes', 'done', 'on', 'step-up', 'recovery-codes', 'remove'],
  theme: ['scan', 'codes', 'on'],
  continue: ['done'],
};

async function shootState(origin, state, variant = '', { page: pagePath = PAGE, expectedStates = STATES, prefix = '' } = {}) {
  // A fresh context per state: no cookies (the backend's session) or clock override carried over.
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      // A failed request is reported below, with its URL; the 401 of a wrong code is expected.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        problems.push(`console error: ${message.text()}`);
      }
    });
    page.on('response', (response) => {
      const wrongCode = /wrong-code/.test(state) && response.status() === 401 && response.url().endsWith('/totps/authenticate');
      // The app removed elsewhere: Get Recovery Codes answers 404 totp_not_found, which the shot shows.
      const removed = state === 'removed-elsewhere' && response.status() === 404 && response.url().endsWith('/totps/recovery_codes');
      if (response.status() >= 400 && !wrongCode && !removed) problems.push(`HTTP ${response.status()} for ${response.url()}`);
    });
    page.on('requestfailed', (request) => {
      // Chromium at times reports net::ERR_ABORTED for a fetch whose body the page read as a
      // stream, after the whole response arrived: not a failure. One without a response is.
      if (!request.response()) problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
    });
    await page.setViewport({ width: WIDTHS[0], height: 900, deviceScaleFactor: 1 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: SCHEMES[0] }]);
    await page.goto(`${origin}${pagePath}${variant ? `?variant=${variant}` : ''}`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', { timeout: 15_000 });
    const reached = await page.evaluate((name) => window.screenshotPage.show(name), state);
    const expected = expectedStates[state];
    if (reached !== expected) throw new Error(`${state}: the element is in state "${reached}"`);

    for (const width of WIDTHS) {
      for (const scheme of SCHEMES) {
        await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        await page.evaluate(() => window.screenshotPage.freeze());
        const box = await page.$eval('#subject', (el) => {
          const r = el.getBoundingClientRect();
          return { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height, page: document.documentElement.scrollWidth };
        });
        if (box.page > width) problems.push(`${state} at ${width}px: the page scrolls sideways (${box.page}px wide)`);
        const x = Math.max(0, Math.floor(box.x - MARGIN));
        const y = Math.max(0, Math.floor(box.y - MARGIN));
        const clip = {
          x, y,
          width: Math.min(width, Math.ceil(box.x + box.width + MARGIN)) - x,
          height: Math.ceil(box.y + box.height + MARGIN) - y,
        };
        // Grow the viewport to hold the whole element (its width, and so its layout, stays the same).
        const height = Math.max(900, clip.y + clip.height);
        await page.setViewport({ width, height, deviceScaleFactor: 1 });
        await page.evaluate(() => window.screenshotPage.freeze());
        const file = join(outDir, `${prefix}${variant ? `${variant}-` : ''}${state}-${width}-${scheme}.png`);
        await writeFile(file, await page.screenshot({ clip, type: 'png' }));
        written.push(relative(root, file));
      }
    }
    if (problems.length) throw new Error(`${state}:\n  ${problems.join('\n  ')}`);
  } finally {
    await context.close();
  }
}

/** The variants to shoot: all, or the one `--variant` names. */
function variantsOf(variants) {
  return Object.entries(variants).filter(([variant]) => !onlyVariant || variant === onlyVariant);
}

async function main() {
  if (onlyVariant && !(onlyVariant in VARIANTS)) throw new Error(`--variant=${onlyVariant}: not one of ${Object.keys(VARIANTS).join(', ')}`);
  await mkdir(outDir, { recursive: true });
  const { vite, origin } = await startVite();
  server = vite;
  browser = await puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
    defaultViewport: null,
  });
  if (only !== 'challenge') {
    if (!onlyVariant) for (const state of Object.keys(STATES)) await shootState(origin, state);
    for (const [variant, states] of variantsOf(VARIANTS)) for (const state of states) await shootState(origin, state, variant);
  }
  if (only !== 'enroll') {
    const challenge = { page: CHALLENGE_PAGE, expectedStates: CHALLENGE_STATES, prefix: 'challenge-' };
    if (!onlyVariant) for (const state of Object.keys(CHALLENGE_STATES)) await shootState(origin, state, '', challenge);
    for (const [variant, states] of variantsOf(CHALLENGE_VARIANTS)) for (const state of states) await shootState(origin, state, variant, challenge);
  }
}

let exitCode = 0;
try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  exitCode = 1;
} finally {
  await browser?.close().catch((error) => {
    console.error('Could not close Chromium:', error);
    try { browser.process()?.kill('SIGKILL'); } catch { /* already gone */ }
  });
  await server?.close().catch((error) => console.error('Could not stop vite:', error));
}
if (written.length) console.log(`Wrote ${written.length} screenshots:\n${written.map((file) => `  ${file}`).join('\n')}`);
process.exit(exitCode);
