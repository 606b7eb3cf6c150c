// The README's first page and its copy command, taken from README.md and run as written in a fresh
// project with the packed package installed: the page is served from public/ (nothing else of the
// package is reachable) by a server that mounts the installed local backend, as the README's own
// server mounts the bridge. In Chromium a user sets up an authenticator and the page's listener logs
// "enrolled totp-…". Needs `npm run build` first; run by `npm test`.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as OTPAuth from 'otpauth';
import { launchChromium, readyStartButton } from '../support/package-pages.mjs';
import { packedProject, pinned, root } from '../support/packed-project.mjs';

const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The README's first code block in `language`. */
function firstBlock(language) {
  const block = readme.match(new RegExp('```' + language + '\\n([\\s\\S]*?)```'));
  assert.ok(block, `README.md has no ${language} block`);
  return block[1];
}

// Only public/ is served (no node_modules/, no dist/), and the installed local backend answers /sdk/.
const SERVER = `
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { createStytchBackend } from 'totp-enroll/server';
import { nodeMiddleware } from 'totp-enroll/server/node';

const backend = nodeMiddleware(createStytchBackend({ demoUser: true }).fetch);
const types = { '.html': 'text/html', '.js': 'text/javascript' };
const server = createServer((req, res) => backend(req, res, async () => {
  const path = normalize(new URL(req.url, 'http://x').pathname);
  const file = join('public', path.endsWith('/') ? path + 'index.html' : path);
  let body;
  try {
    body = await readFile(file);
  } catch {
    return res.writeHead(404).end();
  }
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
}));
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`;

describe("the README's first page, followed literally in a fresh project", { timeout: 240_000 }, () => {
  let work;
  let project;
  let server;
  let origin;
  let browser;

  before(async () => {
    ({ work, project } = packedProject(['hono', '@hono/node-server', 'otpauth'].map(pinned)));
    const page = firstBlock('html');
    const [, pagePath] = page.match(/^<!-- (\S+) -->/) ?? [];
    assert.equal(pagePath, 'public/index.html', "the README's page says where it goes");
    writeFileSync(join(project, pagePath), page);
    // The README's command, run by the shell as a reader would paste it.
    execFileSync('sh', ['-c', firstBlock('sh')], { cwd: project, stdio: 'pipe' });
    writeFileSync(join(project, 'server.mjs'), SERVER);

    server = spawn(process.execPath, ['server.mjs'], { cwd: project, stdio: ['ignore', 'pipe', 'inherit'] });
    const port = await new Promise((resolvePort, reject) => {
      server.stdout.once('data', (chunk) => resolvePort(Number(String(chunk).trim())));
      server.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
    });
    origin = `http://127.0.0.1:${port}`;
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    server?.kill();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('copies only the bundle and its chunks', () => {
    const copied = execFileSync('find', ['public', '-type', 'f'], { cwd: project, encoding: 'utf8' }).trim().split('\n').sort();
    assert.ok(copied.includes('public/totp-enroll/totp-enroll.bundle.js'), copied.join(', '));
    assert.deepEqual(copied.filter((f) => !/^public\/(index\.html|totp-enroll\/(totp-enroll\.bundle\.js|chunks\/[\w.-]+\.js))$/.test(f)), []);
  });

  it('enrolls: Set up, scan, the first code, and the page logs "enrolled totp-…"', async () => {
    const page = await browser.newPage();
    const problems = [];
    const logs = [];
    let logged;
    const firstLog = new Promise((resolve) => { logged = resolve; });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('response', (response) => { if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`${response.status()} ${response.url()}`); });
    page.on('console', (message) => {
      // A browser asks every site for a favicon; the README's page has none.
      if (message.location()?.url?.endsWith('/favicon.ico')) return;
      if (message.type() !== 'log') return problems.push(`${message.type()}: ${message.text()}`);
      logs.push(message.text());
      logged();
    });
    try {
      await page.goto(`${origin}/`, { waitUntil: 'load' });
      // The test's own listener, beside the page's: the secret, to compute the code an app would show.
      await page.evaluate(() => document.querySelector('totp-enroll').addEventListener('totp-created', (event) => {
        document.body.dataset.secret = event.detail.secret;
      }));
      await (await readyStartButton(page)).click();
      const secret = await (await page.waitForFunction(() => document.body.dataset.secret, { timeout: 15_000 })).jsonValue();
      await (await page.waitForSelector('totp-enroll >>> button[part~="next-button"]')).click();
      const input = await page.waitForSelector('totp-enroll >>> input[part~="code-input"]');
      await input.type(OTPAuth.TOTP.generate({ secret: OTPAuth.Secret.fromBase32(secret) }));
      await page.waitForFunction(() => document.querySelector('totp-enroll').state === 'verified', { timeout: 15_000 });
      await firstLog;
      assert.equal(logs.length, 1, logs.join('\n'));
      assert.match(logs[0], /^enrolled totp-\S+$/);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });
});
