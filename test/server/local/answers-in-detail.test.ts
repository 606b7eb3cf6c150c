import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMemoryStore, type BackendStore, type SessionRecord, type StytchBackend, type TotpRecord } from '../../../src/server/index.js';
import {
  DEMO_USER_ID,
  PUBLIC_TOKEN, authenticate, call, codeAt, createTotp, newBackend, newDemoBackend, seedUserSession, wrongCodeAt,
} from '../harness.js';

/*
 * What callers read beyond status and error_type: the exact error messages a developer sees,
 * the full bootstrap settings and session shape the SDK parses, and behaviour that only shows
 * with a store that keeps expired records (the store contract allows it: "a store may also
 * forget an expired one"). Literal values, not the code's constants.
 */

/**
 * A memory store that never forgets: expired sessions and pending TOTPs stay readable, as in a
 * database-backed store without a sweeper, so the backend itself must refuse them.
 */
function keepingStore(now: () => number): BackendStore {
  const inner = createMemoryStore({ now });
  const sessions = new Map<string, SessionRecord>();
  const totps = new Map<string, TotpRecord>();
  return {
    ...inner,
    getSession: (token) => inner.getSession(token) ?? sessions.get(token),
    saveSession: (session) => {
      sessions.set(session.session_token, session);
      inner.saveSession(session);
    },
    getTotp: (userId) => inner.getTotp(userId) ?? totps.get(userId),
    replaceTotp: (totp, options) => {
      const replaced = inner.replaceTotp(totp, options);
      if (replaced) totps.set(totp.user_id, totp);
      return replaced;
    },
  };
}

async function secondFactorSession(backend: StytchBackend, now: number) {
  const seeded = seedUserSession(backend);
  const created = await createTotp(backend, { session: seeded.session_token });
  const login = await authenticate(backend, codeAt(created.secret, now), { session: seeded.session_token });
  assert.equal(login.status, 200);
  return { seeded, created, login };
}

describe('error messages a developer reads', () => {
  it('explains a refused bootstrap token', async () => {
    const { backend } = newBackend();
    const result = await call(backend, '/projects/bootstrap/some-other-token');
    assert.equal(result.json.error_message, 'The public token is not one this backend accepts.');
  });

  it('explains a malformed totp_code and recovery_code', async () => {
    const { backend } = newDemoBackend();
    const totp = await call(backend, '/totps/authenticate', { session: PUBLIC_TOKEN, body: { totp_code: '12345' } });
    assert.equal(totp.json.error_message, 'totp_code must be a string of exactly 6 digits.');
    const recovery = await call(backend, '/totps/recover', { session: PUBLIC_TOKEN, body: { recovery_code: '' } });
    assert.equal(recovery.json.error_message, 'recovery_code must be a non-empty string.');
  });

  it('names the field, the range and what was sent for an out-of-range number or a wrong type', async () => {
    const { backend } = newDemoBackend();
    const number = await call(backend, '/totps', { session: PUBLIC_TOKEN, body: { expiration_minutes: 3 } });
    assert.equal(number.status, 400);
    assert.match(number.json.error_message, /^expiration_minutes must be a whole number from \d+ to \d+; got 3\.$/);
    const text = await call(backend, '/totps', { session: PUBLIC_TOKEN, body: { expiration_minutes: '60' } });
    assert.equal(text.status, 400);
    assert.match(text.json.error_message, /^expiration_minutes must be a whole number from \d+ to \d+; got string\.$/);
  });

  it('explains the TOTP-related refusals of Create, Authenticate and the recovery routes', async () => {
    const { backend, clock } = newBackend();
    const { seeded, login } = await secondFactorSession(backend, clock.now());
    const create = await call(backend, '/totps', { session: seeded.session_token, body: {} });
    assert.equal(create.json.error_message, 'This user already has a verified TOTP. Remove it before creating a new one.');

    const other = seedUserSession(backend);
    const auth = await authenticate(backend, '123456', { session: other.session_token });
    assert.equal(auth.json.error_message, 'This user has no TOTP registration. Create one first.');
    const recover = await call(backend, '/totps/recover', { session: other.session_token, body: { recovery_code: 'abcd-1234' } });
    assert.equal(recover.json.error_message, 'This user has no verified TOTP to recover.');

    const wrong = await call(backend, '/totps/recover', { session: login.json.data.session_token, body: { recovery_code: 'not-a-code' } });
    assert.equal(wrong.json.error_message, 'The recovery code is incorrect or has already been used.');

    const noFactor = await call(backend, '/totps/recovery_codes', { session: other.session_token, body: {} });
    assert.equal(
      noFactor.json.error_message,
      'Listing recovery codes needs a session that already passed a second factor (a TOTP or recovery code, an SMS or WhatsApp code, WebAuthn or biometrics).',
    );
  });

  it('explains recovery_codes for a second-factor session without a TOTP registration', async () => {
    const { backend, clock } = newBackend();
    const seeded = seedUserSession(backend);
    const session = backend.store.getSession(seeded.session_token)!;
    backend.store.saveSession({
      ...session,
      authentication_factors: [{ type: 'totp', delivery_method: 'authenticator_app', last_authenticated_at: clock.now(), details: {} }],
    });
    const result = await call(backend, '/totps/recovery_codes', { session: seeded.session_token, body: {} });
    assert.equal(result.status, 404);
    assert.equal(result.json.error_message, 'This user has no TOTP registration.');
  });

  it('explains a missing session and a lockout (with the seconds to wait)', async () => {
    const { backend, clock } = newDemoBackend({ maxFailedAttempts: 1, lockoutSeconds: 60 });
    const missing = await call(backend, '/sessions/authenticate', { session: 'no-such-session', body: {} });
    assert.equal(missing.json.error_message, 'There is no active session for this token.');
    const created = await createTotp(backend);
    await authenticate(backend, wrongCodeAt(created.secret, clock.now()));
    const locked = await authenticate(backend, codeAt(created.secret, clock.now()));
    assert.equal(locked.status, 429);
    assert.equal(locked.json.error_message, 'Too many incorrect codes. Try again in 60 seconds.');
  });
});

describe('bootstrap settings in full', () => {
  it('switches off every SDK feature that would load scripts or demand configuration', async () => {
    const { backend } = newBackend();
    const { data } = (await call(backend, `/projects/bootstrap/${PUBLIC_TOKEN}`)).json;
    const { request_id: _requestId, project_name: _name, ...settings } = data;
    assert.deepEqual(settings, {
      status_code: 200,
      disable_sdk_watermark: true,
      cname_domain: null,
      email_domains: [],
      captcha_settings: { enabled: false },
      password_config: null,
      pkce_required_for_email_magic_links: false,
      pkce_required_for_password_resets: false,
      pkce_required_for_oauth: false,
      pkce_required_for_sso: false,
      slug_pattern: '',
      create_organization_enabled: false,
      dfp_protected_auth_enabled: false,
      dfp_protected_auth_mode: 'OBSERVATION',
      rbac_policy: { roles: [], resources: [] },
      siwe_required_for_crypto_wallets: false,
      vertical: 'CONSUMER',
    });
  });
});

describe('request parameters at their edges', () => {
  it('takes a null expiration_minutes as absent (the default) rather than refusing it', async () => {
    const { backend, clock } = newDemoBackend();
    const result = await call(backend, '/totps', { session: PUBLIC_TOKEN, body: { expiration_minutes: null } });
    assert.equal(result.status, 200);
    assert.ok(backend.store.getTotp(DEMO_USER_ID)!.expires_at > clock.now());
  });

  it('refuses a whitespace-only recovery code as malformed, without counting it as a wrong guess', async () => {
    const { backend } = newDemoBackend({ maxFailedAttempts: 1 });
    const result = await call(backend, '/totps/recover', { session: PUBLIC_TOKEN, body: { recovery_code: '   ' } });
    assert.equal(result.status, 400);
    assert.equal(result.json.error_type, 'invalid_recovery_code');
  });

  it('accepts a recovery code typed in capitals with stray spaces around it', async () => {
    const { backend, clock } = newDemoBackend();
    const created = await createTotp(backend);
    assert.equal((await authenticate(backend, codeAt(created.secret, clock.now()))).status, 200);
    const typed = `  ${created.recovery_codes[0].toUpperCase()} `;
    const result = await call(backend, '/totps/recover', { session: PUBLIC_TOKEN, body: { recovery_code: typed } });
    assert.equal(result.status, 200);
    assert.equal(result.json.data.recovery_codes_remaining, created.recovery_codes.length - 1);
  });
});

describe('recovery sessions', () => {
  it('records the recovery code factor with its delivery method', async () => {
    const { backend, clock } = newDemoBackend();
    const created = await createTotp(backend);
    assert.equal((await authenticate(backend, codeAt(created.secret, clock.now()))).status, 200);
    const result = await call(backend, '/totps/recover', { session: PUBLIC_TOKEN, body: { recovery_code: created.recovery_codes[0] } });
    const factor = result.json.data.session.authentication_factors.find((f: { type: string }) => f.type === 'recovery_codes');
    assert.equal(factor.delivery_method, 'recovery_code');
  });

  it('lists recovery codes to a session holding a first factor and then the TOTP', async () => {
    const { backend, clock } = newBackend();
    const { seeded, created, login } = await secondFactorSession(backend, clock.now());
    assert.deepEqual(login.json.data.session.authentication_factors.map((f: { type: string }) => f.type), ['magic_link', 'totp']);
    const result = await call(backend, '/totps/recovery_codes', { session: seeded.session_token, body: {} });
    assert.equal(result.status, 200);
    assert.deepEqual(result.json.data.totps.recovery_codes, created.recovery_codes);
  });
});

describe('sessions as the SDK parses them', () => {
  it('carries empty attributes and roles', async () => {
    const { backend } = newBackend();
    const seeded = seedUserSession(backend);
    const { session } = (await call(backend, '/sessions/authenticate', { session: seeded.session_token, body: {} })).json.data;
    assert.deepEqual(session.attributes, { ip_address: '', user_agent: '' });
    assert.deepEqual(session.roles, []);
  });

  it('issues session tokens of 43 base64url characters (32 random bytes, no padding)', () => {
    const { backend } = newBackend();
    // 20 tokens: the chance that none would hold a '/' or '+' to translate is below one in a million.
    for (let i = 0; i < 20; i++) {
      assert.match(seedUserSession(backend).session_token, /^[A-Za-z0-9_-]{43}$/);
    }
  });

  it('refuses a session at its expiry even when the store still returns it', async () => {
    const { backend, clock } = newBackend({ store: keepingStore(() => clock.now()) });
    const seeded = seedUserSession(backend, { sessionDurationMinutes: 5 });
    clock.advance(5 * 60_000 - 1);
    assert.equal((await call(backend, '/sessions/authenticate', { session: seeded.session_token, body: {} })).status, 200);
    clock.advance(1);
    const result = await call(backend, '/sessions/authenticate', { session: seeded.session_token, body: {} });
    assert.equal(result.status, 404);
    assert.equal(result.json.error_type, 'session_not_found');
  });

  it('refuses an unverified TOTP past its expiry even when the store still returns it', async () => {
    const { backend, clock } = newDemoBackend({ store: keepingStore(() => clock.now()) });
    const created = await createTotp(backend, { expiration_minutes: 5 });
    clock.advance(5 * 60_000);
    const result = await authenticate(backend, codeAt(created.secret, clock.now()));
    assert.equal(result.status, 400);
    assert.equal(result.json.error_type, 'totp_expired');
    assert.equal(result.json.error_message, 'This TOTP registration was not verified in time and can no longer be used. Create a new one.');
  });
});

describe('seedUserSession for an existing user', () => {
  it('signs the same user in again with a new first-factor session', async () => {
    const { backend, clock } = newBackend();
    const { seeded } = await secondFactorSession(backend, clock.now());
    const again = seedUserSession(backend, { userId: seeded.user_id });
    assert.equal(again.user_id, seeded.user_id);
    assert.notEqual(again.session_token, seeded.session_token);
    assert.deepEqual(backend.store.getSession(again.session_token)!.authentication_factors.map((f) => f.type), ['magic_link']);
  });

  it('throws for a user id it does not know instead of inventing a user', () => {
    const { backend } = newBackend();
    assert.throws(() => seedUserSession(backend, { userId: 'user-test-local-nobody' }), /no user user-test-local-nobody/);
  });
});
