import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  PUBLIC_TOKEN, STEP_MS, authenticate, call, codeAt, createTotp, newBackend, newDemoBackend, seedUserSession,
} from '../harness.js';
import { createMemoryStore } from '../../../src/server/index.js';

/* Sessions as the SDK sees them: their lifetime, their factors and their JWT. Literal values, not the code's constants. */

const factorTypes = (session: { authentication_factors: { type: string }[] }) => session.authentication_factors.map((f) => f.type);

describe('POST /sessions/authenticate lifetime', () => {
  it('moves the expiry to session_duration_minutes from now when given', async () => {
    const { backend, clock } = newBackend();
    const seeded = seedUserSession(backend);
    clock.advance(10 * 60_000);
    const result = await call(backend, '/sessions/authenticate', { session: seeded.session_token, body: { session_duration_minutes: 240 } });
    assert.equal(result.status, 200);
    assert.equal(Date.parse(result.json.data.session.expires_at), clock.now() + 240 * 60_000);
    assert.equal(backend.store.getSession(seeded.session_token)?.expires_at, clock.now() + 240 * 60_000);
  });

  it('keeps the expiry when no duration is given', async () => {
    const { backend, clock } = newBackend();
    const seeded = seedUserSession(backend, { sessionDurationMinutes: 30 });
    const expiresAt = clock.now() + 30 * 60_000;
    clock.advance(60_000);
    const result = await call(backend, '/sessions/authenticate', { session: seeded.session_token, body: {} });
    assert.equal(Date.parse(result.json.data.session.expires_at), expiresAt);
    assert.equal(Date.parse(result.json.data.session.last_accessed_at), clock.now());
  });

  it('refuses a duration out of range', async () => {
    const { backend } = newBackend();
    const seeded = seedUserSession(backend);
    const result = await call(backend, '/sessions/authenticate', { session: seeded.session_token, body: { session_duration_minutes: 4 } });
    assert.equal(result.status, 400);
    assert.equal(result.json.error_type, 'invalid_session_duration_minutes');
  });

  it('answers 404 for a session that expired, and for a known token of a user who is gone', async () => {
    const { backend, clock } = newBackend();
    const seeded = seedUserSession(backend, { sessionDurationMinutes: 5 });
    clock.advance(5 * 60_000);
    assert.equal((await call(backend, '/sessions/authenticate', { session: seeded.session_token, body: {} })).status, 404);
    const orphan = seedUserSession(backend);
    const store = { ...backend.store, getUser: () => undefined };
    const { backend: other } = newBackend({ store });
    store.saveSession(backend.store.getSession(orphan.session_token)!);
    assert.equal((await call(other, '/sessions/authenticate', { session: orphan.session_token, body: {} })).json.error_type, 'session_not_found');
  });

  it('answers with the user as Stytch shows it', async () => {
    const { backend } = newBackend();
    const seeded = seedUserSession(backend, { email: 'grace@example.com' });
    const { user } = (await call(backend, '/sessions/authenticate', { session: seeded.session_token, body: {} })).json.data;
    assert.equal(user.user_id, seeded.user_id);
    assert.equal(user.status, 'active');
    assert.equal(user.emails[0].email, 'grace@example.com');
    assert.equal(user.emails[0].verified, true);
    assert.deepEqual(user.totps, []);
    assert.deepEqual(user.name, { first_name: '', middle_name: '', last_name: '' });
    for (const list of ['phone_numbers', 'webauthn_registrations', 'providers', 'crypto_wallets', 'biometric_registrations', 'roles']) {
      assert.deepEqual(user[list], [], list);
    }
    assert.equal(user.password, null);
    assert.equal(user.is_locked, false);
  });
});

describe('sessions started and extended by a second factor', () => {
  it('lists a factor once, however often it is used in one session', async () => {
    const { backend, clock } = newBackend();
    const seeded = seedUserSession(backend);
    const created = await createTotp(backend, { session: seeded.session_token });
    assert.equal((await authenticate(backend, codeAt(created.secret, clock.now()), { session: seeded.session_token })).status, 200);
    clock.advance(STEP_MS);
    const again = await authenticate(backend, codeAt(created.secret, clock.now()), { session: seeded.session_token });
    assert.equal(again.status, 200);
    assert.deepEqual(factorTypes(again.json.data.session), ['magic_link', 'totp']);
    const totp = again.json.data.session.authentication_factors[1];
    assert.equal(totp.delivery_method, 'authenticator_app');
    assert.equal(totp.authenticator_app_factor.totp_id, created.totp_id);
    assert.equal(Date.parse(totp.last_authenticated_at), clock.now());
  });

  it('starts a new session for the demo user, with the TOTP as its only factor', async () => {
    const { backend, clock } = newDemoBackend();
    const created = await createTotp(backend);
    const data = (await authenticate(backend, codeAt(created.secret, clock.now()), { session_duration_minutes: 15 })).json.data;
    assert.equal(data.user_id, 'user-test-local-demo');
    assert.deepEqual(factorTypes(data.session), ['totp']);
    assert.equal(Date.parse(data.session.started_at), clock.now());
    assert.equal(Date.parse(data.session.expires_at), clock.now() + 15 * 60_000);
    assert.match(data.session.session_id, /^session-test-local-[0-9a-f-]{36}$/);
    assert.match(data.session_token, /^[A-Za-z0-9_-]{43}$/);
    assert.equal(backend.store.getSession(data.session_token)?.user_id, 'user-test-local-demo');
  });

  it('signs a JWT shaped as Stytch\'s: HS256 header, issuer and audience of the project, times of the session', async () => {
    const { backend, clock } = newBackend();
    const seeded = seedUserSession(backend);
    const created = await createTotp(backend, { session: seeded.session_token });
    clock.advance(1_500);
    const data = (await authenticate(backend, codeAt(created.secret, clock.now()), { session: seeded.session_token, session_duration_minutes: 30 })).json.data;
    const [header, claims, signature] = data.session_jwt.split('.');
    const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    assert.deepEqual(decode(header), { alg: 'HS256', typ: 'JWT' });
    const body = decode(claims);
    const seconds = Math.floor(clock.now() / 1000);
    assert.equal(body.sub, seeded.user_id);
    assert.equal(body.iss, 'stytch.com/project-test-local');
    assert.deepEqual(body.aud, ['project-test-local']);
    assert.equal(body.iat, seconds);
    assert.equal(body.nbf, seconds);
    assert.equal(body.exp, Math.floor((clock.now() + 30 * 60_000) / 1000));
    assert.deepEqual(body['https://stytch.com/session'], {
      id: data.session.session_id,
      started_at: data.session.started_at,
      last_accessed_at: new Date(clock.now()).toISOString(),
      expires_at: new Date(clock.now() + 30 * 60_000).toISOString(),
    });
    // A SHA-256 HMAC is 32 bytes: 43 base64url characters, no padding.
    assert.match(signature, /^[A-Za-z0-9_-]{43}$/);
    assert.doesNotMatch(data.session_jwt, /[=+/]/);
  });

  it('signs each session differently and the same session alike', async () => {
    const { backend } = newBackend();
    const first = seedUserSession(backend);
    const second = seedUserSession(backend);
    const jwt = async (token: string) => (await call(backend, '/sessions/authenticate', { session: token, body: {} })).json.data.session_jwt;
    const [a, b, again] = [await jwt(first.session_token), await jwt(second.session_token), await jwt(first.session_token)];
    assert.notEqual(a, b);
    assert.equal(a, again);
  });
});

describe('the demo user', () => {
  it('is user-test-local-demo, demo@example.com, made once', async () => {
    const { backend, clock } = newDemoBackend();
    const created = await createTotp(backend);
    assert.equal(created.user_id, 'user-test-local-demo');
    assert.equal(created.user.emails[0].email, 'demo@example.com');
    assert.equal(created.user.emails[0].email_id, 'email-test-local-demo');
    assert.equal(Date.parse(created.user.created_at), clock.now());
    clock.advance(60_000);
    const later = await createTotp(backend);
    assert.equal(Date.parse(later.user.created_at), clock.now() - 60_000);
  });

  it('has ids of its own kind for a seeded user', async () => {
    const { backend, clock } = newBackend();
    const seeded = seedUserSession(backend);
    assert.match(seeded.user_id, /^user-test-local-[0-9a-f-]{36}$/);
    const user = backend.store.getUser(seeded.user_id)!;
    assert.match(user.email_id, /^email-test-local-[0-9a-f-]{36}$/);
    assert.match(user.email, /^user-[0-9a-f-]{36}@example\.com$/);
    assert.equal(user.created_at, clock.now());
    const session = backend.store.getSession(seeded.session_token)!;
    assert.equal(session.expires_at, clock.now() + 60 * 60_000);
    assert.equal(session.started_at, clock.now());
    assert.deepEqual(session.authentication_factors, [{
      type: 'magic_link', delivery_method: 'email', last_authenticated_at: clock.now(),
      details: { email_factor: { email_id: user.email_id, email_address: user.email } },
    }]);
    assert.equal(PUBLIC_TOKEN, 'public-token-test-local');
  });
});

describe('POST /sessions/revoke (logout)', () => {
  /** Every route that acts for a session: after a revoke each must refuse the token. */
  const sessionRoutes = [
    { path: '/totps', body: { expiration_minutes: 60 } },
    { path: '/totps/authenticate', body: { totp_code: '123456', session_duration_minutes: 60 } },
    { path: '/totps/recovery_codes', body: {} },
    { path: '/totps/recover', body: { recovery_code: 'aaaa-bbbb-cccc', session_duration_minutes: 60 } },
  ];

  it('revokes the session in Basic credentials: Stytch\'s success envelope, then 404 at authenticate and 401 everywhere else', async () => {
    const { backend } = newBackend();
    const seeded = seedUserSession(backend);
    const revoked = await call(backend, '/sessions/revoke', { session: seeded.session_token, body: {} });
    assert.equal(revoked.status, 200);
    assert.deepEqual(Object.keys(revoked.json.data).sort(), ['request_id', 'status_code']);
    assert.equal(revoked.json.data.status_code, 200);
    assert.match(revoked.json.data.request_id, /^request-id-local-[0-9a-f-]{36}$/);
    assert.equal(backend.store.getSession(seeded.session_token), undefined, 'gone from the store');

    const again = await call(backend, '/sessions/authenticate', { session: seeded.session_token, body: {} });
    assert.equal(again.status, 404);
    assert.equal(again.json.error_type, 'session_not_found');
    for (const { path, body } of sessionRoutes) {
      const refused = await call(backend, path, { session: seeded.session_token, body });
      assert.equal(refused.status, 401, path);
      assert.equal(refused.json.error_type, 'unauthorized_credentials', path);
    }
  });

  it('revokes the session in the stytch_session cookie, as for an HttpOnly cookie the SDK cannot read', async () => {
    const { backend } = newBackend();
    const seeded = seedUserSession(backend);
    const cookie = `stytch_session=${seeded.session_token}`;
    const revoked = await call(backend, '/sessions/revoke', { session: PUBLIC_TOKEN, cookie, body: {} });
    assert.equal(revoked.status, 200);
    assert.equal((await call(backend, '/sessions/authenticate', { session: PUBLIC_TOKEN, cookie, body: {} })).status, 404);
    assert.equal((await call(backend, '/totps', { cookie, body: {} })).status, 401);
  });

  it('accepts the SDK\'s bodiless call', async () => {
    const { backend } = newBackend();
    const seeded = seedUserSession(backend);
    assert.equal((await call(backend, '/sessions/revoke', { method: 'POST', session: seeded.session_token })).status, 200);
    assert.equal(backend.store.getSession(seeded.session_token), undefined);
  });

  it('revokes only the presented session: the same user\'s other session stays', async () => {
    const { backend } = newBackend();
    const first = seedUserSession(backend);
    const second = seedUserSession(backend, { userId: first.user_id });
    assert.equal((await call(backend, '/sessions/revoke', { session: first.session_token, body: {} })).status, 200);
    assert.equal((await call(backend, '/sessions/authenticate', { session: second.session_token, body: {} })).status, 200);
  });

  it('answers 404 session_not_found, as Stytch does, for an unknown, a revoked, an expired or a missing session', async () => {
    const { backend, clock } = newDemoBackend();
    const seeded = seedUserSession(backend);
    const expiring = seedUserSession(backend, { sessionDurationMinutes: 5 });
    await call(backend, '/sessions/revoke', { session: seeded.session_token, body: {} });
    clock.advance(5 * 60_000);
    // The demo user has no session, so a request without one has nothing to revoke either.
    for (const session of ['made-up-token', seeded.session_token, expiring.session_token, PUBLIC_TOKEN]) {
      const result = await call(backend, '/sessions/revoke', { session, body: {} });
      assert.equal(result.status, 404, session);
      assert.equal(result.json.error_type, 'session_not_found', session);
    }
  });

  it('frees the session\'s place in a full memory store', async () => {
    const { backend } = newBackend({ store: createMemoryStore({ maxSessions: 1 }) });
    const first = seedUserSession(backend);
    assert.throws(() => seedUserSession(backend), { name: 'StoreFullError' });
    assert.equal((await call(backend, '/sessions/revoke', { session: first.session_token, body: {} })).status, 200);
    assert.doesNotThrow(() => seedUserSession(backend));
  });

  it('refuses a public token it does not accept before revoking anything', async () => {
    const { backend } = newBackend();
    const seeded = seedUserSession(backend);
    const authorization = `Basic ${Buffer.from(`public-token-test-other:${seeded.session_token}`).toString('base64')}`;
    const result = await call(backend, '/sessions/revoke', { authorization, body: {} });
    assert.equal(result.status, 401);
    assert.equal(result.json.error_type, 'invalid_public_token');
    assert.ok(backend.store.getSession(seeded.session_token), 'still there');
  });
});

describe('a session\'s total lifetime (maxSessionLifetimeMinutes)', () => {
  const MINUTE = 60_000;
  const touch = (backend: Parameters<typeof call>[0], token: string, minutes: number) =>
    call(backend, '/sessions/authenticate', { session: token, body: { session_duration_minutes: minutes } });

  it('refuses a session kept alive past the cap, though every touch came well within its duration', async () => {
    const { backend, clock } = newBackend({ maxSessionLifetimeMinutes: 120 });
    const seeded = seedUserSession(backend);
    const startedAt = clock.now();
    for (let elapsed = 0; elapsed < 120; elapsed += 20) {
      clock.set(startedAt + elapsed * MINUTE);
      const touched = await touch(backend, seeded.session_token, 60);
      assert.equal(touched.status, 200, `at ${elapsed} minutes`);
      const expiresAt = Date.parse(touched.json.data.session.expires_at);
      assert.equal(expiresAt, Math.min(clock.now() + 60 * MINUTE, startedAt + 120 * MINUTE), `at ${elapsed} minutes`);
    }
    clock.set(startedAt + 120 * MINUTE);
    assert.equal((await touch(backend, seeded.session_token, 60)).status, 404);
    assert.equal((await call(backend, '/totps', { session: seeded.session_token, body: {} })).status, 401);
  });

  it('caps the extension a second factor gives, and the JWT with it', async () => {
    const { backend, clock } = newBackend({ maxSessionLifetimeMinutes: 120 });
    const seeded = seedUserSession(backend);
    const startedAt = clock.now();
    clock.set(startedAt + 50 * MINUTE);
    await touch(backend, seeded.session_token, 60);
    clock.set(startedAt + 100 * MINUTE);
    const created = await createTotp(backend, { session: seeded.session_token });
    const login = await authenticate(backend, codeAt(created.secret, clock.now()), { session: seeded.session_token, session_duration_minutes: 60 });
    assert.equal(login.status, 200);
    assert.equal(Date.parse(login.json.data.session.expires_at), startedAt + 120 * MINUTE);
    const claims = JSON.parse(Buffer.from(login.json.data.session_jwt.split('.')[1], 'base64url').toString('utf8'));
    assert.equal(claims.exp, Math.floor((startedAt + 120 * MINUTE) / 1000));
    clock.set(startedAt + 120 * MINUTE);
    assert.equal((await call(backend, '/totps/recovery_codes', { session: seeded.session_token, body: {} })).status, 401);
  });

  it('caps the extension a recovery code gives', async () => {
    const { backend, clock } = newBackend({ maxSessionLifetimeMinutes: 120 });
    const seeded = seedUserSession(backend);
    const startedAt = clock.now();
    const created = await createTotp(backend, { session: seeded.session_token });
    const login = await authenticate(backend, codeAt(created.secret, clock.now()), { session: seeded.session_token, session_duration_minutes: 110 });
    assert.equal(login.status, 200);
    clock.set(startedAt + 100 * MINUTE);
    const recovered = await call(backend, '/totps/recover', {
      session: seeded.session_token,
      body: { recovery_code: created.recovery_codes[0], session_duration_minutes: 60 },
    });
    assert.equal(recovered.status, 200);
    assert.equal(Date.parse(recovered.json.data.session.expires_at), startedAt + 120 * MINUTE);
  });

  it('caps a new session too: a longer session_duration_minutes ends at the cap', async () => {
    const { backend, clock } = newDemoBackend({ maxSessionLifetimeMinutes: 30 });
    const created = await createTotp(backend);
    const login = await authenticate(backend, codeAt(created.secret, clock.now()), { session_duration_minutes: 60 });
    assert.equal(Date.parse(login.json.data.session.expires_at), clock.now() + 30 * MINUTE);
  });

  it('defaults to 7 days: a session touched every day for a day more is refused after a week', async () => {
    const { backend, clock } = newBackend();
    const seeded = seedUserSession(backend);
    const startedAt = clock.now();
    const week = 7 * 24 * 60 * MINUTE;
    for (let at = startedAt; at < startedAt + week; at += 23 * 60 * MINUTE) {
      clock.set(at);
      const touched = await touch(backend, seeded.session_token, 24 * 60);
      assert.equal(touched.status, 200);
      assert.ok(Date.parse(touched.json.data.session.expires_at) <= startedAt + week);
    }
    clock.set(startedAt + week - 1);
    assert.equal((await touch(backend, seeded.session_token, 24 * 60)).status, 200, 'still within the week');
    clock.set(startedAt + week);
    assert.equal((await touch(backend, seeded.session_token, 24 * 60)).status, 404);
  });

  it('refuses at start-up a lifetime that is not a whole number of minutes from 5', () => {
    for (const minutes of [0, 4, -60, 60.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      assert.throws(() => newBackend({ maxSessionLifetimeMinutes: minutes }), /maxSessionLifetimeMinutes/, String(minutes));
    }
    assert.doesNotThrow(() => newBackend({ maxSessionLifetimeMinutes: 5 }));
  });
});
