// Screenshots of the demo page (`npm start`'s): docs/screenshots/demo-<screen>-<width>.png, at
// 320×740 and 360×740 (phones) and 1024×768, light. `first` is the first screen a visitor sees;
// `setup` is the page after Sign in, on the scan step with "Show me the code" open (the whole page);
// `sections`, the same with every collapsed section open.
// Run: node scripts/demo-screenshots.mjs [--out=DIR] [--scheme=dark]. Exits non-zero when the page scrolls sideways.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findChromium } from './find-chromium.mjs';
import { startDemo } from '../test/support/demo-server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv.find((arg) => arg.startsWith('--out='))?.slice('--out='.length);
const outDir = out ? resolve(out) : join(root, 'docs', 'screenshots');
const SIZES = [[320, 740], [360, 740], [1024, 768]];
const scheme = process.argv.find((arg) => arg.startsWith('--scheme='))?.slice('--scheme='.length) ?? 'light';

const demo = await startDemo();
const browser = await puppeteer.launch({
  executablePath: findChromium(), headless: true, defaultViewport: null,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--font-render-hinting=none', '--hide-scrollbars'],
});
const written = [];
const problems = [];
try {
  await mkdir(outDir, { recursive: true });
  for (const [width, height] of SIZES) {
    // A fresh context per size: signed out, no cookie of the run before.
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`${width}: ${error.message}`));
    await page.setViewport({ width, height, deviceScaleFactor: 1 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await page.goto(`${demo.origin}/`, { waitUntil: 'load' });
    await page.waitForSelector('#sign-in:not([disabled])');
    const shoot = async (screen, fullPage) => {
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      if (wide > width) problems.push(`${screen} at ${width}px scrolls sideways (${wide}px)`);
      const file = join(outDir, `demo-${screen}-${width}${scheme === 'light' ? '' : `-${scheme}`}.png`);
      await writeFile(file, await page.screenshot({ type: 'png', fullPage }));
      written.push(relative(root, file));
    };
    await shoot('first', false);
    await page.click('#sign-in');
    await page.waitForFunction(() => document.querySelector('#lifecycle-enroll')?.step === 'scan', { timeout: 15_000 });
    await page.click('#show-code');
    await page.waitForFunction(() => /^\d{3} \d{3}$/.test(document.querySelector('#phone-digits').textContent));
    // The QR image decoded, so the shot shows it.
    await page.evaluate(() => document.querySelector('#lifecycle-enroll').shadowRoot.querySelector('img')?.decode());
    await shoot('setup', true);
    // Everything below the example opened, with the events of the setup in the log.
    await page.$$eval('main > details', (all) => all.forEach((details) => { details.open = true; }));
    await page.waitForFunction(() => document.querySelector('#sdk')?.state === 'idle', { timeout: 15_000 });
    await shoot('sections', true);
    await context.close();
  }
} finally {
  await browser.close();
  await demo.close();
}
if (written.length) console.log(`Wrote ${written.length} screenshots:\n${written.map((file) => `  ${file}`).join('\n')}`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
process.exit(0);
