import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMemoryStore } from '../../../src/server/index.js';
import {
  DEMO_USER_EMAIL, DEMO_USER_ID,
  PUBLIC_TOKEN,
  authenticate,
  basicAuthorization,
  call,
  codeAt,
  createTotp,
  decodeQrDataUrl,
  newBackend,
  newDemoBackend,
  seedUserSession,
} from '../harness.js';

const createBody = { expiration_minutes: 60 };

describe('who the caller is', () => {
  it('is the demo user for Basic public_token:public_token (demoUser on)', async () => {
    const { backend } = newDemoBackend();
    const result = await call(backend, '/totps', { session: PUBLIC_TOKEN, body: createBody });
    assert.equal(result.status, 200);
    assert.equal(result.json.data.user_id, DEMO_USER_ID);
    assert.equal(result.json.data.user.emails[0].email, DEMO_USER_EMAIL);
  });

  it('is the demo user the package exports, for applications that look it up', async () => {
    const exported = await import('../../../src/server/index.js');
    assert.deepEqual([exported.DEMO_USER_ID, exported.DEMO_USER_EMAIL], [DEMO_USER_ID, DEMO_USER_EMAIL]);
  });

  it('is the demo user without any Authorization or cookie (demoUser on)', async () => {
    const { backend } = newDemoBackend();
    const result = await call(backend, '/totps', { body: createBody });
    assert.equal(result.status, 200);
    assert.equal(result.json.data.user_id, DEMO_USER_ID);
  });

  it('is the session\'s user for Basic public_token:session_token', async () => {
    const { backend } = newBackend();
    const seeded = seedUserSession(backend, { email: 'ada@example.com' });
    const result = await call(backend, '/totps', { session: seeded.session_token, body: createBody });
    assert.equal(result.status, 200);
    assert.equal(result.json.data.user_id, seeded.user_id);
    assert.equal(result.json.data.user.emails[0].email, 'ada@example.com');
    const uri = (await decodeQrDataUrl(result.json.data.qr_code)) ?? '';
    assert.match(decodeURIComponent(uri), /^otpauth:\/\/totp\/totp-enroll demo:ada@example\.com\?/);
  });

  it('is the session\'s user for a stytch_session cookie without Authorization', async () => {
    const { backend } = newBackend();
    const seeded = seedUserSession(backend);
    const result = await call(backend, '/totps', {
      cookie: `theme=dark; stytch_session=${seeded.session_token}`,
      body: createBody,
    });
    assert.equal(result.status, 200);
    assert.equal(result.json.data.user_id, seeded.user_id);
  });

  it('refuses an unknown session token with 401 unauthorized_credentials', async () => {
    const { backend } = newBackend();
    for (const options of [{ session: 'not-a-real-session-token' }, { cookie: 'stytch_session=not-real' }]) {
      const result = await call(backend, '/totps', { ...options, body: createBody });
      assert.equal(result.status, 401);
      assert.equal(result.json.error_type, 'unauthorized_credentials');
      assert.equal(result.json.status_code, 401);
    }
  });

  it('refuses an expired session token', async () => {
    const { backend, clock } = newBackend();
    const seeded = seedUserSession(backend, { sessionDurationMinutes: 10 });
    clock.advance(10 * 60_000);
    const result = await call(backend, '/totps', { session: seeded.session_token, body: createBody });
    assert.equal(result.status, 401);
    assert.equal(result.json.error_type, 'unauthorized_credentials');
  });

  it('refuses a malformed Authorization header and a foreign public token', async () => {
    const { backend } = newBackend();
    const malformed = await call(backend, '/totps', { authorization: 'Bearer abc', body: createBody });
    assert.equal(malformed.status, 401);
    assert.equal(malformed.json.error_type, 'unauthorized_credentials');
    const foreign = await call(backend, '/totps', {
      authorization: basicAuthorization('public-token-live-1234', 'public-token-live-1234'),
      body: createBody,
    });
    assert.equal(foreign.status, 401);
    assert.equal(foreign.json.error_type, 'invalid_public_token');
  });

  it('accepts exactly the configured public token, not any public-token-test look-alike', async () => {
    const { backend } = newDemoBackend({ publicToken: 'my-project-token' });
    const custom = await call(backend, '/totps', {
      authorization: basicAuthorization('my-project-token', 'my-project-token'),
      body: createBody,
    });
    assert.equal(custom.status, 200);
    const { backend: byDefault } = newDemoBackend();
    for (const [server, token] of [
      [backend, 'public-token-test-0a1b2c'],
      [byDefault, 'public-token-test-0a1b2c'],
      [byDefault, 'public-token-test-local-evil'],
      [byDefault, 'xpublic-token-test-local'],
    ] as const) {
      const result = await call(server, '/totps', { authorization: basicAuthorization(token, token), body: createBody });
      assert.equal(result.status, 401, token);
      assert.equal(result.json.error_type, 'invalid_public_token');
      const bootstrap = await call(server, `/projects/bootstrap/${token}`);
      assert.equal(bootstrap.status, 401, `bootstrap ${token}`);
    }
  });

  it('keeps users apart: a session user\'s TOTP is not the demo user\'s', async () => {
    const { backend, clock } = newDemoBackend();
    const seeded = seedUserSession(backend);
    const mine = await createTotp(backend, { session: seeded.session_token });
    await createTotp(backend);
    const asDemo = await authenticate(backend, codeAt(mine.secret, clock.now()));
    assert.equal(asDemo.status, 401);
    const asOwner = await authenticate(backend, codeAt(mine.secret, clock.now()), { session: seeded.session_token });
    assert.equal(asOwner.status, 200);
  });
});

describe('without a session, by default', () => {
  it('answers 401 unauthorized_credentials: there is no demo user unless demoUser is on', async () => {
    const { backend } = newBackend();
    const calls = [
      ['/totps', createBody],
      ['/totps/authenticate', { totp_code: '123456', session_duration_minutes: 60 }],
      ['/totps/recover', { recovery_code: 'aaaa-bbbb-cccc', session_duration_minutes: 60 }],
      ['/totps/recovery_codes', {}],
    ] as const;
    for (const [path, body] of calls) {
      for (const options of [{ session: PUBLIC_TOKEN }, {}]) {
        const result = await call(backend, path, { ...options, body });
        assert.equal(result.status, 401, `${path} ${JSON.stringify(options)}`);
        assert.equal(result.json.status_code, 401);
        assert.equal(result.json.error_type, 'unauthorized_credentials');
        assert.equal(result.json.error_url, 'https://stytch.com/docs/api/errors/401');
      }
    }
    assert.equal(backend.store.getUser(DEMO_USER_ID), undefined, 'no demo user was created');
  });

  it('reads the stytch_session cookie when Basic credentials carry only the public token', async () => {
    const { backend } = newBackend();
    const seeded = seedUserSession(backend);
    const result = await call(backend, '/totps', {
      session: PUBLIC_TOKEN,
      cookie: `stytch_session=${seeded.session_token}`,
      body: createBody,
    });
    assert.equal(result.status, 200);
    assert.equal(result.json.data.user_id, seeded.user_id);
    const resumed = await call(backend, '/sessions/authenticate', {
      session: PUBLIC_TOKEN,
      cookie: `stytch_session=${seeded.session_token}`,
      body: {},
    });
    assert.equal(resumed.status, 200);
  });

  it('prefers the session token in Basic credentials over the cookie', async () => {
    const { backend } = newBackend();
    const [mine, other] = [seedUserSession(backend), seedUserSession(backend)];
    const result = await call(backend, '/totps', {
      session: mine.session_token,
      cookie: `stytch_session=${other.session_token}`,
      body: createBody,
    });
    assert.equal(result.json.data.user_id, mine.user_id);
  });
});

describe('re-enrolment', () => {
  it('refuses Create with 400 active_totp_exists once a session user has a verified TOTP', async () => {
    const { backend, clock } = newBackend();
    const seeded = seedUserSession(backend);
    const created = await createTotp(backend, { session: seeded.session_token });
    await authenticate(backend, codeAt(created.secret, clock.now()), { session: seeded.session_token });
    const again = await call(backend, '/totps', { session: seeded.session_token, body: createBody });
    assert.equal(again.status, 400);
    assert.equal(again.json.error_type, 'active_totp_exists');
    assert.equal(backend.store.getTotp(seeded.user_id)?.totp_id, created.totp_id, 'the verified TOTP is kept');
  });

  it('lets the demo user enrol again, with or without the session its last enrolment started', async () => {
    const { backend, clock } = newDemoBackend();
    const first = await createTotp(backend);
    const login = await authenticate(backend, codeAt(first.secret, clock.now()));
    const second = await createTotp(backend, { session: login.json.data.session_token });
    assert.deepEqual(second.user.totps, [{ totp_id: second.totp_id, verified: false, created_at: second.user.totps[0]?.created_at }]);
    assert.match(second.user.totps[0].created_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const third = await createTotp(backend);
    assert.equal(backend.store.getTotp(DEMO_USER_ID)?.totp_id, third.totp_id);
  });
});

describe('POST /sessions/authenticate', () => {
  it('returns the session, its tokens and the user for a known session', async () => {
    const { backend, clock } = newBackend();
    const seeded = seedUserSession(backend, { email: 'ada@example.com' });
    clock.advance(1_000);
    const result = await call(backend, '/sessions/authenticate', { session: seeded.session_token, body: {} });
    assert.equal(result.status, 200);
    const data = result.json.data;
    assert.equal(data.session_token, seeded.session_token);
    assert.equal(typeof data.session_jwt, 'string');
    assert.equal(data.session.user_id, seeded.user_id);
    assert.equal(Date.parse(data.session.last_accessed_at), clock.now());
    for (const field of ['session_id', 'started_at', 'expires_at', 'authentication_factors']) {
      assert.ok(field in data.session, field);
    }
    assert.equal(data.user.user_id, seeded.user_id);
    assert.deepEqual(data.__user, data.user);
  });

  it('accepts the session from the cookie too', async () => {
    const { backend } = newBackend();
    const seeded = seedUserSession(backend);
    const result = await call(backend, '/sessions/authenticate', { cookie: `stytch_session=${seeded.session_token}`, body: {} });
    assert.equal(result.status, 200);
  });

  it('answers 404 session_not_found without a session or with an unknown one', async () => {
    const { backend } = newBackend();
    for (const session of [PUBLIC_TOKEN, 'unknown-token']) {
      const result = await call(backend, '/sessions/authenticate', { session, body: {} });
      assert.equal(result.status, 404);
      assert.equal(result.json.error_type, 'session_not_found');
    }
  });
});

describe('refusals of credentials', () => {
  // The SDK shows error_message to developers: each refusal says what to fix.
  it('say which part is wrong: the public token, the missing session, the header\'s shape', async () => {
    const { backend } = newBackend();
    const foreign = await call(backend, '/totps', { authorization: basicAuthorization('public-token-test-other', 'x'), body: createBody });
    assert.equal(foreign.json.error_message, 'The public token is not one this backend accepts.');
    const missing = await call(backend, '/totps', { body: createBody });
    assert.equal(missing.json.error_message, 'This call needs a session: log in first.');
    const malformed = await call(backend, '/totps', { authorization: 'Bearer abc', body: createBody });
    assert.equal(malformed.json.error_message, 'The Authorization header must be "Basic base64(public_token:session_token)".');
  });

  it('refuse anything after the base64 credentials, not only after a space', async () => {
    const { backend } = newBackend();
    const seeded = seedUserSession(backend);
    for (const suffix of ['!', '.', '*x']) {
      const result = await call(backend, '/totps', { authorization: `${basicAuthorization(PUBLIC_TOKEN, seeded.session_token)}${suffix}`, body: createBody });
      assert.equal(result.status, 401, suffix);
      assert.equal(result.json.error_type, 'unauthorized_credentials', suffix);
    }
  });

  it('take an empty public token (":session") as a wrong public token, not as a malformed header', async () => {
    const { backend } = newBackend();
    const seeded = seedUserSession(backend);
    const result = await call(backend, '/totps', { authorization: `Basic ${btoa(`:${seeded.session_token}`)}`, body: createBody });
    assert.equal(result.status, 401);
    assert.equal(result.json.error_type, 'invalid_public_token');
  });

  it('refuse a live session whose user the store no longer holds', async () => {
    // A store that has lost the user while its session lives on (the memory store never drops a user).
    const inner = createMemoryStore();
    let lost: string | undefined;
    const { backend } = newBackend({ store: { ...inner, getUser: (id) => (id === lost ? undefined : inner.getUser(id)) } });
    const orphaned = seedUserSession(backend);
    lost = orphaned.user_id;
    assert.equal(backend.store.getUser(orphaned.user_id), undefined);
    const result = await call(backend, '/totps', { session: orphaned.session_token, body: createBody });
    assert.equal(result.status, 401);
    assert.equal(result.json.error_type, 'unauthorized_credentials');
    assert.equal(result.json.error_message, 'The session token is unknown or has expired.');
  });

  it('follow the clock when a test sets it rather than advancing it', async () => {
    const { backend, clock } = newBackend();
    const seeded = seedUserSession(backend, { sessionDurationMinutes: 10 });
    clock.set(clock.now() + 10 * 60_000);
    const result = await call(backend, '/totps', { session: seeded.session_token, body: createBody });
    assert.equal(result.status, 401);
  });
});
