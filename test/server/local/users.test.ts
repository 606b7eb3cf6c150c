import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { StytchBackend } from '../../../src/server/index.js';
import {
  DEMO_USER_ID, PUBLIC_TOKEN, STEP_MS, authenticate, call, codeAt, createTotp, newBackend, newDemoBackend, seedUserSession, wrongCodeAt,
} from '../harness.js';

/*
 * The SDK's user calls on the local backend: GET /users/me and DELETE /users/totps/:totp_id, with
 * the MFA rule's 'totp.delete' (a verified TOTP needs a session that passed a second factor).
 */

const removeTotp = (backend: StytchBackend, totpId: string, session: string) =>
  call(backend, `/users/totps/${encodeURIComponent(totpId)}`, { method: 'DELETE', session });

/** A user signed in by e-mail who enrolled: `oneFactor` is that first session, `twoFactor` the one the TOTP code extended. */
async function enrolledUser(backend: StytchBackend, now: () => number) {
  const seeded = seedUserSession(backend);
  const created = await createTotp(backend, { session: seeded.session_token });
  const login = await authenticate(backend, codeAt(created.secret, now()), { session: seeded.session_token });
  assert.equal(login.status, 200, JSON.stringify(login.json));
  // A second e-mail login of the same user: first factor only.
  const again = seedUserSession(backend, { userId: seeded.user_id });
  return { user_id: seeded.user_id, created, twoFactor: login.json.data.session_token as string, oneFactor: again.session_token };
}

describe('GET /users/me', () => {
  it('answers the caller\'s user flat in data, as the SDK\'s user.get() reads it, with the TOTP and since when', async () => {
    const { backend, clock } = newBackend();
    const seeded = seedUserSession(backend);
    const before = await call(backend, '/users/me', { session: seeded.session_token });
    assert.equal(before.status, 200);
    assert.equal(before.json.data.status_code, 200);
    assert.match(before.json.data.request_id, /^request-id-local-/);
    assert.equal(before.json.data.user_id, seeded.user_id);
    assert.deepEqual(before.json.data.totps, []);
    assert.equal(before.json.data.user, undefined, 'the user is the data itself, not a field of it');

    const created = await createTotp(backend, { session: seeded.session_token });
    const after = await call(backend, '/users/me', { session: seeded.session_token });
    assert.deepEqual(after.json.data.totps, [{ totp_id: created.totp_id, verified: false, created_at: new Date(clock.now()).toISOString() }]);
    assert.equal(JSON.stringify(after.json).includes(created.secret), false, 'no secret in the user');
    assert.equal(JSON.stringify(after.json).includes(created.recovery_codes[0]), false, 'no recovery code in the user');
  });

  it('refuses a request without a session with 401 unauthorized_credentials; the demo backend answers the demo user', async () => {
    const { backend } = newBackend();
    const anonymous = await call(backend, '/users/me', { session: PUBLIC_TOKEN });
    assert.equal(anonymous.status, 401);
    assert.equal(anonymous.json.error_type, 'unauthorized_credentials');
    const expired = await call(backend, '/users/me', { session: 'no-such-session' });
    assert.equal(expired.status, 401);

    const demo = newDemoBackend().backend;
    assert.equal((await call(demo, '/users/me', { session: PUBLIC_TOKEN })).json.data.user_id, DEMO_USER_ID);
  });
});

describe('DELETE /users/totps/:totp_id', () => {
  it('removes a verified TOTP for a session that passed a second factor, answering {user_id, user, __user}', async () => {
    const { backend, clock } = newBackend();
    const { user_id, created, twoFactor } = await enrolledUser(backend, clock.now);
    const removed = await removeTotp(backend, created.totp_id, twoFactor);
    assert.equal(removed.status, 200, JSON.stringify(removed.json));
    assert.equal(removed.json.data.user_id, user_id);
    assert.deepEqual(removed.json.data.user.totps, []);
    assert.deepEqual(removed.json.data.__user, removed.json.data.user, 'the SDK takes __user as its new user');
    assert.deepEqual((await call(backend, '/users/me', { session: twoFactor })).json.data.totps, []);
    const codes = await call(backend, '/totps/recovery_codes', { session: twoFactor });
    assert.equal(codes.json.error_type, 'totp_not_found', 'its recovery codes are gone with it');
    // The account can set up an authenticator again.
    assert.equal((await call(backend, '/totps', { session: twoFactor, body: { expiration_minutes: 60 } })).status, 200);
  });

  it('refuses a one-factor session 403 insufficient_session_factors and keeps the TOTP', async () => {
    const { backend, clock } = newBackend();
    const { created, oneFactor } = await enrolledUser(backend, clock.now);
    const refused = await removeTotp(backend, created.totp_id, oneFactor);
    assert.equal(refused.status, 403);
    assert.equal(refused.json.error_type, 'insufficient_session_factors');
    assert.match(refused.json.error_message, /Removing a verified TOTP/);
    const still = await call(backend, '/users/me', { session: oneFactor });
    assert.deepEqual(still.json.data.totps.map((t: { verified: boolean }) => t.verified), [true]);
  });

  it('lets the owner clear an unverified TOTP (an abandoned setup) with a one-factor session', async () => {
    const { backend } = newBackend();
    const seeded = seedUserSession(backend);
    const created = await createTotp(backend, { session: seeded.session_token });
    const removed = await removeTotp(backend, created.totp_id, seeded.session_token);
    assert.equal(removed.status, 200, JSON.stringify(removed.json));
    assert.deepEqual(removed.json.data.user.totps, []);
  });

  it('answers 404 totp_not_found for another user\'s TOTP, and for none, alike; theirs stays', async () => {
    const { backend, clock } = newBackend();
    const victim = await enrolledUser(backend, clock.now);
    const attacker = await enrolledUser(backend, clock.now);
    const foreign = await removeTotp(backend, victim.created.totp_id, attacker.twoFactor);
    const unknown = await removeTotp(backend, 'totp-test-local-00000000-0000-4000-8000-000000000000', attacker.twoFactor);
    for (const answer of [foreign, unknown]) {
      assert.equal(answer.status, 404);
      assert.equal(answer.json.error_type, 'totp_not_found');
      assert.equal(answer.json.error_message, unknown.json.error_message);
    }
    assert.equal(backend.store.getTotp(victim.user_id)?.totp_id, victim.created.totp_id);
    assert.equal(backend.store.getTotp(attacker.user_id)?.totp_id, attacker.created.totp_id, 'nor was the caller\'s own touched');
  });

  it('refuses a request without a session with 401', async () => {
    const { backend, clock } = newBackend();
    const { created } = await enrolledUser(backend, clock.now);
    const answer = await removeTotp(backend, created.totp_id, PUBLIC_TOKEN);
    assert.equal(answer.status, 401);
    assert.equal(answer.json.error_type, 'unauthorized_credentials');
  });

  it('keeps the user\'s lockout when the TOTP is removed and set up again', async () => {
    const { backend, clock } = newBackend({ maxFailedAttempts: 3 });
    const { created, twoFactor } = await enrolledUser(backend, clock.now);
    clock.advance(STEP_MS);
    for (let attempt = 0; attempt < 3; attempt++) {
      const wrong = await authenticate(backend, wrongCodeAt(created.secret, clock.now()), { session: twoFactor });
      assert.equal(wrong.status, 401);
    }
    assert.equal((await authenticate(backend, codeAt(created.secret, clock.now()), { session: twoFactor })).status, 429);

    assert.equal((await removeTotp(backend, created.totp_id, twoFactor)).status, 200);
    const again = await createTotp(backend, { session: twoFactor });
    const locked = await authenticate(backend, codeAt(again.secret, clock.now()), { session: twoFactor });
    assert.equal(locked.status, 429, 'remove + re-create must not reset the lockout');
    assert.equal(locked.json.error_type, 'too_many_requests');
  });
});

describe('POST /totps for a user with a verified TOTP', () => {
  it('answers 400 active_totp_exists, saying to remove it first', async () => {
    const { backend, clock } = newBackend();
    const { twoFactor } = await enrolledUser(backend, clock.now);
    const answer = await call(backend, '/totps', { session: twoFactor, body: { expiration_minutes: 60 } });
    assert.equal(answer.status, 400);
    assert.equal(answer.json.error_type, 'active_totp_exists');
    assert.match(answer.json.error_message, /already has a verified TOTP\. Remove it before creating a new one\./);
  });
});
