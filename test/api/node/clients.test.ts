import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  HttpTotpApi, StytchClientTotpApi, TotpApiError, isStytchClient, resolveTotpApi, type StytchClientLike, type User,
} from '../../../src/api/index.js';
import { fromSdkError } from '../../../src/api/stytch-client.js';
import { subscribeToUserChanges } from '../../../src/api/user-changes.js';
import { createData } from './servers.js';

/*
 * The Stytch SDK adapter with a stand-in SDK client (the real one runs in the browser suite,
 * test/api/browser/stytch-sdk.test.ts), how a client is picked, and user-change subscriptions.
 */

const authData = () => ({
  request_id: 'request-id-a', status_code: 200, totp_id: 'totp-canned', user_id: 'user-canned',
  user: { user_id: 'user-canned' }, session: { session_id: 'session-1' }, session_token: 'token', session_jwt: 'jwt',
});

/** An SDK-shaped client whose calls answer with `answers` (or throw what they hold). */
function sdkClient(answers: { create?: () => Promise<object>; authenticate?: () => Promise<object>; recover?: () => Promise<object> } = {}, user: User | null = { user_id: 'user-canned' }) {
  const calls: { method: string; options: unknown }[] = [];
  const listeners: ((user: User | null) => void)[] = [];
  const client: StytchClientLike = {
    totps: {
      create: (options) => { calls.push({ method: 'create', options }); return (answers.create ?? (async () => { const { user: _u, ...rest } = createData(); return rest; }))(); },
      authenticate: (options) => { calls.push({ method: 'authenticate', options }); return (answers.authenticate ?? (async () => authData()))(); },
    },
    user: {
      getSync: () => user,
      onChange: (listener) => { listeners.push(listener); return () => listeners.splice(listeners.indexOf(listener), 1); },
    },
  };
  // Like an enrollment-only stand-in, it has no totps.recover unless the test gives an answer for one.
  if (answers.recover) {
    const recover = answers.recover;
    client.totps.recover = (options) => { calls.push({ method: 'recover', options }); return recover(); };
  }
  return { client, calls, listeners };
}

async function rejection(promise: Promise<unknown>): Promise<TotpApiError> {
  try { await promise; } catch (error) { assert.ok(error instanceof TotpApiError, String(error)); return error; }
  assert.fail('expected a TotpApiError');
}

describe('StytchClientTotpApi', () => {
  it('creates through the SDK, with the user from the SDK\'s user state', async () => {
    const { client, calls } = sdkClient();
    const created = await new StytchClientTotpApi(client).create({ expiration_minutes: 30 });
    assert.deepEqual(calls, [{ method: 'create', options: { expiration_minutes: 30 } }]);
    assert.deepEqual(created.user, { user_id: 'user-canned' });
    assert.equal(created.totp_id, 'totp-canned');
  });

  it('authenticates through the SDK with the code and the session duration', async () => {
    const { client, calls } = sdkClient();
    const result = await new StytchClientTotpApi(client).authenticate({ totp_code: '123456', session_duration_minutes: 45 });
    assert.deepEqual(calls, [{ method: 'authenticate', options: { totp_code: '123456', session_duration_minutes: 45 } }]);
    assert.equal(result.session.session_id, 'session-1');
  });

  it('validates what the SDK returns as the HTTP client does', async () => {
    const { client } = sdkClient({ authenticate: async () => ({ ...authData(), session: {} }) });
    assert.equal((await rejection(new StytchClientTotpApi(client).authenticate({ totp_code: '123456', session_duration_minutes: 60 }))).error_type, 'invalid_response');
    const noUser = sdkClient({}, null);
    assert.equal((await rejection(new StytchClientTotpApi(noUser.client).create({ expiration_minutes: 60 }))).error_type, 'invalid_response');
  });

  it('maps the SDK\'s errors to TotpApiError', async () => {
    const stytchError = Object.assign(new Error('Wrong code'), {
      name: 'StytchAPIError', status_code: 401, error_type: 'otp_code_not_found', error_message: 'The code is wrong.', request_id: 'request-id-9', error_url: 'https://stytch.com/docs/api/errors/401',
    });
    const { client } = sdkClient({ authenticate: () => Promise.reject(stytchError) });
    const error = await rejection(new StytchClientTotpApi(client).authenticate({ totp_code: '123456', session_duration_minutes: 60 }));
    assert.equal(error.status_code, 401);
    assert.equal(error.error_type, 'otp_code_not_found');
    assert.equal(error.error_message, 'The code is wrong.');
    assert.equal(error.request_id, 'request-id-9');
    assert.equal(error.error_url, 'https://stytch.com/docs/api/errors/401');
    assert.equal(error.cause, stytchError);
  });

  it('does not call the SDK when already aborted, and settles at once on an abort', async () => {
    const { client, calls } = sdkClient({ create: () => new Promise(() => undefined) });
    const api = new StytchClientTotpApi(client);
    const reason = new Error('left');
    const before = await rejection(api.create({ expiration_minutes: 60 }, { signal: AbortSignal.abort(reason) }));
    assert.equal(before.error_type, 'request_aborted');
    assert.equal(before.cause, reason);
    assert.equal(calls.length, 0);
    const controller = new AbortController();
    const pending = rejection(api.create({ expiration_minutes: 60 }, { signal: controller.signal }));
    controller.abort();
    assert.equal((await pending).error_type, 'request_aborted');
  });

  it('reports an SDK failure after an abort as the abort', async () => {
    const controller = new AbortController();
    const { client } = sdkClient({ create: async () => { await Promise.resolve(); controller.abort(); throw new Error('network down'); } });
    assert.equal((await rejection(new StytchClientTotpApi(client).create({ expiration_minutes: 60 }, { signal: controller.signal }))).error_type, 'request_aborted');
  });

  it('recovers through the SDK with the recovery code and the session duration, validating the answer', async () => {
    const { client, calls } = sdkClient({ recover: async () => ({ ...authData(), recovery_codes_remaining: 4 }) });
    const result = await new StytchClientTotpApi(client).recover({ recovery_code: 'ckss-2skx-ebow', session_duration_minutes: 45 });
    assert.deepEqual(calls, [{ method: 'recover', options: { recovery_code: 'ckss-2skx-ebow', session_duration_minutes: 45 } }]);
    assert.equal(result.session.session_id, 'session-1');
    assert.equal(result.recovery_codes_remaining, 4);
    const bad = sdkClient({ recover: async () => ({ ...authData(), recovery_codes_remaining: -1 }) });
    const refused = await rejection(new StytchClientTotpApi(bad.client).recover({ recovery_code: 'ckss-2skx-ebow', session_duration_minutes: 45 }));
    assert.equal(refused.error_type, 'invalid_response');
  });

  it('refuses to recover with a client that has no totps.recover, as invalid_argument', async () => {
    const { client } = sdkClient();
    const error = await rejection(new StytchClientTotpApi(client).recover({ recovery_code: 'ckss-2skx-ebow', session_duration_minutes: 60 }));
    assert.equal(error.status_code, 0);
    assert.equal(error.error_type, 'invalid_argument');
    assert.equal(error.error_message, 'client.totps.recover is not a function.');
  });

  it('forwards user changes and unsubscribes', () => {
    const { client, listeners } = sdkClient();
    const seen: unknown[] = [];
    const unsubscribe = new StytchClientTotpApi(client).onUserChange((user) => seen.push(user));
    listeners.forEach((listener) => listener(null));
    assert.deepEqual(seen, [null]);
    unsubscribe();
    assert.equal(listeners.length, 0);
  });
});

describe('fromSdkError', () => {
  it('passes a TotpApiError through', () => {
    const error = new TotpApiError({ status_code: 0, error_type: 'x', error_message: 'y' });
    assert.equal(fromSdkError(error), error);
  });

  it('keeps only well-typed fields of an SDK API error, with its message capped', () => {
    const error = fromSdkError({ error_type: 'odd', status_code: '500', message: 'm'.repeat(600), request_id: 7, error_url: {} });
    assert.equal(error.status_code, 0);
    assert.equal(error.error_type, 'odd');
    assert.equal(error.error_message, 'm'.repeat(500));
    assert.equal(error.request_id, '');
    assert.equal(error.error_url, '');
    assert.equal(fromSdkError({ error_type: 'odd' }).error_message, 'The Stytch request failed.');
  });

  it('reports the SDK\'s unreachable errors as network_error', () => {
    for (const name of ['StytchAPIUnreachableError', 'SDKAPIUnreachableError']) {
      const error = fromSdkError(Object.assign(new Error('fetch failed'), { name }));
      assert.equal(error.error_type, 'network_error');
      assert.equal(error.status_code, 0);
      assert.equal(error.error_message, 'Could not reach the Stytch API. Check the connection and try again.');
    }
  });

  it('reports anything else as sdk_error with a capped message', () => {
    assert.equal(fromSdkError(new TypeError('x is undefined')).error_message, 'The Stytch SDK failed: x is undefined');
    assert.equal(fromSdkError(new Error('e'.repeat(400))).error_message, `The Stytch SDK failed: ${'e'.repeat(300)}`);
    assert.equal(fromSdkError('plain').error_message, 'The Stytch SDK failed: plain');
    assert.equal(fromSdkError(null).error_type, 'sdk_error');
    const cause = new TypeError('y');
    assert.equal(fromSdkError(cause).cause, cause);
  });
});

describe('isStytchClient and resolveTotpApi', () => {
  it('tells an SDK client from anything else', () => {
    assert.equal(isStytchClient(sdkClient().client), true);
    assert.equal(isStytchClient({ totps: { create() {} } }), false);
    assert.equal(isStytchClient({ totps: {}, user: { onChange() {} } }), false);
    assert.equal(isStytchClient(null), false);
  });

  it('picks the HTTP client without a client, the adapter for an SDK client, a TotpApi as it is', () => {
    const http = resolveTotpApi(null, { baseUrl: 'https://api.example' });
    assert.ok(http instanceof HttpTotpApi);
    assert.equal((http as HttpTotpApi).baseUrl, 'https://api.example');
    assert.ok(resolveTotpApi(undefined, {}) instanceof HttpTotpApi);
    const { client } = sdkClient();
    const adapter = resolveTotpApi(client, {});
    assert.ok(adapter instanceof StytchClientTotpApi);
    assert.equal((adapter as StytchClientTotpApi).client, client);
    const own = { create: async () => createData(), authenticate: async () => authData() } as never;
    assert.equal(resolveTotpApi(own, {}), own);
  });

  it('refuses anything else', () => {
    for (const client of [{}, { create() {} }, { authenticate() {} }]) {
      assert.throws(() => resolveTotpApi(client as never, {}), {
        name: 'TypeError', message: 'client must be a Stytch SDK client or an object with create() and authenticate().',
      });
    }
  });
});

describe('subscribeToUserChanges', () => {
  it('uses a TotpApi\'s onUserChange first, then an SDK client\'s user.onChange, else nothing', () => {
    const seen: string[] = [];
    const unsubscribe = () => undefined;
    const both = { onUserChange: () => { seen.push('api'); return unsubscribe; }, user: { onChange: () => { seen.push('sdk'); return unsubscribe; } } };
    assert.equal(subscribeToUserChanges(both, () => undefined), unsubscribe);
    assert.equal(subscribeToUserChanges({ user: both.user }, () => undefined), unsubscribe);
    assert.deepEqual(seen, ['api', 'sdk']);
    assert.equal(subscribeToUserChanges({}, () => undefined), null);
    assert.equal(subscribeToUserChanges(null, () => undefined), null);
    assert.equal(subscribeToUserChanges({ user: {} }, () => undefined), null);
  });
});
