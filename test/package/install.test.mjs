// The package as a user gets it: `npm pack`, installed into a fresh project, then used two ways
// in Chromium on that project's own server (which mounts the installed `totp-enroll/server`):
// bundled by the project (esbuild, as any bundler would) and as the standalone bundle in a
// plain <script type="module">. Needs `npm run build` first; run by `npm test`.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { findChromium } from '../../scripts/find-chromium.mjs';
import { packedProject, pinned, pkg, root } from '../support/packed-project.mjs';
import { readyStartButton } from '../support/package-pages.mjs';

const tsc = join(root, 'node_modules/typescript/bin/tsc');

// The consumer's own code: the element from the package, with a `TotpApi` wrapping the
// package's HttpTotpApi; it records what the page shows for the test to read.
const CONSUMER_APP = `
import 'totp-enroll';
import type { TotpApi } from 'totp-enroll';
import { HttpTotpApi } from 'totp-enroll/api';

const http = new HttpTotpApi();
const client: TotpApi = { create: (p, o) => http.create(p, o), authenticate: (p, o) => http.authenticate(p, o) };
const el = document.createElement('totp-enroll');
el.setAttribute('expiration-minutes', '10');
// A page-set issuer makes the element draw the QR itself (with the vendored qrcode module) rather than show the backend's.
el.setAttribute('issuer', 'Consumer app');
el.client = client;
el.addEventListener('totp-created', (event) => { document.body.dataset.created = event.detail.totp_id; });
document.body.append(el);
`;

// The standalone bundle in a plain page. The client drops the backend's QR image, so the
// element draws its own with the lazily loaded qrcode chunk.
const STANDALONE_PAGE = `<!doctype html><meta charset="utf-8"><title>standalone</title>
<script type="module">
  import '/totp-enroll/totp-enroll.bundle.js';
  // The bundle holds the element; the clients are the package's plain ES modules beside it.
  import { HttpTotpApi } from '/totp-enroll/api/http-client.js';
  const http = new HttpTotpApi();
  const el = document.querySelector('totp-enroll');
  el.client = { create: async (p, o) => ({ ...(await http.create(p, o)), qr_code: '' }), authenticate: (p, o) => http.authenticate(p, o) };
  el.addEventListener('totp-created', (event) => { document.body.dataset.created = event.detail.totp_id; });
</script>
<totp-enroll expiration-minutes="10"></totp-enroll>`;

// The consumer's server: its static files, the installed package's dist/ under /totp-enroll/,
// and the installed local backend on /sdk/.
const CONSUMER_SERVER = `
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { createStytchBackend } from 'totp-enroll/server';
import { nodeMiddleware } from 'totp-enroll/server/node';

// The pages enrol without logging in, as the demo user.
const backend = nodeMiddleware(createStytchBackend({ demoUser: true }).fetch);
const types = { '.html': 'text/html', '.js': 'text/javascript' };
const roots = [['/totp-enroll/', 'node_modules/totp-enroll/dist/'], ['/', 'public/']];
const server = createServer((req, res) => backend(req, res, async () => {
  const path = normalize(new URL(req.url, 'http://x').pathname);
  const [prefix, dir] = roots.find(([prefix]) => path.startsWith(prefix));
  const file = join(dir, path.slice(prefix.length) || 'index.html');
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
}));
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`;

describe('the packed package in a fresh project', { timeout: 240_000 }, () => {
  let work;
  let project;
  let files;
  let server;
  let origin;
  let browser;

  before(async () => {
    // The local backend's packages are optional peers: a project that mounts it installs them.
    ({ work, project, files } = packedProject(Object.keys(pkg.peerDependencies).map(pinned)));

    writeFileSync(join(project, 'app.ts'), CONSUMER_APP);
    writeFileSync(join(project, 'server.mjs'), CONSUMER_SERVER);
    writeFileSync(join(project, 'public/standalone.html'), STANDALONE_PAGE);
    writeFileSync(join(project, 'public/index.html'),
      '<!doctype html><meta charset="utf-8"><title>bundled</title><script type="module" src="/app.js"></script>');

    server = spawn(process.execPath, ['server.mjs'], { cwd: project, stdio: ['ignore', 'pipe', 'inherit'] });
    const port = await new Promise((resolvePort, reject) => {
      server.stdout.once('data', (chunk) => resolvePort(Number(String(chunk).trim())));
      server.once('exit', (code) => reject(new Error(`the consumer's server exited (${code})`)));
    });
    origin = `http://127.0.0.1:${port}`;
    browser = await puppeteer.launch({
      executablePath: findChromium(),
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
    });
  });

  after(async () => {
    await browser?.close();
    server?.kill();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('packs the built element, bundle, typings, server and manifest, and no sources or tests', () => {
    for (const expected of [
      'package.json', 'README.md', 'custom-elements.json', 'dist/index.js', 'dist/index.d.ts',
      'dist/totp-enroll.bundle.js', 'dist/challenge.js', 'dist/server/index.js', 'dist/server/node.js', 'dist/server/node.d.ts',
      'dist/frameworks/react.d.ts', 'dist/frameworks/vue.d.ts', 'dist/frameworks/svelte.d.ts',
    ]) assert.ok(files.includes(expected), `${expected} is missing from the tarball`);
    assert.ok(files.some((f) => /^dist\/chunks\/qrcode-.+\.js$/.test(f)), 'the lazy qrcode chunk is missing');
    assert.deepEqual(files.filter((f) => /^(src|test|scripts|demo|docs)\//.test(f)), []);
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules/totp-enroll/custom-elements.json'), 'utf8'));
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter(Boolean);
    assert.deepEqual(tags.sort(), ['totp-challenge', 'totp-enroll']);
  });

  it('keeps the local backend out of the standalone bundle and its chunks', () => {
    for (const file of files.filter((f) => /^dist\/(totp-enroll\.bundle|chunks\/)/.test(f))) {
      const code = readFileSync(join(project, 'node_modules/totp-enroll', file), 'utf8');
      assert.doesNotMatch(code, /hono|createStytchBackend|otpauth\.TOTP/i, `${file} holds server code`);
    }
  });

  it("type-checks the consumer's code against the installed typings", () => {
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {
        target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', strict: true, noEmit: true,
        lib: ['ES2022', 'DOM', 'DOM.Iterable'], skipLibCheck: true, types: [],
      },
      files: ['app.ts'],
    }));
    execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: project, stdio: 'pipe' });
  });

  it('bundled by the project, the element creates a TOTP on the installed backend and draws the QR (ES modules only)', async () => {
    const result = await build({
      absWorkingDir: project, entryPoints: ['app.ts'], outdir: 'public', bundle: true, splitting: true,
      format: 'esm', target: 'es2022', minify: true, metafile: true, logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    assert.ok(inputs.some((i) => i.startsWith('node_modules/totp-enroll/dist/')), 'not built from the installed package');
    assert.ok(!inputs.some((i) => i.includes('/server/')), 'server code reached the browser bundle');
    // The element draws the QR with the ES module the package ships, never CommonJS qrcode.
    assert.ok(inputs.includes('node_modules/totp-enroll/dist/vendor/qrcode.js'), 'the vendored qrcode module is not used');
    assert.ok(!inputs.some((i) => i.startsWith('node_modules/qrcode/')), 'CommonJS qrcode reached the browser bundle');

    const created = await setUpInChromium(`${origin}/`);
    assert.match(created.totpId, /^totp-/);
    assert.match(created.qrSrc, /^data:image\/svg\+xml/);
  });

  it('as the standalone bundle in a plain page, it loads the qrcode chunk and draws the QR itself', async () => {
    const created = await setUpInChromium(`${origin}/standalone.html`);
    assert.match(created.totpId, /^totp-/);
    assert.match(created.qrSrc, /^data:image\/svg\+xml/);
    assert.ok(created.scripts.some((src) => /\/totp-enroll\/chunks\/qrcode-.+\.js$/.test(src)), 'the qrcode chunk was not loaded');
  });

  /** Opens the page, clicks "Set up authenticator app" and waits for the QR image to be decoded. */
  async function setUpInChromium(url) {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const scripts = [];
    page.on('response', (response) => { if (response.request().resourceType() === 'script') scripts.push(response.url()); });
    try {
      await page.goto(url, { waitUntil: 'load' });
      const button = await readyStartButton(page);
      assert.equal((await button.evaluate((b) => b.textContent)).trim(), 'Set up authenticator app');
      await button.click();
      await page.waitForFunction(() => document.body.dataset.created, { timeout: 15_000 });
      const qr = await page.waitForSelector('totp-enroll >>> img[part~="qr-image"]');
      const qrSrc = await qr.evaluate(async (img) => { await img.decode(); return img.naturalWidth > 0 ? img.src : ''; });
      assert.deepEqual(errors, []);
      return { totpId: await page.evaluate(() => document.body.dataset.created), qrSrc, scripts };
    } finally {
      await page.close();
    }
  }
});
