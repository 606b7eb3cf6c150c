import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createStytchBridge, type StytchBackendClient, type StytchBridge } from '../../../src/server/index.js';
import { startStytchApiStandin, type StytchApiStandin } from '../../support/stytch-api-standin.js';

/*
 * Logout: `POST /sdk/v1/sessions/revoke` (what Stytch's SDK sends for `session.revoke()`) revokes
 * the presented session at Stytch, and clears the session cookie when the token came from it.
 */

const PUBLIC_TOKEN = 'public-token-test-bridge';
const CLEARED = 'stytch_session=; Max-Age=0; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; Secure; SameSite=Lax';

async function revoke(bridge: StytchBridge, auth: { cookie?: string; session?: string } = {}) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (auth.cookie) headers.Cookie = auth.cookie;
  if (auth.session) headers.Authorization = `Basic ${btoa(`${PUBLIC_TOKEN}:${auth.session}`)}`;
  const response = await bridge.fetch(new Request('http://127.0.0.1/sdk/v1/sessions/revoke', { method: 'POST', headers, body: '{}' }));
  return { status: response.status, headers: response.headers, json: await response.json() as any };
}

describe('bridge: logout (sessions/revoke)', () => {
  let standin: StytchApiStandin;
  let bridge: StytchBridge;
  before(async () => {
    standin = await startStytchApiStandin();
    bridge = createStytchBridge({ ...standin.bridgeCredentials });
  });
  after(() => standin.close());
  beforeEach(() => { standin.requests.length = 0; });

  const createWith = async (auth: { cookie?: string; session?: string }) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (auth.cookie) headers.Cookie = auth.cookie;
    if (auth.session) headers.Authorization = `Basic ${btoa(`${PUBLIC_TOKEN}:${auth.session}`)}`;
    return (await bridge.fetch(new Request('http://127.0.0.1/sdk/v1/totps', { method: 'POST', headers, body: '{}' }))).status;
  };

  it('by cookie: Stytch revokes that session (one call), the answer is Stytch\'s, the cookie is cleared', async () => {
    const { session_token } = standin.seedSession();
    const answer = await revoke(bridge, { cookie: `stytch_session=${session_token}` });
    assert.equal(answer.status, 200, JSON.stringify(answer.json));
    assert.equal(answer.json.data.status_code, 200);
    assert.match(answer.json.data.request_id, /^request-test-standin-/);
    assert.deepEqual(Object.keys(answer.json.data).sort(), ['request_id', 'status_code']);
    assert.deepEqual(standin.requests.map((r) => [r.path, r.body]), [['/v1/sessions/revoke', { session_token }]]);
    assert.deepEqual(answer.headers.getSetCookie(), [CLEARED]);
    assert.equal(answer.headers.get('Cache-Control'), 'no-store');
    assert.equal(await createWith({ cookie: `stytch_session=${session_token}` }), 401, 'the session is gone');
  });

  it('by the Authorization header: revoked, and no cookie is touched', async () => {
    const { session_token } = standin.seedSession();
    const answer = await revoke(bridge, { session: session_token });
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.headers.getSetCookie(), []);
    assert.equal(await createWith({ session: session_token }), 401);
  });

  it('a custom cookie name and attributes are the ones cleared', async () => {
    const custom = createStytchBridge({
      ...standin.bridgeCredentials,
      sessionCookie: 'app_session', sessionCookieAttributes: { domain: 'example.com', path: '/app', sameSite: 'Strict' },
    });
    const { session_token } = standin.seedSession();
    const answer = await revoke(custom, { cookie: `app_session=${session_token}` });
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.headers.getSetCookie(), [
      'app_session=; Max-Age=0; Domain=example.com; Path=/app; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; Secure; SameSite=Strict',
    ]);
  });

  it('sessionCookieAttributes: false: revoked, and the cookie is left to the app', async () => {
    const hands = createStytchBridge({
      ...standin.bridgeCredentials, sessionCookieAttributes: false,
    });
    const { session_token } = standin.seedSession();
    const answer = await revoke(hands, { cookie: `stytch_session=${session_token}` });
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.headers.getSetCookie(), []);
    assert.equal(await createWith({ cookie: `stytch_session=${session_token}` }), 401);
  });

  it('no session: 401 and Stytch is not asked', async () => {
    const answer = await revoke(bridge);
    assert.equal(answer.status, 401);
    assert.equal(answer.json.error_type, 'unauthorized_credentials');
    assert.deepEqual(standin.requests, []);
  });

  it('a session Stytch does not know (already revoked, expired): 401, and the dead cookie is cleared all the same', async () => {
    const { session_token } = standin.seedSession();
    standin.expireSession(session_token);
    const answer = await revoke(bridge, { cookie: `stytch_session=${session_token}` });
    assert.equal(answer.status, 401);
    assert.equal(answer.json.error_type, 'unauthorized_credentials');
    assert.deepEqual(answer.headers.getSetCookie(), [CLEARED]);
  });

  it('Stytch\'s 429 passes on as it is, and the cookie is kept (the session may still be live)', async () => {
    const { session_token } = standin.seedSession();
    standin.answerOnce('/v1/sessions/revoke', {
      status: 429, headers: { 'Retry-After': '3' },
      body: { status_code: 429, request_id: 'request-test-standin-limited', error_type: 'too_many_requests', error_message: 'Too many requests.', error_url: 'https://stytch.com/docs/api/errors/429' },
    });
    const answer = await revoke(bridge, { cookie: `stytch_session=${session_token}` });
    assert.equal(answer.status, 429);
    assert.equal(answer.headers.get('Retry-After'), '3');
    assert.deepEqual(answer.headers.getSetCookie(), []);
  });

  for (const [status, expected, cleared] of [[400, 401, true], [404, 401, true], [499, 401, true], [500, 500, false], [503, 503, false]] as const) {
    it(`Stytch answers ${status}: the browser gets ${expected}, and the cookie is ${cleared ? 'cleared (a dead token)' : 'kept (the session may still be live)'}`, async () => {
      const { session_token } = standin.seedSession();
      standin.answerOnce('/v1/sessions/revoke', {
        status,
        body: { status_code: status, request_id: 'request-test-standin-r', error_type: status < 500 ? 'session_not_found' : 'internal_server_error', error_message: 'No.', error_url: `https://stytch.com/docs/api/errors/${status}` },
      });
      const answer = await revoke(bridge, { cookie: `stytch_session=${session_token}` });
      assert.equal(answer.status, expected);
      if (expected === 401) assert.equal(answer.json.error_message, 'The session is unknown or has expired: sign in again.');
      assert.deepEqual(answer.headers.getSetCookie(), cleared ? [CLEARED] : []);
    });
  }

  it('an application client that fails with something other than a Stytch answer: 500, and the cookie is kept', async () => {
    const client = { sessions: { revoke: async () => { throw Object.assign(new Error('socket hang up'), { status: 404 }); } } } as unknown as StytchBackendClient;
    const answer = await revoke(createStytchBridge({ client, log: () => {} }), { cookie: 'stytch_session=session-token-test-0001' });
    assert.equal(answer.status, 500);
    assert.deepEqual(answer.headers.getSetCookie(), []);
  });

  it('no session: the message says to sign in', async () => {
    assert.equal((await revoke(bridge)).json.error_message, 'No session: sign in first.');
  });

  it('with the application\'s own client: sessions.revoke({session_token})', async () => {
    const calls: unknown[] = [];
    const client = {
      sessions: { revoke: async (args: unknown) => { calls.push(args); return { request_id: 'request-id-stytch-r', status_code: 200 }; } },
    } as unknown as StytchBackendClient;
    const answer = await revoke(createStytchBridge({ client }), { session: 'session-token-test-0001' });
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.json, { data: { request_id: 'request-id-stytch-r', status_code: 200 } });
    assert.deepEqual(calls, [{ session_token: 'session-token-test-0001' }]);
  });
});
