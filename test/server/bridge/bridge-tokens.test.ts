import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import * as OTPAuth from 'otpauth';
import { createStytchBridge, type CredentialsBridgeOptions, type StytchBridge } from '../../../src/server/index.js';
import { startStytchApiStandin, type StytchApiStandin } from '../../support/stytch-api-standin.js';

/*
 * A session token the page could not read (an HttpOnly cookie) must not come back to page script
 * in a JSON body: Authenticate and Recover answer empty `session_token`/`session_jwt` when the
 * token came from the cookie, and refresh the cookie itself with Set-Cookie.
 */

const PUBLIC_TOKEN = 'public-token-test-bridge';
const codeFor = (secret: string) => OTPAuth.TOTP.generate({ secret: OTPAuth.Secret.fromBase32(secret) });

interface Answer { status: number; headers: Headers; text: string; json: any }

describe('bridge: a session token from the cookie stays out of the answer body', () => {
  let standin: StytchApiStandin;
  let bridge: StytchBridge;
  const options = (extra: Partial<CredentialsBridgeOptions> = {}): CredentialsBridgeOptions => ({
    ...standin.bridgeCredentials, ...extra,
  });
  before(async () => {
    standin = await startStytchApiStandin();
    bridge = createStytchBridge(options());
  });
  after(() => standin.close());
  beforeEach(() => { standin.requests.length = 0; });

  async function post(target: StytchBridge, path: string, body: unknown, auth: { cookie?: string; session?: string }): Promise<Answer> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (auth.cookie) headers.Cookie = auth.cookie;
    if (auth.session) headers.Authorization = `Basic ${btoa(`${PUBLIC_TOKEN}:${auth.session}`)}`;
    const response = await target.fetch(new Request(`http://127.0.0.1/sdk/v1${path}`, { method: 'POST', headers, body: JSON.stringify(body) }));
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, json: JSON.parse(text) };
  }

  /** A user with a verified TOTP and a fresh code, so Authenticate and Recover can be called. */
  async function enrolled(target = bridge, cookieName = 'stytch_session') {
    const { user_id, session_token } = standin.seedSession();
    const created = await post(target, '/totps', {}, { session: session_token });
    assert.equal(created.status, 200, created.text);
    const first = await post(target, '/totps/authenticate', { totp_code: codeFor(created.json.data.secret), session_duration_minutes: 60 }, { session: session_token });
    assert.equal(first.status, 200, first.text);
    standin.totps.get(user_id)!.last_used_step = null; // the next Authenticate may use the same step's code again
    return { user_id, session_token, secret: created.json.data.secret as string, recovery_codes: created.json.data.recovery_codes as string[], cookie: `${cookieName}=${session_token}` };
  }

  function assertRefreshedCookie(answer: Answer, name: string, token: string, minutes: number) {
    const setCookie = answer.headers.getSetCookie();
    assert.equal(setCookie.length, 1, setCookie.join('\n'));
    const [pair, ...attributes] = setCookie[0]!.split('; ');
    assert.equal(pair, `${name}=${token}`);
    assert.ok(attributes.includes('HttpOnly'), setCookie[0]);
    assert.ok(attributes.includes('Secure'), setCookie[0]);
    assert.ok(attributes.includes('SameSite=Lax'), setCookie[0]);
    assert.ok(attributes.includes('Path=/'), setCookie[0]);
    const maxAge = Number(attributes.find((a) => a.startsWith('Max-Age='))?.slice('Max-Age='.length));
    assert.ok(Math.abs(maxAge - minutes * 60) <= 5, `Max-Age=${maxAge} for a ${minutes}-minute session`);
    const expires = Date.parse(attributes.find((a) => a.startsWith('Expires='))?.slice('Expires='.length) ?? '');
    assert.ok(Math.abs(expires - Date.parse(answer.json.data.session.expires_at)) <= 1000,
      `Expires ${new Date(expires).toISOString()} vs the session's ${answer.json.data.session.expires_at}`);
  }

  it('Authenticate by cookie: empty session_token and session_jwt, the token nowhere in the body, the cookie refreshed', async () => {
    const { user_id, session_token, secret, cookie } = await enrolled();
    const answer = await post(bridge, '/totps/authenticate', { totp_code: codeFor(secret), session_duration_minutes: 90 }, { cookie });
    assert.equal(answer.status, 200, answer.text);
    assert.equal(answer.json.data.session_token, '');
    assert.equal(answer.json.data.session_jwt, '');
    assert.equal(answer.json.data.user_id, user_id);
    assert.ok(answer.json.data.session.authentication_factors.some((f: { type: string }) => f.type === 'totp'));
    assert.equal(answer.text.includes(session_token), false, 'the token is not in the body');
    assert.equal(answer.text.includes('standin-jwt'), false, 'nor is the JWT');
    assertRefreshedCookie(answer, 'stytch_session', session_token, 90);
  });

  it('Recover by cookie: the same', async () => {
    const { session_token, recovery_codes, cookie } = await enrolled();
    const answer = await post(bridge, '/totps/recover', { recovery_code: recovery_codes[0], session_duration_minutes: 30 }, { cookie });
    assert.equal(answer.status, 200, answer.text);
    assert.equal(answer.json.data.session_token, '');
    assert.equal(answer.json.data.session_jwt, '');
    assert.equal(answer.text.includes(session_token), false);
    assertRefreshedCookie(answer, 'stytch_session', session_token, 30);
  });

  it('by the Authorization header (the page had the token already): the tokens in the body, no Set-Cookie', async () => {
    const { session_token, secret, recovery_codes } = await enrolled();
    const verified = await post(bridge, '/totps/authenticate', { totp_code: codeFor(secret), session_duration_minutes: 60 }, { session: session_token, cookie: 'stytch_session=ignored-because-the-header-has-one' });
    assert.equal(verified.status, 200, verified.text);
    assert.equal(verified.json.data.session_token, session_token);
    assert.match(verified.json.data.session_jwt, /^standin-jwt\./);
    assert.deepEqual(verified.headers.getSetCookie(), []);
    const recovered = await post(bridge, '/totps/recover', { recovery_code: recovery_codes[1], session_duration_minutes: 60 }, { session: session_token });
    assert.equal(recovered.json.data.session_token, session_token);
    assert.deepEqual(recovered.headers.getSetCookie(), []);
  });

  it('a custom cookie name is the one refreshed; sessionCookieAttributes sets Domain, Path and SameSite', async () => {
    const custom = createStytchBridge(options({ sessionCookie: 'app_session', sessionCookieAttributes: { domain: 'example.com', path: '/app', sameSite: 'Strict' } }));
    const { session_token, secret, cookie } = await enrolled(custom, 'app_session');
    const answer = await post(custom, '/totps/authenticate', { totp_code: codeFor(secret), session_duration_minutes: 60 }, { cookie });
    assert.equal(answer.status, 200, answer.text);
    const [setCookie] = answer.headers.getSetCookie();
    assert.match(setCookie!, new RegExp(`^app_session=${session_token}; `));
    for (const attribute of ['Domain=example.com', 'Path=/app', 'SameSite=Strict', 'HttpOnly', 'Secure']) {
      assert.ok(setCookie!.split('; ').includes(attribute), `${attribute} in ${setCookie}`);
    }
  });

  it('sessionCookieAttributes: false (the app manages a script-readable cookie): empty tokens, and no Set-Cookie', async () => {
    const hands = createStytchBridge(options({ sessionCookieAttributes: false }));
    const { session_token, secret, cookie } = await enrolled(hands);
    const answer = await post(hands, '/totps/authenticate', { totp_code: codeFor(secret), session_duration_minutes: 60 }, { cookie });
    assert.equal(answer.status, 200, answer.text);
    assert.equal(answer.json.data.session_token, '');
    assert.equal(answer.json.data.session_jwt, '');
    assert.equal(answer.text.includes(session_token), false);
    assert.deepEqual(answer.headers.getSetCookie(), []);
  });

  it('a __Host- cookie name with a Domain or another Path is refused when the bridge is created', () => {
    assert.throws(() => createStytchBridge(options({ sessionCookie: '__Host-session', sessionCookieAttributes: { domain: 'example.com' } })), /__Host-/);
    assert.throws(() => createStytchBridge(options({ sessionCookie: '__Host-session', sessionCookieAttributes: { path: '/app' } })), /__Host-/);
    assert.doesNotThrow(() => createStytchBridge(options({ sessionCookie: '__Host-session' })));
  });
});
