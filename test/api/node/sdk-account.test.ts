import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { StytchClientTotpApi, TotpApiError, type StytchClientLike } from '../../../src/api/index.js';

/*
 * The SDK adapter's calls about an enrolled user, with a stand-in SDK client shaped as
 * `@stytch/vanilla-js` behaves (read from its code): `user.getSync()` is the stored user,
 * `user.deleteTOTP()` resolves without `__user` and stores it, `session.getSync()` holds the
 * factors. The real client runs in test/api/browser/stytch-sdk-account.test.ts.
 */

async function rejection(promise: Promise<unknown>): Promise<TotpApiError> {
  try { await promise; } catch (error) { assert.ok(error instanceof TotpApiError, String(error)); return error; }
  assert.fail('expected a TotpApiError');
}

const ENROLLED = { user_id: 'user-1', totps: [{ totp_id: 'totp-1', verified: true }] };
const factor = (type: string, delivery_method: string) => ({ type, delivery_method, last_authenticated_at: '2030-01-01T00:00:00Z' });

function sdk(options: { user?: object | null; factors?: unknown; get?: () => Promise<object> } = {}) {
  let stored: object | null = options.user === undefined ? ENROLLED : options.user;
  const calls: string[] = [];
  const client: StytchClientLike = {
    totps: {
      create: async () => ({}),
      authenticate: async () => ({}),
      recoveryCodes: async () => {
        calls.push('recoveryCodes');
        return { request_id: 'r', status_code: 200, user_id: 'user-1', totps: { totp_id: 'totp-1', verified: true, recovery_codes: ['aaaa-bbbb-cccc'] } };
      },
    },
    user: {
      getSync: () => stored,
      onChange: () => () => {},
      deleteTOTP: async (id) => {
        calls.push(`deleteTOTP ${id}`);
        stored = { user_id: 'user-1', totps: [] };
        return { request_id: 'r', status_code: 200, user_id: 'user-1' };
      },
      ...(options.get ? { get: async () => { calls.push('get'); return options.get!(); } } : {}),
    },
    session: { getSync: () => (options.factors === undefined ? null : { session_id: 's', authentication_factors: options.factors }) },
  };
  return { client, calls };
}

describe('StytchClientTotpApi: the enrolled user', () => {
  it('getUser is the SDK\'s stored user, with no request', async () => {
    const { client, calls } = sdk({ get: async () => ({ user_id: 'other' }) });
    assert.deepEqual(await new StytchClientTotpApi(client).getUser(), ENROLLED);
    assert.deepEqual(calls, []);
  });

  it('getUser asks user.get() only when the SDK holds no user; its 401 is null, other failures throw', async () => {
    const asked = sdk({ user: null, get: async () => ({ user_id: 'user-1', totps: [] }) });
    assert.deepEqual(await new StytchClientTotpApi(asked.client).getUser(), { user_id: 'user-1', totps: [] });
    assert.deepEqual(asked.calls, ['get']);
    const signedOut = sdk({ user: null, get: async () => { throw Object.assign(new Error('x'), { name: 'StytchAPIError', status_code: 401, error_type: 'unauthorized_credentials', error_message: 'No session.' }); } });
    assert.equal(await new StytchClientTotpApi(signedOut.client).getUser(), null);
    const down = sdk({ user: null, get: async () => { throw Object.assign(new Error('Failed'), { name: 'StytchAPIUnreachableError' }); } });
    assert.equal((await rejection(new StytchClientTotpApi(down.client).getUser())).error_type, 'network_error');
    assert.equal(await new StytchClientTotpApi(sdk({ user: null }).client).getUser(), null, 'no get(): nobody known');
  });

  it('getUser refuses a stored user that is not one', async () => {
    for (const user of [{ totps: [] }, { user_id: 'u', totps: [{ totp_id: 'totp-1' }] }]) {
      assert.equal((await rejection(new StytchClientTotpApi(sdk({ user }).client).getUser())).error_type, 'invalid_response');
    }
  });

  it('sessionHasSecondFactor reads the session\'s factors by the servers\' table; unknown without a session', () => {
    const has = (factors: unknown) => new StytchClientTotpApi(sdk({ factors }).client).sessionHasSecondFactor();
    assert.equal(has(undefined), undefined);
    assert.equal(has('not a list'), undefined);
    assert.equal(has([factor('magic_link', 'email'), factor('oauth', 'oauth_google'), factor('password', 'knowledge')]), false);
    assert.equal(has([factor('otp', 'email')]), false, 'an e-mail OTP is a first factor');
    for (const second of [['totp', 'authenticator_app'], ['recovery_codes', 'recovery_code'], ['otp', 'sms'], ['webauthn', 'webauthn_registration']]) {
      assert.equal(has([factor('magic_link', 'email'), factor(second[0]!, second[1]!)]), true, second.join('/'));
    }
    const { client } = sdk();
    delete (client as { session?: unknown }).session;
    assert.equal(new StytchClientTotpApi(client).sessionHasSecondFactor(), undefined);
  });

  it('recoveryCodes goes through totps.recoveryCodes() and is validated', async () => {
    const { client, calls } = sdk();
    const codes = await new StytchClientTotpApi(client).recoveryCodes();
    assert.deepEqual(codes, { request_id: 'r', status_code: 200, user_id: 'user-1', totp_id: 'totp-1', recovery_codes: ['aaaa-bbbb-cccc'] });
    assert.deepEqual(calls, ['recoveryCodes']);
  });

  it('deleteTotp goes through user.deleteTOTP(id), with the user the SDK stored from __user', async () => {
    const { client, calls } = sdk();
    const removed = await new StytchClientTotpApi(client).deleteTotp('totp-1');
    assert.deepEqual(calls, ['deleteTOTP totp-1']);
    assert.deepEqual(removed, { request_id: 'r', status_code: 200, user_id: 'user-1', user: { user_id: 'user-1', totps: [] } });
    assert.equal((await rejection(new StytchClientTotpApi(client).deleteTotp('../me'))).error_type, 'invalid_argument');
    assert.deepEqual(calls, ['deleteTOTP totp-1'], 'a refused id never reaches the SDK');
  });

  it('refuses with invalid_argument when the client lacks the SDK method', async () => {
    const bare: StytchClientLike = { totps: { create: async () => ({}), authenticate: async () => ({}) }, user: { getSync: () => null, onChange: () => () => {} } };
    const adapter = new StytchClientTotpApi(bare);
    assert.equal((await rejection(adapter.recoveryCodes())).error_type, 'invalid_argument');
    assert.equal((await rejection(adapter.deleteTotp('totp-1'))).error_type, 'invalid_argument');
  });
});
