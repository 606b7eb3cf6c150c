// `npm run bench`: builds the package, measures it and writes BENCHMARKS.md.
//  - sizes (minified, gzip -9, brotli) of the standalone bundle and its lazy qrcode chunk,
//    against the budget; the package and @stytch/vanilla-js's StytchUIClient bundled the same
//    way with esbuild; what each module costs (esbuild metafile, gzip with the module removed);
//  - in Chromium, with the local backend running in the page (no network): activation → QR
//    painted and response → QR painted (median of 50), 100 elements upgraded / created,
//    heap and DOM counters after 500 create/disconnect cycles against the first 50;
//  - the phone profile (scripts/bench-phone.mjs, issue 21): a built Vite app and the local backend
//    on one origin, CPU ×4 and Slow 4G; `npm run bench -- --phone` (or `npm run bench:phone`) runs only it.
// Exits 1, after writing BENCHMARKS.md, when the initial bundle is over budget.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus } from 'node:os';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { init as initLexer, parse as parseExports } from 'es-module-lexer';
import puppeteer from 'puppeteer-core';
import { APP_BUDGET_GZIP, appSizes, sizes, sum } from './app-size.mjs';
import { measurePhone, withPhoneSection } from './bench-phone.mjs';
import { findChromium } from './find-chromium.mjs';

/** The initial bundle (Lit included), gzip -9, must stay under 12 KB (12,000 bytes). */
const BUDGET_GZIP = 12_000;
/**
 * A page with only <totp-challenge> (Lit included), gzip -9, summed over the chunks it loads up
 * front. The gate (npm run bench fails above it) is 12,200 B: it locks in what issue 18 reached
 * (14,687 → 11,719 B) plus issue 21's early check (+424 B: the form sends a code's Authenticate or
 * Recover itself when the backend is the page's own origin, see challenge/early-check.ts — ~2 ms
 * of download on the phone profile for one round trip, ~430 ms, less on a code filled in at load).
 * Issue 18's target is 10,000 B (CHALLENGE_TARGET_GZIP), reported, not met:
 * Lit is ~5,850 B of it and a working two-mode form the rest (see BENCHMARKS.md). Up front only the empty form: both fields, the form's strings
 * and styles, the code field's state (shared/basic-code-entry.ts), and the load-failure message;
 * what a submit brings — the check with the backend, the API clients, CodeEntry's lockout, miss
 * counting and classifier, the answers' strings and the screens after — loads from when the
 * element connects (challenge/attempt/).
 */
const CHALLENGE_BUDGET_GZIP = 12_200;
const CHALLENGE_TARGET_GZIP = 10_000;
/**
 * What the challenge's first screen could do without (each would load later, behind a chunk):
 * the recovery-code mode, the announcer, the request primitive, the icons, the Arabic and Persian
 * digits, the challenge's own styles. Weighed by deleting them all outright, with no loader in
 * their place: a floor that no deferral gets under, reported beside the target.
 */
const CHALLENGE_OPTIONAL = [
  'dist/elements/i18n/recovery-field-en.js', 'dist/elements/shared/recovery-input.js', 'dist/elements/shared/recovery-code.js',
  'dist/elements/shared/announcer.js', 'dist/elements/shared/latest-request.js', 'dist/elements/shared/icons.js',
  'dist/elements/shared/ascii-digits.js', 'dist/elements/challenge/styles.js',
];

const ACTIVATIONS = 50;
const CYCLES = { first: 50, total: 500 };

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(root, 'tmp/bench');
const rel = (path) => relative(root, path);

// ── sizes ────────────────────────────────────────────────────────────────────────────────


/**
 * esbuild, minified ES modules with code splitting, for the browser: what a page's own bundler
 * makes of an entry. `initial` is the entry and what it imports statically; `lazy` the rest.
 */
async function esbuildSizes(entry, { plugins = [], external = [] } = {}) {
  const result = await build({
    entryPoints: [entry], bundle: true, splitting: true, format: 'esm', platform: 'browser', target: 'es2022',
    minify: true, write: false, outdir: join(work, 'esbuild'), metafile: true, logLevel: 'silent', plugins, external,
  });
  const code = Object.fromEntries(result.outputFiles.map((f) => [rel(f.path), f.text]));
  const outputs = result.metafile.outputs;
  const entryOut = Object.keys(outputs).find((o) => outputs[o].entryPoint);
  const initial = new Set();
  const visit = (out) => {
    if (initial.has(out)) return;
    initial.add(out);
    for (const i of outputs[out].imports) if (i.kind === 'import-statement' && !i.external) visit(i.path);
  };
  visit(entryOut);
  const pick = (names) => sum(names.map((n) => sizes(code[n])));
  const lazy = Object.keys(outputs).filter((o) => !initial.has(o) && o.endsWith('.js'));
  return { initial: pick([...initial]), lazy: pick(lazy), metafile: result.metafile, entryOut };
}

/** Replaces modules by stubs with the same export names, to weigh what they cost. */
async function stubPlugin(...paths) {
  await initLexer;
  const stubs = new Map(paths.map((path) => {
    const [, exports] = parseExports(readFileSync(path, 'utf8'));
    return [path, exports.map(({ n }) => (n === 'default' ? 'export default undefined;' : `export const ${n} = undefined;`)).join('\n')];
  }));
  return {
    name: 'stub',
    setup(b) {
      b.onLoad({ filter: /\.js$/ }, (args) => (stubs.has(args.path) ? { contents: stubs.get(args.path), loader: 'js' } : undefined));
    },
  };
}

async function measureSizes() {
  const bundlePath = join(root, 'dist/totp-enroll.bundle.js');
  const chunks = readdirSync(join(root, 'dist/chunks')).map((f) => join(root, 'dist/chunks', f));
  const qrChunks = chunks.filter((c) => /qrcode/.test(c));
  const manageChunks = chunks.filter((c) => /manage-panel/.test(c));
  const flowChunks = chunks.filter((c) => !/qrcode|manage-panel/.test(c));
  const shipped = {
    initial: sizes(readFileSync(bundlePath)),
    flow: sum(flowChunks.map((c) => sizes(readFileSync(c)))),
    flowNames: flowChunks.map(rel),
    qr: sum(qrChunks.map((c) => sizes(readFileSync(c)))),
    manage: sum(manageChunks.map((c) => sizes(readFileSync(c)))),
    manageNames: manageChunks.map(rel),
    chunkNames: qrChunks.map(rel),
  };

  // The element as a page loads it: the element-only entry that the standalone bundle is made from.
  const entry = join(root, 'dist/bundle.js');
  const ours = await esbuildSizes(entry);
  const stytchEntry = join(work, 'stytch-entry.js');
  writeFileSync(stytchEntry, "export { StytchUIClient } from '@stytch/vanilla-js';\n");
  const stytch = await esbuildSizes(stytchEntry);
  const stytchVersion = JSON.parse(readFileSync(join(root, 'node_modules/@stytch/vanilla-js/package.json'), 'utf8')).version;

  // What costs what: each module's minified bytes in the initial bundle (metafile), and the
  // gzip bytes the bundle loses when that module (or Lit) is taken out.
  const litExternal = ['lit', 'lit/*', '@lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*'];
  const withoutLit = await esbuildSizes(entry, { external: litExternal });
  const inputs = Object.entries(ours.metafile.outputs[ours.entryOut].inputs)
    .filter(([, v]) => v.bytesInOutput > 0).sort(([, a], [, b]) => b.bytesInOutput - a.bytesInOutput);
  const litBytes = inputs.filter(([k]) => /node_modules\/(lit|@lit|lit-html|lit-element)\//.test(k)).reduce((a, [, v]) => a + v.bytesInOutput, 0);
  const modules = [{ name: 'Lit (lit, lit-html, lit-element, @lit/reactive-element)', min: litBytes, gzip: ours.initial.gzip - withoutLit.initial.gzip }];
  // The define module (a `defineOnce` call) is weighed with the class module it registers.
  const defineModule = 'dist/elements/enroll/totp-enroll.js';
  const ownModules = inputs.filter(([k]) => k.startsWith('dist/') && k !== 'dist/bundle.js' && k !== defineModule);
  const elementModule = 'dist/elements/enroll/totp-enroll.component.js';
  for (const [input, { bytesInOutput }] of ownModules) {
    let gzip;
    if (input === elementModule) {
      // The element's module cannot be taken out alone: weigh it with Lit and every other module left out.
      const others = ownModules.map(([k]) => join(root, k)).filter((p) => !p.endsWith(elementModule) && !p.endsWith('dist/index.js'));
      const alone = await esbuildSizes(entry, { external: litExternal, plugins: [await stubPlugin(...others)] });
      gzip = alone.initial.gzip;
    } else {
      gzip = ours.initial.gzip - (await esbuildSizes(entry, { plugins: [await stubPlugin(join(root, input))] })).initial.gzip;
    }
    modules.push({ name: input, min: bytesInOutput, gzip });
  }
  // <totp-challenge>: a page with only it (`totp-enroll/challenge`), and a page with both elements.
  const challenge = await esbuildSizes(join(root, 'dist/challenge.js'));
  const bothEntry = join(work, 'both-entry.js');
  writeFileSync(bothEntry, `import ${JSON.stringify(join(root, 'dist/index.js'))};\nimport ${JSON.stringify(join(root, 'dist/challenge.js'))};\n`);
  const both = await esbuildSizes(bothEntry);
  const challengeFloor = await esbuildSizes(join(root, 'dist/challenge.js'),
    { plugins: [await stubPlugin(...CHALLENGE_OPTIONAL.map((path) => join(root, path)))] });
  return { shipped, ours, stytch, stytchVersion, modules, challenge, challengeFloor, both };
}

// ── Chromium ─────────────────────────────────────────────────────────────────────────────

const TYPES = { '.html': 'text/html', '.js': 'text/javascript' };

function serve() {
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const file = path.startsWith('/dist/') ? join(root, path) : path.startsWith('/bench/') ? join(work, path.slice(7)) : null;
    try {
      if (!file || relative(root, file).startsWith('..')) throw new Error('outside');
      const body = readFileSync(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

/**
 * A heap snapshot's objects, told apart: the page's own (what a retained element would add to)
 * and V8's (compiled code and its bookkeeping — `code` nodes and `system / …` ones — which grow
 * as functions get optimised and settle later, whatever the page keeps).
 */
async function heapObjects(cdp) {
  const chunks = [];
  const collect = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  const { snapshot: { meta }, nodes, strings } = JSON.parse(chunks.join(''));
  const width = meta.node_fields.length;
  const [types] = meta.node_types;
  const own = { objects: 0, bytes: 0 };
  const engine = { objects: 0, bytes: 0 };
  for (let i = 0; i < nodes.length; i += width) {
    const v8 = types[nodes[i]] === 'code' || strings[nodes[i + 1]].startsWith('system / ');
    const into = v8 ? engine : own;
    into.objects++;
    into.bytes += nodes[i + 3];
  }
  return { own, engine };
}

async function measureBrowser() {
  // The local backend, built for the browser, so it answers inside the page.
  await build({
    entryPoints: [join(root, 'dist/server/local/backend.js')], bundle: true, format: 'esm', platform: 'browser',
    target: 'es2022', minify: true, outfile: join(work, 'backend.js'), logLevel: 'warning',
  });
  copyFileSync(join(root, 'scripts/bench/page.js'), join(work, 'page.js'));
  writeFileSync(join(work, 'index.html'), '<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="/bench/page.js"></script>');
  // 100 elements in the markup before the element is defined: the bundle is fetched and compiled
  // beforehand (modulepreload), so the timing is evaluating it, upgrading and rendering.
  writeFileSync(join(work, 'upgrade.html'), `<!doctype html><meta charset="utf-8"><title>upgrade</title>
<link rel="modulepreload" href="/dist/totp-enroll.bundle.js" onload="window.preloaded = true">
<body>${'<totp-enroll></totp-enroll>'.repeat(100)}
<script type="module">
  window.upgrade = async () => {
    const start = performance.now();
    await import('/dist/totp-enroll.bundle.js');
    await Promise.all([...document.querySelectorAll('totp-enroll')].map((el) => el.updateComplete));
    const rendered = performance.now() - start;
    return new Promise((resolve) => requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ rendered, painted: performance.now() - start });
      channel.port2.postMessage(null);
    }));
  };
</script>`);

  const server = await serve();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const chromium = await browser.version();
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${origin}/bench/index.html`);
    await page.waitForFunction(() => window.bench?.ready);

    await page.evaluate(() => window.bench.activation(5)); // warm-up: JIT, first QR rendering
    const backendQr = await page.evaluate((n) => window.bench.activation(n), ACTIVATIONS);
    await page.evaluate(() => window.bench.activation(2, { drawQr: true })); // loads the qrcode chunk
    const elementQr = await page.evaluate((n) => window.bench.activation(n, { drawQr: true }), ACTIVATIONS);
    await page.evaluate(() => window.bench.create100(3));
    const create100 = await page.evaluate(() => window.bench.create100(20));
    await page.evaluate(() => window.bench.onState(3)); // warm-up: loads the "on" state's chunk
    const onState = await page.evaluate((n) => window.bench.onState(n), ACTIVATIONS);
    await page.close();

    const upgrade = [];
    const upgradePage = await browser.newPage();
    for (let i = 0; i < 21; i++) {
      await upgradePage.goto(`${origin}/bench/upgrade.html`);
      await upgradePage.waitForFunction(() => window.preloaded && window.upgrade);
      const ms = await upgradePage.evaluate(() => window.upgrade());
      if (i > 0) upgrade.push(ms); // the first load also compiles the bundle
    }
    await upgradePage.close();

    // Heap: a fresh page, then 500 create → set up → disconnect cycles.
    const heapPage = await browser.newPage();
    heapPage.on('pageerror', (e) => errors.push(e.message));
    await heapPage.goto(`${origin}/bench/index.html`);
    await heapPage.waitForFunction(() => window.bench?.ready);
    const cdp = await heapPage.createCDPSession();
    const snapshot = async () => {
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
      return { usedSize, nodes, jsEventListeners, ...await heapObjects(cdp) };
    };
    const started = performance.now();
    await heapPage.evaluate((n) => window.bench.cycles(n), CYCLES.first);
    const first = await snapshot();
    const left = await heapPage.evaluate((n) => window.bench.cycles(n), CYCLES.total - CYCLES.first);
    const last = await snapshot();
    const cycleMs = (performance.now() - started) / CYCLES.total;
    await heapPage.close();
    if (errors.length) throw new Error(`errors in the page: ${errors.join('; ')}`);
    return { chromium, backendQr, elementQr, create100, onState, upgrade, heap: { first, last, left, cycleMs } };
  } finally {
    await browser.close();
    server.close();
  }
}

// ── report ───────────────────────────────────────────────────────────────────────────────

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const B = (bytes) => bytes.toLocaleString('en-US');
const ms = (x) => `${x.toFixed(1)} ms`;
const row = (cells) => `| ${cells.join(' | ')} |`;
const sizeRow = (name, s) => row([name, `${B(s.min)} B`, `**${B(s.gzip)} B** (${kb(s.gzip)})`, `${B(s.brotli)} B`]);
const timing = (name, xs, note) => row([name, ms(median(xs)), `${ms(quantile(xs, 0.1))} – ${ms(quantile(xs, 0.9))}`, String(xs.length), note]);

function report({ shipped, ours, stytch, stytchVersion, modules, app, challenge, challengeFloor, both }, browser) {
  const { backendQr, elementQr, create100, onState, upgrade, heap } = browser;
  const heapGrowth = heap.last.usedSize - heap.first.usedSize;
  const ownGrowth = { objects: heap.last.own.objects - heap.first.own.objects, bytes: heap.last.own.bytes - heap.first.own.bytes };
  const signed = (n) => `${n >= 0 ? '+' : ''}${B(n)}`;
  const lines = [
    '# Benchmarks',
    '',
    `Made by \`npm run bench\` (scripts/bench.mjs) on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpus()[0]?.model.trim()},`,
    `Node ${process.version}, ${browser.chromium} headless. One run; every figure below comes from it.`,
    '',
    'How well the tests guard the code (mutation scores, `npm run mutation`): [QUALITY.md](QUALITY.md).',
    '',
    '## Size',
    '',
    `Budget: the initial bundle, Lit included, under **${B(BUDGET_GZIP)} B gzip -9** (12 kB). `
      // Its own budget only: the challenge's is reported with its figures below.
      + (shipped.initial.gzip >= BUDGET_GZIP ? `**Over budget by ${B(shipped.initial.gzip - BUDGET_GZIP)} B: \`npm run bench\` fails.**` : 'Within budget.'),
    '',
    row(['what', 'minified', 'gzip -9', 'brotli -q 11']),
    row(['---', '---:', '---:', '---:']),
    sizeRow('`dist/totp-enroll.bundle.js` (standalone, Lit included: what a page loads first)', shipped.initial),
    sizeRow(`\`${shipped.flowNames.map((c) => c.replace('dist/', '')).join(', ')}\` (the steps after "Set up", the API clients and what knows the user: loaded when the element connects)`, shipped.flow),
    sizeRow(`\`${shipped.manageNames.map((c) => c.replace('dist/', '')).join(', ')}\` (the "on" state of an enrolled user and its actions: loaded only for a user who has an authenticator app)`, shipped.manage),
    sizeRow(`\`${shipped.chunkNames.map((c) => c.replace('dist/', '')).join(', ')}\` (qrcode, loaded only when the element draws the QR itself)`, shipped.qr),
    '',
    `An app whose code is \`import 'totp-enroll'\`, built by Vite and by esbuild (minified ES modules, code`,
    `splitting, the package resolved through its \`exports\`). Budget: up front, Lit included, at most`,
    `**${B(APP_BUDGET_GZIP)} B gzip -9** under both (scripts/app-size.mjs; \`npm test\` checks it too).`,
    '',
    row(['what', 'minified', 'gzip -9', 'brotli -q 11']),
    row(['---', '---:', '---:', '---:']),
    sizeRow("Vite: `import 'totp-enroll'` up front", app.vite.initial),
    sizeRow('Vite: later (the flow, the API clients, qrcode)', app.vite.lazy),
    sizeRow("esbuild: `import 'totp-enroll'` up front", app.esbuild.initial),
    sizeRow('esbuild: later (the flow, the API clients, qrcode)', app.esbuild.lazy),
    '',
    `Bundled the same way (esbuild, minified ES modules, code splitting, browser), the element's`,
    `entry (\`dist/bundle.js\`) against \`@stytch/vanilla-js\` ${stytchVersion}'s \`StytchUIClient\`:`,
    '',
    row(['what', 'minified', 'gzip -9', 'brotli -q 11']),
    row(['---', '---:', '---:', '---:']),
    sizeRow('`totp-enroll` initial', ours.initial),
    sizeRow('`totp-enroll` lazy (the flow and qrcode)', ours.lazy),
    sizeRow('`StytchUIClient` initial', stytch.initial),
    ...(stytch.lazy.min ? [sizeRow('`StytchUIClient` lazy', stytch.lazy)] : []),
    '',
    `**StytchUIClient costs ${(stytch.initial.gzip / ours.initial.gzip).toFixed(1)}× the element's initial bundle** (gzip; `
      + `${(stytch.initial.brotli / ours.initial.brotli).toFixed(1)}× brotli).`,
    '',
    '### One element or both',
    '',
    `What a page pays for \`<totp-challenge>\` (\`import 'totp-enroll/challenge'\`) alone, and for both elements`,
    `(\`import 'totp-enroll'\` + \`import 'totp-enroll/challenge'\`), esbuild as above, Lit included. Budget for the`,
    `challenge alone: ${B(CHALLENGE_BUDGET_GZIP)} B gzip up front `
      + (challenge.initial.gzip >= CHALLENGE_BUDGET_GZIP ? '(**over budget: `npm run bench` fails**)' : '(within budget)')
      + `; target ${B(CHALLENGE_TARGET_GZIP)} B ` + (challenge.initial.gzip > CHALLENGE_TARGET_GZIP ? '(not met).' : '(met).')
      + ` With what it could load later — the recovery-code mode, the announcer, the request primitive, the icons, the`
      + ` Arabic and Persian digits, its own styles — deleted outright, no loader in their place, it is still`
      + ` **${B(challengeFloor.initial.gzip)} B**: Lit (~5.8 KB), the design tokens, the code field and the base element`
      + (challengeFloor.initial.gzip > CHALLENGE_TARGET_GZIP ? ' leave no way to the target but dropping the form itself.' : '.'),
    '',
    row(['what', 'minified', 'gzip -9', 'brotli -q 11']),
    row(['---', '---:', '---:', '---:']),
    sizeRow('`<totp-enroll>` only: up front', ours.initial),
    sizeRow('`<totp-challenge>` only: up front', challenge.initial),
    sizeRow('`<totp-challenge>` only: later (the code check, the API clients and the screens after it, from when the element connects)', challenge.lazy),
    sizeRow('both elements: up front', both.initial),
    sizeRow('both elements: later (the enrollment flow, the API clients, qrcode)', both.lazy),
    '',
    '### What costs what',
    '',
    'The initial esbuild bundle by module: minified bytes from esbuild\'s metafile, and the gzip bytes',
    'the bundle loses when the module is replaced by an empty stub (Lit: when Lit is left out). The',
    'element\'s own module cannot be taken out alone: its figure is its gzip size with Lit and every',
    'other module left out. The figures overlap a little (gzip shares strings across modules).',
    '',
    row(['module', 'minified', 'gzip -9 it costs']),
    row(['---', '---:', '---:']),
    ...modules.map((m) => row([`\`${m.name}\``, `${B(m.min)} B`, `${B(m.gzip)} B`])),
    '',
    '## Speed',
    '',
    'Chromium, the standalone bundle and the local backend in the same page (the element\'s',
    '`HttpTotpApi` with the backend\'s fetch handler in place of the network). "Painted": the QR',
    'image decoded and the next frame drawn.',
    '',
    row(['measure', 'median', 'p10 – p90', 'runs', '']),
    row(['---', '---:', '---:', '---:', '---']),
    timing('activation → QR painted', backendQr.map((s) => s.total), 'click on "Set up" to the QR on screen; includes the in-page backend'),
    timing('… of which the backend', backendQr.map((s) => s.backend), 'Hono routing, secret, PNG QR drawn by the backend, JSON'),
    timing('response → QR rendered', backendQr.map((s) => s.rendered), 'the element alone: validation, render, image decoded'),
    timing('response → QR painted', backendQr.map((s) => s.render), 'the same, to the next frame on screen (60 Hz frames)'),
    timing('response → QR rendered, element draws the QR', elementQr.map((s) => s.rendered), 'no `qr_code` from the backend: the qrcode chunk (loaded) draws an SVG'),
    timing('100 elements: upgrade → rendered', upgrade.map((s) => s.rendered), 'in the markup before the bundle runs (preloaded): run it, upgrade, first render of all'),
    timing('100 elements: upgrade → painted', upgrade.map((s) => s.painted), 'the same, to the next frame on screen'),
    timing('100 elements: create → rendered', create100.map((s) => s.rendered), 'element defined: `innerHTML` of 100 tags, first render of all'),
    timing('100 elements: create → painted', create100.map((s) => s.painted), 'the same, to the next frame on screen'),
    timing('enrolled user: connect → "on" state rendered', onState.map((s) => s.rendered), 'the user from the client (no request), the "on" state\'s chunk loaded once before'),
    timing('enrolled user: connect → "on" state painted', onState.map((s) => s.painted), 'the same, to the next frame on screen'),
    '',
    '## Memory',
    '',
    `${CYCLES.total} cycles of create → connect → "Set up" → QR painted → disconnect, on one page, with a`,
    'Create response fetched once and handed out again (the element alone is measured). Heap after',
    'a forced GC (CDP `HeapProfiler.collectGarbage`, `Runtime.getHeapUsage`; DOM counters from',
    '`Memory.getDOMCounters`); the objects counted in a heap snapshot (`HeapProfiler.takeHeapSnapshot`),',
    `V8's own (\`code\` and \`system / …\` nodes) apart from the page's; ${ms(heap.cycleMs)} per cycle.`,
    '',
    row(['after', 'JS heap used', 'the page\'s objects', 'V8\'s code and bookkeeping', 'DOM nodes', 'JS event listeners']),
    row(['---', '---:', '---:', '---:', '---:', '---:']),
    ...[[CYCLES.first, heap.first], [CYCLES.total, heap.last]].map(([n, at]) => row([`${n} cycles`, `${B(at.usedSize)} B`,
      `${B(at.own.objects)} (${B(at.own.bytes)} B)`, `${B(at.engine.objects)} (${B(at.engine.bytes)} B)`, B(at.nodes), B(at.jsEventListeners)])),
    '',
    `Growth over the last ${CYCLES.total - CYCLES.first} cycles: ${heapGrowth >= 0 ? '+' : ''}${B(heapGrowth)} B `
      + `(${(100 * heapGrowth / heap.first.usedSize).toFixed(1)} %, ${(heapGrowth / (CYCLES.total - CYCLES.first)).toFixed(0)} B per cycle), of which `
      + `V8's compiled code and bookkeeping ${signed(heap.last.engine.bytes - heap.first.engine.bytes)} B and the page's objects `
      + `${signed(ownGrowth.objects)} (${signed(ownGrowth.bytes)} B); `
      + `DOM nodes ${signed(heap.last.nodes - heap.first.nodes)}, listeners ${signed(heap.last.jsEventListeners - heap.first.jsEventListeners)}; `
      + `elements left in the page: ${heap.left}. `
      + (heap.last.nodes <= heap.first.nodes && ownGrowth.objects < (CYCLES.total - CYCLES.first) / 10
        ? 'No element is retained: the page keeps no object per cycle; what grows is V8 optimising the functions the cycles run (InstructionStream, WeakArrayList), which settles.'
        : '**Something is retained per cycle: look for listeners, timers or caches that outlive a disconnected element.**'),
    '',
  ];
  return lines.join('\n');
}

mkdirSync(work, { recursive: true });
console.log('▶ npm run build');
const built = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
// `npm run bench -- --phone`: only the phone profile (issue 21), its section of BENCHMARKS.md replaced.
const benchmarks = join(root, 'BENCHMARKS.md');
if (process.argv.includes('--phone')) {
  writeFileSync(benchmarks, withPhoneSection(readFileSync(benchmarks, 'utf8'), await measurePhone()));
  process.exit(0);
}
console.log('▶ sizes');
const sizeResults = await measureSizes();
sizeResults.app = await appSizes();
console.log('▶ Chromium');
const browserResults = await measureBrowser();
const overBudget = sizeResults.shipped.initial.gzip >= BUDGET_GZIP || sizeResults.challenge.initial.gzip >= CHALLENGE_BUDGET_GZIP;
const appOverBudget = Object.entries(sizeResults.app).filter(([, s]) => s.initial.gzip > APP_BUDGET_GZIP).map(([bundler]) => bundler);
console.log('▶ phone profile (CPU ×4, Slow 4G)');
const phone = await measurePhone();
writeFileSync(benchmarks, withPhoneSection(report(sizeResults, browserResults), phone));
console.log(readFileSync(benchmarks, 'utf8'));
if (overBudget) {
  console.error(`✖ over budget: dist/totp-enroll.bundle.js ${B(sizeResults.shipped.initial.gzip)} B (budget ${B(BUDGET_GZIP)}), totp-enroll/challenge ${B(sizeResults.challenge.initial.gzip)} B (budget ${B(CHALLENGE_BUDGET_GZIP)}) gzip. See BENCHMARKS.md.`);
  process.exit(1);
}
if (appOverBudget.length) {
  console.error(`✖ import 'totp-enroll' is over the ${B(APP_BUDGET_GZIP)} B gzip budget up front under ${appOverBudget.join(' and ')}.`);
  process.exit(1);
}
