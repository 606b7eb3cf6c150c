// The phone profile of `npm run bench` (issue 21); alone: `npm run bench:phone [-- --runs=15 --traced=5 --no-build]`.
// As a person on a mid-range phone feels it: a Vite app whose only code is `import 'totp-enroll'`
// (and one with `import 'totp-enroll/challenge'`), built, served gzip'd with the local backend
// (`createStytchBackend` + `nodeMiddleware`, a fresh one per run, so the demo user is new) on one
// origin; Chromium through puppeteer-core with CPU ×4 and Slow 4G (562.5 ms round trip,
// 180,000 B/s down, 84,375 B/s up), cache off, a fresh browser context per run. The page-side
// timing is scripts/bench/phone-page.js. Writes its section of BENCHMARKS.md (between markers).
// For a closer look: PHONE_TRACE_DIR=dir keeps the traced runs' traces (DevTools' Performance panel),
// PHONE_TRACE_CPU=1 adds V8's sampler to them, PHONE_TRACE_MORE=cat,cat more trace categories
// (v8, disabled-by-default-v8.compile, …), PHONE_DEBUG=1 prints each sign-in run's marks and requests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as OTPAuth from 'otpauth';
import puppeteer from 'puppeteer-core';
import { findChromium } from './find-chromium.mjs';
import { QUIET_LOAD, summarize, waterfallLines } from './bench/phone-report.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(root, 'tmp/bench-phone');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** The profile: Chromium's "Slow 4G" preset and a mid-range phone's CPU. */
export const PROFILE = { cpu: 4, latency: 562.5, download: 180_000, upload: 84_375 };
const IDLE_MS = 5_000;

/** `totp-enroll/…` → the file package.json's `exports` names for a browser bundler. */
function exported(specifier) {
  if (specifier !== pkg.name && !specifier.startsWith(`${pkg.name}/`)) return null;
  const target = pkg.exports[`.${specifier.slice(pkg.name.length)}`];
  return join(root, typeof target === 'string' ? target : target.default);
}

/** A fresh Vite app (its defaults: module preload on) whose only code is `import '<specifier>'`. */
async function buildApp(name, specifier, markup) {
  const dir = join(work, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'main.js'), `import '${specifier}';\n`);
  writeFileSync(join(dir, 'index.html'), `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${name}</title><script type="module" src="./main.js"></script></head><body>${markup}</body></html>\n`);
  const { build } = await import('vite');
  await build({
    configFile: false, logLevel: 'warn', root: dir, base: `/${name}/`, publicDir: false,
    plugins: [{ name: 'package', enforce: 'pre', resolveId: (source) => exported(source) }],
    build: { outDir: join(dir, 'dist'), emptyOutDir: true, target: 'es2022' },
  });
  return join(dir, 'dist');
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

/** One origin: /enroll/ and /challenge/ (gzip, as any static host), everything else the local backend of this run. */
async function serve(apps) {
  const { createStytchBackend } = await import(pathToFileURL(join(root, 'dist/server/index.js')).href);
  const { nodeMiddleware } = await import(pathToFileURL(join(root, 'dist/server/node.js')).href);
  const state = { backend: null };
  const fresh = () => {
    const backend = createStytchBackend({ demoUser: true, log: () => {}, allowMemoryStoreInProduction: true }) // Vite's build sets NODE_ENV=production; this backend is meant to forget;
    state.backend = backend;
    state.handler = nodeMiddleware(backend.fetch);
    return backend;
  };
  fresh();
  const server = createServer((req, res) => state.handler(req, res, async () => {
    const path = normalize(new URL(req.url, 'http://x').pathname);
    const [, app, ...rest] = path.split('/');
    const dir = apps[app];
    const file = dir && join(dir, rest.join('/') || 'index.html');
    if (!file || !file.startsWith(dir) || !existsSync(file)) return res.writeHead(404).end();
    const body = gzipSync(readFileSync(file), { level: 9 });
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Encoding': 'gzip', 'Cache-Control': 'no-store' }).end(body);
  }));
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { origin: `http://127.0.0.1:${server.address().port}`, fresh, close: () => server.close() };
}

/** The demo user of `backend`, enrolled (Create, then a right code) over its fetch handler, as `<totp-challenge>` needs. */
async function enrollDemoUser(backend) {
  const post = async (path, body) => {
    const res = await backend.fetch(new Request(`http://127.0.0.1/sdk/v1${path}`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
    }));
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()).data;
  };
  const { secret } = await post('/totps', { expiration_minutes: 60 });
  await post('/totps/authenticate', { totp_code: code(secret), session_duration_minutes: 60 });
  return secret;
}

const code = (secret, steps = 0) => new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + steps * 30_000 });

/** A fresh context and page with the profile applied; `tapAfter` tells the page when to tap. */
async function profiledPage(browser, tapAfter) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: PROFILE.latency, downloadThroughput: PROFILE.download, uploadThroughput: PROFILE.upload,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpu });
  await page.evaluateOnNewDocument(`window.phoneTapAfter = ${JSON.stringify(tapAfter)};\n${readFileSync(join(root, 'scripts/bench/phone-page.js'), 'utf8')}`);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

/** The page's resource timing (ms from navigation start) and the document's, for the waterfall and the bytes. */
const resources = (page) => page.evaluate(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  return [nav, ...performance.getEntriesByType('resource')].map((r) => ({
    url: new URL(r.name).pathname, type: r.initiatorType, start: r.startTime, end: r.responseEnd,
    transfer: r.transferSize, body: r.encodedBodySize, decoded: r.decodedBodySize,
  }));
});

const marks = (page) => page.evaluate(() => ({ ...window.phone.marks, errors: window.phone.errors }));
const waitMark = (page, name, timeout = 60_000) => page.waitForFunction((n) => window.phone?.marks[n] !== undefined, { timeout, polling: 50 }, name);

/** One enrollment run: load → interactive → tap (right away, or after IDLE_MS) → QR painted; then, if `finish`, the code step → verified. */
async function enrollRun(browser, server, { tapAfter, finish = false, trace = false }) {
  server.fresh();
  const { context, page, errors } = await profiledPage(browser, tapAfter === 'interactive' ? 'interactive' : null);
  try {
    // PHONE_TRACE_CPU=1 adds V8's sampling profiler (which function the main thread ran), for a closer look; it costs the page time.
    const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'toplevel'];
    if (process.env.PHONE_TRACE_CPU) categories.push('disabled-by-default-v8.cpu_profiler');
    if (process.env.PHONE_TRACE_MORE) categories.push(...process.env.PHONE_TRACE_MORE.split(','));
    if (trace) await page.tracing.start({ categories });
    await page.goto(`${server.origin}/enroll/`, { waitUntil: 'domcontentloaded' });
    await waitMark(page, 'interactivePainted');
    if (tapAfter === 'idle') {
      await new Promise((ok) => setTimeout(ok, IDLE_MS));
      await page.evaluate(() => { window.phone.tap(); });
    }
    await waitMark(page, 'qrPainted');
    const traced = trace ? JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')) : null;
    let enrolled = null;
    if (finish) {
      const secret = await page.evaluate(() => window.phone.secret());
      enrolled = await page.evaluate((c) => window.phone.finish(c), code(secret));
    }
    const result = { marks: await marks(page), resources: await resources(page), enrolled, traced };
    if (errors.length || result.marks.errors.length) throw new Error(`errors in the page: ${[...errors, ...result.marks.errors].join('; ')}`);
    return result;
  } finally {
    await context.close();
  }
}

/**
 * One sign-in run: load → code field interactive → six digits typed (Verify) → result painted.
 * `pause`: right away (a paste or a password manager's autofill at load), or after IDLE_MS (a
 * person who opens the authenticator app and reads the code).
 */
async function challengeRun(browser, server, { pause = false } = {}) {
  const secret = await enrollDemoUser(server.fresh());
  const { context, page, errors } = await profiledPage(browser, null);
  try {
    await page.goto(`${server.origin}/challenge/`, { waitUntil: 'domcontentloaded' });
    await waitMark(page, 'interactivePainted');
    if (pause) await new Promise((ok) => setTimeout(ok, IDLE_MS));
    // The next step's code: the enrollment above used this step's.
    const state = await page.evaluate((c) => window.phone.verify(c), code(secret, 1));
    const result = { marks: await marks(page), resources: await resources(page), state };
    if (process.env.PHONE_DEBUG) console.error(JSON.stringify({ pause, marks: result.marks, resources: result.resources }));
    if (state !== 'verified') throw new Error(`the challenge ended ${state}`);
    if (errors.length || result.marks.errors.length) throw new Error(`errors in the page: ${[...errors, ...result.marks.errors].join('; ')}`);
    return result;
  } finally {
    await context.close();
  }
}

/**
 * Main-thread time from the Create answer to the QR painted, from a trace: the renderer main
 * thread's top-level tasks (their part inside the window), the window from the Create request's
 * ResourceFinish to the page's `phone:qrPainted` mark.
 */
function mainThreadAfterCreate({ traceEvents }) {
  const main = traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' &&
    traceEvents.some((m) => m.pid === e.pid && m.tid === e.tid && m.name === 'phone:qrPainted'));
  if (!main) return null;
  const on = (e) => e.pid === main.pid && e.tid === main.tid;
  const send = traceEvents.find((e) => e.name === 'ResourceSendRequest' && /\/sdk\/v1\/totps$/.test(e.args?.data?.url ?? '') && e.args.data.requestMethod === 'POST');
  const finish = traceEvents.find((e) => e.name === 'ResourceFinish' && e.args?.data?.requestId === send?.args.data.requestId);
  const painted = traceEvents.find((e) => on(e) && e.name === 'phone:qrPainted');
  if (!finish || !painted) return null;
  const [from, to] = [finish.ts, painted.ts];
  // The union of the task intervals: the two task names can nest, and a nested one must not count twice.
  const parts = traceEvents
    .filter((e) => on(e) && e.ph === 'X' && /^(RunTask|ThreadControllerImpl::RunTask)$/.test(e.name))
    .map((e) => [Math.max(e.ts, from), Math.min(e.ts + e.dur, to)]).filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  let busy = 0;
  let longest = 0;
  let [start, end] = [-Infinity, -Infinity];
  for (const [a, b] of [...parts, [Infinity, Infinity]]) {
    if (a > end) {
      if (end > start) { busy += end - start; longest = Math.max(longest, end - start); }
      [start, end] = [a, b];
    } else end = Math.max(end, b);
  }
  return { busy: busy / 1000, window: (to - from) / 1000, longest: longest / 1000 };
}

export async function measurePhone({ runs = 15, traced = 5, log = console.log } = {}) {
  mkdirSync(work, { recursive: true });
  const apps = {
    enroll: await buildApp('enroll', 'totp-enroll', '<totp-enroll expiration-minutes="60"></totp-enroll>'),
    challenge: await buildApp('challenge', 'totp-enroll/challenge', '<totp-challenge></totp-challenge>'),
  };
  const server = await serve(apps);
  const browser = await puppeteer.launch({
    executablePath: findChromium(), headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
  });
  // The builds above (and npm run bench's before them) load both cores for a while: the CPU-bound
  // figures (main thread, the ×4 paths) wait until the 1-minute load average has settled, or 2 minutes.
  const settled = Date.now() + 120_000;
  while (loadavg()[0] > QUIET_LOAD && Date.now() < settled) await new Promise((ok) => setTimeout(ok, 2_000));
  const load = loadavg();
  try {
    const chromium = await browser.version();
    const quick = [];
    const idle = [];
    const challenge = [];
    const challengePaused = [];
    const mainThread = [];
    for (let i = 0; i < runs; i++) {
      quick.push(await enrollRun(browser, server, { tapAfter: 'interactive', finish: true }));
      idle.push(await enrollRun(browser, server, { tapAfter: 'idle' }));
      challenge.push(await challengeRun(browser, server));
      challengePaused.push(await challengeRun(browser, server, { pause: true }));
      log(`  run ${i + 1}/${runs}: tap → QR ${Math.round(quick.at(-1).marks.qrPainted - quick.at(-1).marks.tap)} ms, after idle ${Math.round(idle.at(-1).marks.qrPainted - idle.at(-1).marks.tap)} ms`);
    }
    // Traced runs apart: tracing costs the page time, so the figures above are untraced.
    for (let i = 0; i < traced; i++) {
      const run = await enrollRun(browser, server, { tapAfter: 'interactive', trace: true });
      mainThread.push(mainThreadAfterCreate(run.traced));
      // PHONE_TRACE_DIR=dir keeps each trace, for DevTools' Performance panel or a closer look.
      if (process.env.PHONE_TRACE_DIR) {
        mkdirSync(process.env.PHONE_TRACE_DIR, { recursive: true });
        writeFileSync(join(process.env.PHONE_TRACE_DIR, `tap-${i + 1}.json`), JSON.stringify(run.traced));
      }
    }
    return summarize({ quick, idle, challenge, challengePaused, mainThread: mainThread.filter(Boolean), profile: PROFILE, chromium, runs, load: [load, loadavg()] });
  } finally {
    await browser.close();
    server.close();
  }
}

const START = '<!-- phone profile: scripts/bench-phone.mjs -->';
const END = '<!-- /phone profile -->';

/** BENCHMARKS.md with its phone section replaced (or added at the end). */
export function withPhoneSection(markdown, section) {
  const block = `${START}\n${section}\n${END}`;
  const at = markdown.indexOf(START);
  if (at < 0) return `${markdown.trimEnd()}\n\n${block}\n`;
  return markdown.slice(0, at) + block + markdown.slice(markdown.indexOf(END) + END.length);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
  if (!process.argv.includes('--no-build')) {
    console.log('▶ npm run build');
    const built = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  console.log(`▶ phone profile (${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(2)).join(' ')})`);
  const section = await measurePhone({ runs: arg('runs', 15), traced: arg('traced', 5) });
  const file = join(root, 'BENCHMARKS.md');
  writeFileSync(file, withPhoneSection(existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n', section));
  console.log(section);
}

export { waterfallLines };
