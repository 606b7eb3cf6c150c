import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createStytchBridge, seedUserSession, type StytchBridge } from '../../../src/server/index.js';
import { startStytchApiStandin, type StytchApiStandin } from '../../support/stytch-api-standin.js';
import { call as callBackend, newBackend } from '../harness.js';

/*
 * Cookie tossing: a page on a sibling subdomain (or a man in the middle on plain http) can set a
 * second `stytch_session` cookie, with a more specific Path or Domain, that the browser sends
 * *before* the victim's own. A server that takes the first one acts for the attacker's session
 * with the victim at the keyboard. Both servers refuse a Cookie header naming the session cookie
 * twice, through the one helper in src/server/http/session-cookie.ts.
 */

const PUBLIC_TOKEN = 'public-token-test-bridge';

async function bridgeCall(bridge: StytchBridge, cookie: string) {
  const response = await bridge.fetch(new Request('http://127.0.0.1/sdk/v1/totps', {
    method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: cookie }, body: '{"expiration_minutes":60}',
  }));
  return { status: response.status, json: await response.json() as any };
}

describe('duplicate session cookies: the bridge', () => {
  let standin: StytchApiStandin;
  let bridge: StytchBridge;
  before(async () => {
    standin = await startStytchApiStandin();
    bridge = createStytchBridge({
      ...standin.bridgeCredentials,
      publicToken: PUBLIC_TOKEN,
    });
  });
  after(() => standin.close());
  beforeEach(() => { standin.requests.length = 0; });

  it('refuses stytch_session=ATTACKER; stytch_session=VICTIM with 400, and asks Stytch nothing', async () => {
    const attacker = standin.seedSession();
    const victim = standin.seedSession();
    for (const cookie of [
      `stytch_session=${attacker.session_token}; stytch_session=${victim.session_token}`,
      `theme=dark; stytch_session=${attacker.session_token};stytch_session=${victim.session_token}`,
      `stytch_session=${victim.session_token}; stytch_session=${victim.session_token}`,
      ` stytch_session =${attacker.session_token}; stytch_session=${victim.session_token}`,
    ]) {
      const answer = await bridgeCall(bridge, cookie);
      assert.equal(answer.status, 400, cookie);
      assert.equal(answer.json.status_code, 400);
      assert.equal(answer.json.error_type, 'duplicate_session_cookie');
      assert.match(answer.json.error_message, /stytch_session.*more than once/);
    }
    assert.deepEqual(standin.requests, [], 'neither session is looked up');
    assert.equal(standin.totps.size, 0);
  });

  it('a cookie whose name only extends the session cookie\'s (stytch_session_jwt) is not a second one', async () => {
    const { user_id, session_token } = standin.seedSession();
    const answer = await bridgeCall(bridge, `stytch_session_jwt=header.payload.signature; stytch_session=${session_token}; xstytch_session=x`);
    assert.equal(answer.status, 200, JSON.stringify(answer.json));
    assert.equal(answer.json.data.user_id, user_id);
  });

  it('the Authorization header\'s token is used as before: the cookies are not read then', async () => {
    const { user_id, session_token } = standin.seedSession();
    const response = await bridge.fetch(new Request('http://127.0.0.1/sdk/v1/totps', {
      method: 'POST', body: '{}',
      headers: {
        'Content-Type': 'application/json', Authorization: `Basic ${btoa(`${PUBLIC_TOKEN}:${session_token}`)}`,
        Cookie: 'stytch_session=a; stytch_session=b',
      },
    }));
    assert.equal(response.status, 200);
    assert.equal(((await response.json()) as any).data.user_id, user_id);
  });

  it('a custom cookie name is the one counted', async () => {
    const custom = createStytchBridge({
      ...standin.bridgeCredentials,
      sessionCookie: '__Host-app_session',
    });
    const { session_token } = standin.seedSession();
    const twice = await bridgeCall(custom, `__Host-app_session=${session_token}; __Host-app_session=${session_token}`);
    assert.equal(twice.status, 400);
    assert.match(twice.json.error_message, /__Host-app_session/);
    const once = await bridgeCall(custom, `stytch_session=x; __Host-app_session=${session_token}; stytch_session=y`);
    assert.equal(once.status, 200);
  });
});

describe('duplicate session cookies: the local backend', () => {
  it('refuses stytch_session=ATTACKER; stytch_session=VICTIM with 400 and creates nothing', async () => {
    const { backend } = newBackend();
    const attacker = seedUserSession(backend);
    const victim = seedUserSession(backend);
    const answer = await callBackend(backend, '/totps', {
      cookie: `stytch_session=${attacker.session_token}; stytch_session=${victim.session_token}`, body: { expiration_minutes: 60 },
    });
    assert.equal(answer.status, 400);
    assert.equal(answer.json.error_type, 'duplicate_session_cookie');
    const once = await callBackend(backend, '/totps', {
      cookie: `stytch_session_jwt=x.y.z; stytch_session=${victim.session_token}`, body: { expiration_minutes: 60 },
    });
    assert.equal(once.status, 200);
    assert.equal(once.json.data.user_id, victim.user_id);
  });
});
