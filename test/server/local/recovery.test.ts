import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { StytchBackend } from '../../../src/server/index.js';
import {
  DEMO_USER_ID,
  PUBLIC_TOKEN, authenticate, call, codeAt, createTotp, newBackend, newDemoBackend, seedUserSession,
} from '../harness.js';

function recover(backend: StytchBackend, recovery_code: unknown, session = PUBLIC_TOKEN) {
  return call(backend, '/totps/recover', {
    session,
    body: { recovery_code, session_duration_minutes: 60 },
  });
}

async function verifiedTotp() {
  const { backend, clock } = newDemoBackend();
  const created = await createTotp(backend);
  assert.equal((await authenticate(backend, codeAt(created.secret, clock.now()))).status, 200);
  return { backend, clock, created };
}

/** A second session of `userId` that holds only a first factor (an email magic link). */
function firstFactorSession(backend: StytchBackend, userId: string, now: number): string {
  const session_token = `first-factor-only-${crypto.randomUUID()}`;
  backend.store.saveSession({
    session_id: `session-${session_token}`,
    session_token,
    user_id: userId,
    started_at: now,
    last_accessed_at: now,
    expires_at: now + 60 * 60_000,
    authentication_factors: [
      { type: 'magic_link', delivery_method: 'email', last_authenticated_at: now, details: {} },
    ],
  });
  return session_token;
}

describe('POST /totps/recovery_codes', () => {
  it('lists the TOTP with its unused recovery codes to a session that passed the second factor', async () => {
    const { backend, clock } = newDemoBackend();
    const created = await createTotp(backend);
    const login = await authenticate(backend, codeAt(created.secret, clock.now()));
    const result = await call(backend, '/totps/recovery_codes', { session: login.json.data.session_token });
    assert.equal(result.status, 200);
    assert.equal(result.json.data.status_code, 200);
    assert.match(result.json.data.request_id, /^request-id-local-/);
    assert.equal(result.json.data.user_id, DEMO_USER_ID);
    assert.deepEqual(result.json.data.totps, {
      totp_id: created.totp_id,
      verified: true,
      recovery_codes: created.recovery_codes,
    });
  });

  it('refuses a session with only its first factor with 403, so it cannot spend a code at /recover', async () => {
    const { backend, clock } = newBackend();
    const seeded = seedUserSession(backend);
    const created = await createTotp(backend, { session: seeded.session_token });
    assert.equal((await authenticate(backend, codeAt(created.secret, clock.now()), { session: seeded.session_token })).status, 200);
    const stolen = firstFactorSession(backend, seeded.user_id, clock.now());
    const result = await call(backend, '/totps/recovery_codes', { session: stolen, body: {} });
    assert.equal(result.status, 403);
    assert.equal(result.json.status_code, 403);
    assert.equal(result.json.error_type, 'insufficient_session_factors');
    assert.equal(typeof result.json.error_message, 'string');
    assert.equal(JSON.stringify(result.json).includes(created.recovery_codes[0]), false);
  });

  it('refuses the demo user without a session (no second factor) with 403', async () => {
    const { backend } = newDemoBackend();
    await createTotp(backend);
    const result = await call(backend, '/totps/recovery_codes', { session: PUBLIC_TOKEN });
    assert.equal(result.status, 403);
    assert.equal(result.json.error_type, 'insufficient_session_factors');
  });

  it('for a user with SMS MFA: 403 to a first-factor session, the codes to a session that passed SMS', async () => {
    const { backend, clock } = newBackend();
    const enrolling = seedUserSession(backend, { phoneNumber: '+15005550006', alsoPassed: 'sms' });
    const created = await createTotp(backend, { session: enrolling.session_token });
    assert.equal((await authenticate(backend, codeAt(created.secret, clock.now()), { session: enrolling.session_token })).status, 200);

    const firstFactorOnly = seedUserSession(backend, { userId: enrolling.user_id });
    const refused = await call(backend, '/totps/recovery_codes', { session: firstFactorOnly.session_token, body: {} });
    assert.equal(refused.status, 403);
    assert.equal(refused.json.error_type, 'insufficient_session_factors');
    assert.equal(JSON.stringify(refused.json).includes(created.recovery_codes[0]), false);

    const smsOnly = seedUserSession(backend, { userId: enrolling.user_id, alsoPassed: 'sms' });
    const listed = await call(backend, '/totps/recovery_codes', { session: smsOnly.session_token, body: {} });
    assert.equal(listed.status, 200, 'an SMS code is a second factor, as in Stytch');
    assert.deepEqual(listed.json.data.totps.recovery_codes, created.recovery_codes);
  });

  it('answers 404 totp_not_found to a second-factor session of a user without a TOTP', async () => {
    const { backend, clock } = newBackend();
    const seeded = seedUserSession(backend);
    const session = backend.store.getSession(seeded.session_token)!;
    backend.store.saveSession({
      ...session,
      authentication_factors: [{ type: 'recovery_codes', delivery_method: 'recovery_code', last_authenticated_at: clock.now(), details: {} }],
    });
    const result = await call(backend, '/totps/recovery_codes', { session: seeded.session_token, body: {} });
    assert.equal(result.status, 404);
    assert.equal(result.json.error_type, 'totp_not_found');
  });
});

describe('POST /totps/recover', () => {
  it('logs in with a recovery code, once', async () => {
    const { backend, created } = await verifiedTotp();
    const [code] = created.recovery_codes;
    const first = await recover(backend, code);
    assert.equal(first.status, 200);
    assert.equal(first.json.data.user_id, DEMO_USER_ID);
    assert.equal(first.json.data.totp_id, created.totp_id);
    assert.equal(typeof first.json.data.session_token, 'string');
    assert.equal(first.json.data.session.authentication_factors[0].type, 'recovery_codes', 'Stytch names the factor type in the plural (its delivery method is recovery_code)');

    const again = await recover(backend, code);
    assert.equal(again.status, 401);
    assert.equal(again.json.error_type, 'recovery_code_not_found');

    const listed = await call(backend, '/totps/recovery_codes', { session: first.json.data.session_token });
    assert.deepEqual(listed.json.data.totps.recovery_codes, created.recovery_codes.slice(1));
    assert.equal((await recover(backend, created.recovery_codes[1])).status, 200);
  });

  it('refuses a code that was never issued', async () => {
    const { backend } = await verifiedTotp();
    const result = await recover(backend, 'aaaa-bbbb-cccc');
    assert.equal(result.status, 401);
    assert.equal(result.json.error_type, 'recovery_code_not_found');
  });

  it('refuses recovery for a TOTP that was never verified', async () => {
    const { backend } = newDemoBackend();
    const created = await createTotp(backend);
    const result = await recover(backend, created.recovery_codes[0]);
    assert.equal(result.status, 404);
    assert.equal(result.json.error_type, 'totp_not_found');
  });

  it('refuses a missing or non-string recovery_code with 400', async () => {
    const { backend } = await verifiedTotp();
    for (const value of [undefined, '', 1234]) {
      const result = await recover(backend, value);
      assert.equal(result.status, 400);
      assert.equal(result.json.error_type, 'invalid_recovery_code');
    }
  });

  it('counts wrong recovery codes towards the lockout', async () => {
    const { backend, created } = await verifiedTotp();
    for (let attempt = 0; attempt < 5; attempt++) {
      assert.equal((await recover(backend, 'zzzz-zzzz-zzzz')).status, 401);
    }
    const locked = await recover(backend, created.recovery_codes[0]);
    assert.equal(locked.status, 429);
    assert.ok(Number(locked.headers.get('Retry-After')) > 0);
  });
});
