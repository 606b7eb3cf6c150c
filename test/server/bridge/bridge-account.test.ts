import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import * as OTPAuth from 'otpauth';
import { createStytchBridge, defaultSecondFactorRule, type SecondFactorRuleContext, type StytchBridge } from '../../../src/server/index.js';
import { startStytchApiStandin, type StytchApiStandin } from '../../support/stytch-api-standin.js';

/*
 * The bridge's calls about an enrolled user, with the real `stytch` package against the TLS
 * stand-in: GET /users/me → users.get, POST /totps/recovery_codes → totps.recoveryCodes,
 * DELETE /users/totps/:id → users.deleteTOTP. Stytch's secret-key API checks no session for any of
 * them (and deleteTOTP takes no user at all), so the bridge's own checks come first, before any
 * Stytch call but `sessions.authenticate`.
 */

const PUBLIC_TOKEN = 'public-token-test-bridge';

async function send(bridge: StytchBridge, method: string, path: string, session: string, body?: unknown) {
  const response = await bridge.fetch(new Request(`http://127.0.0.1/sdk/v1${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Basic ${btoa(`${PUBLIC_TOKEN}:${session}`)}` },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  }));
  return { status: response.status, json: await response.json() as any };
}

describe('bridge: the enrolled user (users.get, totps.recoveryCodes, users.deleteTOTP)', () => {
  let standin: StytchApiStandin;
  let bridge: StytchBridge;
  const stytchCalls = () => standin.requests.map((r) => `${r.method} ${r.path}`);

  before(async () => {
    standin = await startStytchApiStandin();
    bridge = createStytchBridge({ ...standin.bridgeCredentials, log: () => {} });
  });
  after(() => standin.close());
  beforeEach(() => { standin.requests.length = 0; });

  /** A user who enrolled through the bridge: `twoFactor` passed the TOTP, `oneFactor` is a later e-mail login. */
  async function enrolled() {
    const first = standin.seedSession();
    const created = await send(bridge, 'POST', '/totps', first.session_token, { expiration_minutes: 30 });
    const totp_code = OTPAuth.TOTP.generate({ secret: OTPAuth.Secret.fromBase32(created.json.data.secret) });
    const login = await send(bridge, 'POST', '/totps/authenticate', first.session_token, { totp_code, session_duration_minutes: 60 });
    assert.equal(login.status, 200, JSON.stringify(login.json));
    const oneFactor = standin.seedSession({ user_id: first.user_id }).session_token;
    standin.requests.length = 0;
    return { user_id: first.user_id, totp_id: created.json.data.totp_id as string, recovery_codes: created.json.data.recovery_codes as string[], twoFactor: first.session_token, oneFactor };
  }

  it('GET /users/me answers Stytch\'s user for the session, flat in data, with Stytch\'s request id', async () => {
    const { user_id, totp_id, oneFactor } = await enrolled();
    const answer = await send(bridge, 'GET', '/users/me', oneFactor);
    assert.equal(answer.status, 200, JSON.stringify(answer.json));
    assert.equal(answer.json.data.user_id, user_id);
    assert.equal(answer.json.data.status_code, 200);
    assert.match(answer.json.data.request_id, /^request-test-standin-/);
    assert.deepEqual(answer.json.data.totps, [{ totp_id, verified: true }]);
    assert.deepEqual(stytchCalls(), ['POST /v1/sessions/authenticate', `GET /v1/users/${user_id}`]);
  });

  it('GET /users/me without a live session is 401 unauthorized_credentials, and Stytch is asked for no user', async () => {
    for (const session of [PUBLIC_TOKEN, 'session-token-unknown']) {
      const answer = await send(bridge, 'GET', '/users/me', session);
      assert.equal(answer.status, 401);
      assert.equal(answer.json.error_type, 'unauthorized_credentials');
    }
    assert.equal(stytchCalls().some((call) => call.startsWith('GET')), false);
  });

  it('lists the recovery codes to a session that passed the TOTP, as one TOTP (the browser SDK\'s shape)', async () => {
    const { user_id, totp_id, recovery_codes, twoFactor } = await enrolled();
    const answer = await send(bridge, 'POST', '/totps/recovery_codes', twoFactor);
    assert.equal(answer.status, 200, JSON.stringify(answer.json));
    assert.equal(answer.json.data.user_id, user_id);
    assert.deepEqual(answer.json.data.totps, { totp_id, verified: true, recovery_codes });
    assert.deepEqual(stytchCalls(), ['POST /v1/sessions/authenticate', 'POST /v1/totps/recovery_codes']);
    assert.deepEqual(standin.requests[1]!.body, { user_id });
  });

  it('refuses the recovery codes to a one-factor session (403) before asking Stytch for them', async () => {
    const { oneFactor } = await enrolled();
    const answer = await send(bridge, 'POST', '/totps/recovery_codes', oneFactor);
    assert.equal(answer.status, 403);
    assert.equal(answer.json.error_type, 'insufficient_session_factors');
    assert.equal(JSON.stringify(answer.json).includes('recovery_codes"'), false);
    assert.deepEqual(stytchCalls(), ['POST /v1/sessions/authenticate']);
  });

  it('answers 404 totp_not_found when Stytch lists no TOTP for a two-factor session\'s user', async () => {
    const { session_token } = standin.seedSession({ phoneNumber: '+15005550006', alsoPassed: 'sms' });
    const answer = await send(bridge, 'POST', '/totps/recovery_codes', session_token);
    assert.equal(answer.status, 404);
    assert.equal(answer.json.error_type, 'totp_not_found');
  });

  it('removes a verified TOTP for a session that passed a second factor, answering the user as user and __user', async () => {
    const { user_id, totp_id, twoFactor } = await enrolled();
    const answer = await send(bridge, 'DELETE', `/users/totps/${totp_id}`, twoFactor);
    assert.equal(answer.status, 200, JSON.stringify(answer.json));
    assert.equal(answer.json.data.user_id, user_id);
    assert.deepEqual(answer.json.data.user.totps, []);
    assert.deepEqual(answer.json.data.__user, answer.json.data.user);
    assert.deepEqual(stytchCalls(), ['POST /v1/sessions/authenticate', `DELETE /v1/users/totps/${totp_id}`]);
    assert.equal(standin.totps.has(user_id), false);
    // Set up again: Stytch no longer sees an active TOTP.
    assert.equal((await send(bridge, 'POST', '/totps', twoFactor, { expiration_minutes: 30 })).status, 200);
  });

  it('refuses to remove a verified TOTP for a one-factor session (403) before any Stytch deleteTOTP', async () => {
    const { user_id, totp_id, oneFactor } = await enrolled();
    const answer = await send(bridge, 'DELETE', `/users/totps/${totp_id}`, oneFactor);
    assert.equal(answer.status, 403);
    assert.equal(answer.json.error_type, 'insufficient_session_factors');
    assert.deepEqual(stytchCalls(), ['POST /v1/sessions/authenticate']);
    assert.equal(standin.totps.get(user_id)?.totp_id, totp_id);
  });

  it('lets the owner remove an unverified TOTP (an abandoned setup) with a one-factor session', async () => {
    const { user_id, session_token } = standin.seedSession();
    const created = await send(bridge, 'POST', '/totps', session_token, { expiration_minutes: 30 });
    const answer = await send(bridge, 'DELETE', `/users/totps/${created.json.data.totp_id}`, session_token);
    assert.equal(answer.status, 200, JSON.stringify(answer.json));
    assert.equal(standin.totps.has(user_id), false);
  });

  it('refuses to remove another user\'s TOTP (404 totp_not_found, as for none) and never asks Stytch to', async () => {
    const victim = await enrolled();
    const attacker = await enrolled();
    for (const id of [victim.totp_id, 'totp-test-standin-00000000-0000-4000-8000-000000000000']) {
      standin.requests.length = 0;
      const answer = await send(bridge, 'DELETE', `/users/totps/${encodeURIComponent(id)}`, attacker.twoFactor);
      assert.equal(answer.status, 404);
      assert.equal(answer.json.error_type, 'totp_not_found');
      assert.deepEqual(stytchCalls(), ['POST /v1/sessions/authenticate']);
    }
    assert.equal(standin.totps.get(victim.user_id)?.totp_id, victim.totp_id);
  });

  it('hands an application\'s secondFactorRule the action and the TOTP removed as target', async () => {
    const seen: SecondFactorRuleContext[] = [];
    const ruled = createStytchBridge({
      ...standin.bridgeCredentials, log: () => {},
      secondFactorRule: (context) => { seen.push(context); return defaultSecondFactorRule(context); },
    });
    const { user_id, totp_id, twoFactor } = await enrolled();
    assert.equal((await send(ruled, 'POST', '/totps/recovery_codes', twoFactor)).status, 200);
    assert.equal((await send(ruled, 'DELETE', `/users/totps/${totp_id}`, twoFactor)).status, 200);
    assert.deepEqual(seen.map(({ action, target }) => ({ action, target })), [
      { action: 'totp.recovery_codes', target: undefined },
      { action: 'totp.delete', target: { verified: true } },
    ]);
    assert.equal((seen[1]!.user as { user_id: string }).user_id, user_id);
  });
});
