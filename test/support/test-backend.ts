/*
 * The local backend as the browser tests see it: the real fetch handler on the test
 * runner's own origin, with a clock the tests can move forward and a way to get a
 * fresh user per test, through a few test-only routes under /__test__/.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createStytchBackend, seedUserSession } from '../../src/server/index.js';
import { DEMO_USER_ID } from '../../src/server/local/users.js';
import { nodeMiddleware } from '../../src/server/node.js';
import type { Fixture } from './fixture.js';

let clockOffsetMs = 0;
export const backend = createStytchBackend({ demoUser: true, now: () => Date.now() + clockOffsetMs });
const forwardToBackend = nodeMiddleware(backend.fetch);

function sendJson(res: ServerResponse, body: unknown) {
  res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

interface FixtureEntry { fixture: Fixture; hits: number }
const fixtures = new Map<string, FixtureEntry>();
let fixtureCount = 0;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => { text += chunk; });
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

async function serveFixture(fixture: Fixture, req: IncomingMessage, res: ServerResponse) {
  await readBody(req);
  if (fixture.hang) return; // the socket stays open until the client gives up
  if (fixture.delay_ms) await new Promise((r) => setTimeout(r, fixture.delay_ms));
  if (fixture.reset) { req.socket.destroy(); return; }
  const origin = req.headers.origin;
  res.writeHead(fixture.status ?? 200, {
    'Content-Type': 'application/json',
    ...(origin ? { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true' } : {}),
    ...fixture.headers,
  });
  const body = fixture.body ?? '';
  if (fixture.reset_mid_body) {
    res.flushHeaders();
    res.write(body.slice(0, Math.ceil(body.length / 2)));
    setTimeout(() => req.socket.destroy(), 50);
    return;
  }
  for (let i = 0; i < (fixture.repeat ?? 1); i++) {
    if (!res.write(body)) await new Promise((r) => res.once('drain', r));
    if (res.destroyed) return;
  }
  res.end();
}

/** Forwards a fixture request to the real backend, after the fixture's delay, minus the fixture prefix. */
async function proxyToBackend(fixture: Fixture, prefixLength: number, req: IncomingMessage, res: ServerResponse, next: () => void) {
  if (fixture.delay_ms) await new Promise((r) => setTimeout(r, fixture.delay_ms));
  // The page gave up (an abort) while the request waited: nobody is left to answer.
  if (req.destroyed || res.destroyed) return;
  req.url = (req.url ?? '/').slice(prefixLength);
  forwardToBackend(req, res, next);
}

/**
 * How the enrollment flow's chunk is served (test/isolated): failing with 503, as a flaky
 * network or a blocked script would, or after a delay, to act while it loads.
 */
const flowChunk = { fail: false, delayMs: 0 };
export function flowChunkBehaviour(): Readonly<typeof flowChunk> {
  return flowChunk;
}

/** Connect-style middleware: /sdk/ → the backend; /__test__/ → test controls. */
export function testBackendMiddleware(req: IncomingMessage, res: ServerResponse, next: () => void) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/__test__/clock' && req.method === 'POST') {
    const advance = Number(url.searchParams.get('advance_ms') ?? 0);
    clockOffsetMs = url.searchParams.has('reset') ? 0 : clockOffsetMs + advance;
    return sendJson(res, { offset_ms: clockOffsetMs });
  }
  if (url.pathname === '/__test__/session' && req.method === 'POST') {
    return Promise.resolve(seedUserSession(backend, { email: url.searchParams.get('email') ?? undefined, userId: url.searchParams.get('user_id') ?? undefined }))
      .then((seeded) => sendJson(res, seeded), next);
  }
  // The demo user (every call without a session) as new: no authenticator app, whatever an earlier test enrolled.
  if (url.pathname === '/__test__/demo-user/reset' && req.method === 'POST') {
    const totp = backend.store.getTotp(DEMO_USER_ID);
    if (totp) backend.store.deleteTotp(DEMO_USER_ID, totp.totp_id);
    return sendJson(res, { reset: true });
  }
  if (url.pathname === '/__test__/flow-chunk' && req.method === 'POST') {
    flowChunk.fail = url.searchParams.get('fail') === '1';
    flowChunk.delayMs = Number(url.searchParams.get('delay_ms') ?? 0);
    return sendJson(res, flowChunk);
  }
  if (url.pathname === '/__test__/fixtures' && req.method === 'POST') {
    return readBody(req).then((text) => {
      const id = `f${++fixtureCount}`;
      fixtures.set(id, { fixture: JSON.parse(text) as Fixture, hits: 0 });
      sendJson(res, { id, base: `/__test__/fixture/${id}` });
    }, next);
  }
  // GET /__test__/fixtures/<id>: how many requests reached the fixture (answered or not).
  const statsMatch = /^\/__test__\/fixtures\/([^/]+)$/.exec(url.pathname);
  if (statsMatch && req.method === 'GET') {
    return sendJson(res, { hits: fixtures.get(statsMatch[1]!)?.hits ?? 0 });
  }
  const fixtureMatch = /^\/__test__\/fixture\/([^/]+)\//.exec(url.pathname);
  if (fixtureMatch) {
    const entry = fixtures.get(fixtureMatch[1]!);
    if (entry && !entry.fixture.lookups && req.method === 'GET' && url.pathname.endsWith('/sdk/v1/users/me')) {
      return void proxyToBackend({}, fixtureMatch[0].length - 1, req, res, next);
    }
    if (entry) {
      const hit = ++entry.hits;
      const { fixture } = entry;
      if (fixture.proxy_after !== undefined && hit > fixture.proxy_after) {
        return void proxyToBackend(fixture, fixtureMatch[0].length - 1, req, res, next);
      }
      return void serveFixture(fixture, req, res).catch(next);
    }
  }
  return forwardToBackend(req, res, next);
}
