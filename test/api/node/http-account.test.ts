import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HttpTotpApi, TotpApiError } from '../../../src/api/index.js';
import { PUBLIC_TOKEN, cannedServer, currentCode, envelope, localBackend } from './servers.js';

/*
 * The HTTP client's calls about an enrolled user (getUser, recoveryCodes, deleteTotp): against the
 * local backend on a real port, and against servers that answer as a broken or hostile one would.
 */

async function failure(action: () => Promise<unknown>): Promise<TotpApiError> {
  try {
    await action();
  } catch (error) {
    assert.ok(error instanceof TotpApiError, `expected a TotpApiError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected a TotpApiError, but the call succeeded');
}

const CODES = ['ckss-2skx-ebow', 'a1b2-c3d4-e5f6'];
const user = (totps: unknown[] = []) => ({ user_id: 'user-canned', emails: [], totps });
const canned = (data: unknown, status = 200) => cannedServer({ status, body: envelope(data) });
const api = (base: string) => new HttpTotpApi({ baseUrl: base, publicToken: PUBLIC_TOKEN, sessionToken: 'session-token-canned' });

describe('HttpTotpApi: the enrolled user, against the local backend', () => {
  it('getUser, recoveryCodes and deleteTotp through a whole lifecycle, with the step-up the MFA rule asks for', async () => {
    const { base, user_id, session_token } = await localBackend();
    const client = new HttpTotpApi({ baseUrl: base, publicToken: PUBLIC_TOKEN, sessionToken: session_token });
    const fresh = await client.getUser();
    assert.equal(fresh?.user_id, user_id);
    assert.deepEqual(fresh?.totps, []);
    assert.equal('request_id' in (fresh ?? {}), false, 'the user without the answer\'s request_id and status_code, as the SDK gives it');

    const created = await client.create({ expiration_minutes: 60 });
    // The e-mail session has no second factor yet: the codes need one.
    assert.equal((await failure(() => client.recoveryCodes())).error_type, 'insufficient_session_factors');
    await client.authenticate({ totp_code: currentCode(created.secret), session_duration_minutes: 60 });

    const enrolled = await client.getUser();
    assert.deepEqual((enrolled?.totps as { totp_id: string; verified: boolean }[]).map(({ totp_id, verified }) => ({ totp_id, verified })),
      [{ totp_id: created.totp_id, verified: true }]);
    const codes = await client.recoveryCodes();
    assert.deepEqual(codes, { request_id: codes.request_id, status_code: 200, user_id, totp_id: created.totp_id, recovery_codes: created.recovery_codes });

    const removed = await client.deleteTotp(created.totp_id);
    assert.equal(removed.user_id, user_id);
    assert.equal(removed.user.user_id, user_id);
    assert.deepEqual(removed.user.totps, []);
    assert.equal((await failure(() => client.deleteTotp(created.totp_id))).error_type, 'totp_not_found');
  });

  it('getUser is null when nobody is signed in (401), and throws for any other failure', async () => {
    const { base } = await localBackend();
    assert.equal(await new HttpTotpApi({ baseUrl: base, publicToken: PUBLIC_TOKEN }).getUser(), null);
    assert.equal(await new HttpTotpApi({ baseUrl: base, publicToken: PUBLIC_TOKEN, sessionToken: 'expired' }).getUser(), null);
    const outage = await cannedServer({ status: 503, body: JSON.stringify({ status_code: 503, error_type: 'service_unavailable', error_message: 'Down.' }) });
    assert.equal((await failure(() => api(outage.base).getUser())).error_type, 'service_unavailable', 'an outage is not a signed-out user');
    const forbidden = await cannedServer({ status: 403, body: JSON.stringify({ status_code: 403, error_type: 'unauthorized_credentials', error_message: 'No.' }) });
    assert.equal((await failure(() => api(forbidden.base).getUser())).status_code, 403);
  });
});

describe('HttpTotpApi: what it sends', () => {
  it('sends GET /sdk/v1/users/me and POST /sdk/v1/totps/recovery_codes without a body, as the SDK does', async () => {
    const server = await canned({ request_id: 'r', status_code: 200, ...user() });
    await api(server.base).getUser();
    const codes = await canned({ request_id: 'r', status_code: 200, user_id: 'u', totps: { totp_id: 'totp-1', verified: true, recovery_codes: CODES } });
    await api(codes.base).recoveryCodes();
    for (const [seen, method, url] of [[server.seen[0]!, 'GET', '/sdk/v1/users/me'], [codes.seen[0]!, 'POST', '/sdk/v1/totps/recovery_codes']] as const) {
      assert.equal(seen.method, method);
      assert.equal(seen.url, url);
      assert.equal(seen.body, '');
      assert.equal(seen.headers['content-type'], 'application/json');
      assert.equal(seen.headers.authorization, `Basic ${btoa(`${PUBLIC_TOKEN}:session-token-canned`)}`);
    }
  });

  it('sends DELETE /sdk/v1/users/totps/{id} without a body, and refuses an id that is not a Stytch id before any request', async () => {
    const server = await canned({ request_id: 'r', status_code: 200, user_id: 'user-canned', __user: user() });
    const removed = await api(server.base).deleteTotp('totp-test-1_a');
    assert.equal(removed.user.user_id, 'user-canned', '__user becomes user');
    assert.equal(server.seen[0]!.method, 'DELETE');
    assert.equal(server.seen[0]!.url, '/sdk/v1/users/totps/totp-test-1_a');
    assert.equal(server.seen[0]!.body, '');
    for (const id of ['../totps', 'totp-1?x=1', 'totp/1', '', ' totp-1', 'x'.repeat(129), 'tötp', '%2e%2e'] ) {
      const refused = await failure(() => api(server.base).deleteTotp(id));
      assert.equal(refused.error_type, 'invalid_argument', id);
      assert.equal(refused.message.includes(id) && id !== '', false, 'the message does not repeat the value');
    }
    assert.equal(server.seen.length, 1, 'no refused id reached the server');
  });
});

describe('HttpTotpApi: hostile or broken answers', () => {
  it('takes totps as one object (the browser SDK\'s type) or Stytch\'s list, the verified entry from a list', async () => {
    const one = await canned({ request_id: 'r', status_code: 200, user_id: 'u', totps: { totp_id: 'totp-1', verified: true, recovery_codes: CODES } });
    assert.deepEqual((await api(one.base).recoveryCodes()).recovery_codes, CODES);
    const list = await canned({
      request_id: 'r', status_code: 200, user_id: 'u',
      totps: [{ totp_id: 'totp-old', verified: false, recovery_codes: ['zzzz-zzzz-zzzz'] }, { totp_id: 'totp-on', verified: true, recovery_codes: CODES }],
    });
    const picked = await api(list.base).recoveryCodes();
    assert.equal(picked.totp_id, 'totp-on');
    assert.deepEqual(picked.recovery_codes, CODES);
    const spent = await canned({ request_id: 'r', status_code: 200, user_id: 'u', totps: [{ totp_id: 'totp-on', verified: true, recovery_codes: [] }] });
    assert.deepEqual((await api(spent.base).recoveryCodes()).recovery_codes, [], 'every code used is an answer, not a fault');
    const none = await canned({ request_id: 'r', status_code: 200, user_id: 'u', totps: [] });
    const missing = await failure(() => api(none.base).recoveryCodes());
    assert.equal(missing.error_type, 'totp_not_found');
    assert.equal(missing.status_code, 404);
  });

  it('rejects a recovery-codes answer that is not one, without a code in the message', async () => {
    const secretCode = 'leak-leak-leak';
    for (const data of [
      { request_id: 'r', status_code: 200, user_id: 'u' },
      { request_id: 'r', status_code: 200, user_id: 'u', totps: 'totp-1' },
      { request_id: 'r', status_code: 200, user_id: 'u', totps: { totp_id: 'totp-1', verified: true } },
      { request_id: 'r', status_code: 200, user_id: 'u', totps: { totp_id: 'totp-1', recovery_codes: [secretCode, 7] } },
      { request_id: 'r', status_code: 200, user_id: 'u', totps: { totp_id: '../x', recovery_codes: [secretCode] } },
      { request_id: 'r', status_code: 200, user_id: 'u', totps: { totp_id: 'totp-1', recovery_codes: Array(51).fill(secretCode) } },
      { request_id: 'r', status_code: 200, user_id: 'u', totps: { totp_id: 'totp-1', recovery_codes: [secretCode.repeat(20)] } },
      { request_id: 'r', status_code: 200, user_id: 'u', totps: [secretCode] },
      { request_id: 'r', status_code: 302, user_id: 'u', totps: { totp_id: 'totp-1', recovery_codes: [secretCode] } },
    ]) {
      const server = await canned(data);
      const error = await failure(() => api(server.base).recoveryCodes());
      assert.equal(error.error_type, 'invalid_response', JSON.stringify(data).slice(0, 120));
      assert.equal(error.message.includes('leak'), false);
    }
  });

  it('rejects a user answer with a malformed user or totps', async () => {
    for (const data of [
      { request_id: 'r', status_code: 200 },
      { request_id: 'r', status_code: 200, user_id: '' },
      { request_id: 'r', status_code: 200, user_id: 'u', totps: {} },
      { request_id: 'r', status_code: 200, user_id: 'u', totps: [{ totp_id: 'totp-1', verified: 'yes' }] },
      { request_id: 'r', status_code: 200, user_id: 'u', totps: [{ totp_id: 'a b', verified: true }] },
      { request_id: 'r', status_code: 200, user_id: 'u', totps: [{ totp_id: 'totp-1', verified: true, created_at: 5 }] },
      { request_id: 'r', status_code: 200, user_id: 'u', totps: Array(21).fill({ totp_id: 'totp-1', verified: true }) },
    ]) {
      const server = await canned(data);
      assert.equal((await failure(() => api(server.base).getUser())).error_type, 'invalid_response', JSON.stringify(data).slice(0, 100));
    }
  });

  it('rejects a delete answer without the user, for another user, or still listing the removed TOTP', async () => {
    for (const data of [
      { request_id: 'r', status_code: 200, user_id: 'user-canned' },
      { request_id: 'r', status_code: 200, user_id: 'user-canned', __user: { ...user(), user_id: 'someone-else' } },
      { request_id: 'r', status_code: 200, user_id: 'user-canned', __user: user([{ totp_id: 'totp-1', verified: true }]) },
    ]) {
      const server = await canned(data);
      assert.equal((await failure(() => api(server.base).deleteTotp('totp-1'))).error_type, 'invalid_response', JSON.stringify(data));
    }
  });
});
