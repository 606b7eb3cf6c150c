import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DEMO_USER_ID,
  PUBLIC_TOKEN,
  STEP_MS,
  authenticate,
  call,
  codeAt,
  createTotp,
  newDemoBackend,
  seedUserSession,
  wrongCodeAt,
} from '../harness.js';

describe('POST /totps/authenticate', () => {
  it('accepts the current code, verifies the TOTP and starts a session', async () => {
    const { backend, clock } = newDemoBackend();
    const created = await createTotp(backend);
    const result = await authenticate(backend, codeAt(created.secret, clock.now()), { session_duration_minutes: 30 });
    assert.equal(result.status, 200);
    const data = result.json.data;
    assert.equal(data.status_code, 200);
    assert.match(data.request_id, /^request-id-local-/);
    assert.equal(data.totp_id, created.totp_id);
    assert.equal(data.user_id, DEMO_USER_ID);
    assert.deepEqual(data.user, data.__user);
    assert.deepEqual(data.user.totps, [{ totp_id: created.totp_id, verified: true, created_at: data.user.totps[0]?.created_at }]);
    assert.match(data.user.totps[0].created_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.equal(typeof data.session_token, 'string');
    assert.ok(data.session_token.length >= 32);
    assert.match(data.session_jwt, /^[\w-]+\.[\w-]+\.[\w-]+$/);
    assert.equal(data.session.user_id, DEMO_USER_ID);
    assert.match(data.session.session_id, /^session-test-local-/);
    assert.equal(Date.parse(data.session.expires_at), clock.now() + 30 * 60_000);
    const factor = data.session.authentication_factors[0];
    assert.equal(factor.type, 'totp');
    assert.equal(factor.delivery_method, 'authenticator_app');
    assert.deepEqual(factor.authenticator_app_factor, { totp_id: created.totp_id });
    assert.equal(backend.store.getTotp(DEMO_USER_ID)?.verified, true);
    assert.equal(backend.store.getSession(data.session_token)?.user_id, DEMO_USER_ID);
  });

  it('puts the session in a JWT whose claims name the user and the expiry', async () => {
    const { backend, clock } = newDemoBackend();
    const created = await createTotp(backend);
    const { session_jwt, session } = (await authenticate(backend, codeAt(created.secret, clock.now()))).json.data;
    const claims = JSON.parse(Buffer.from(session_jwt.split('.')[1], 'base64url').toString());
    assert.equal(claims.sub, DEMO_USER_ID);
    assert.equal(claims.exp * 1000, Date.parse(session.expires_at));
    assert.equal(claims['https://stytch.com/session'].id, session.session_id);
  });

  it('refuses a wrong code with 401 otp_code_not_found and leaves the TOTP unverified', async () => {
    const { backend, clock } = newDemoBackend();
    const created = await createTotp(backend);
    const result = await authenticate(backend, wrongCodeAt(created.secret, clock.now()));
    assert.equal(result.status, 401);
    assert.deepEqual(Object.keys(result.json).sort(), [
      'attempts_remaining',
      'error_message',
      'error_type',
      'error_url',
      'request_id',
      'status_code',
    ]);
    assert.equal(result.json.error_type, 'otp_code_not_found');
    assert.equal(result.json.error_message, 'The code is incorrect.');
    assert.equal(result.json.attempts_remaining, 4, 'not Stytch\'s: wrong codes left before the lockout (five)');
    assert.equal(result.json.error_url, 'https://stytch.com/docs/api/errors/401');
    assert.equal(backend.store.getTotp(DEMO_USER_ID)?.verified, false);
  });

  it('refuses a code that was already used (replay), also after verification', async () => {
    const { backend, clock } = newDemoBackend();
    const created = await createTotp(backend);
    const code = codeAt(created.secret, clock.now());
    assert.equal((await authenticate(backend, code)).status, 200);
    const replay = await authenticate(backend, code);
    assert.equal(replay.status, 401);
    assert.equal(replay.json.error_type, 'totp_code_already_authenticated', 'a reused code has its own type: wait for the next one');
    // The next step's code is new and works.
    clock.advance(STEP_MS);
    assert.equal((await authenticate(backend, codeAt(created.secret, clock.now()))).status, 200);
    // A code of a step before the last accepted one is refused too.
    assert.equal((await authenticate(backend, codeAt(created.secret, clock.now() - STEP_MS))).status, 401);
  });

  it('remembers the step a code belongs to: a next-step code accepted early cannot be replayed in its own step', async () => {
    const { backend, clock } = newDemoBackend();
    const created = await createTotp(backend);
    const early = codeAt(created.secret, clock.now() + STEP_MS);
    assert.equal((await authenticate(backend, early)).status, 200, 'one step early is within the drift allowed');
    clock.advance(STEP_MS);
    const replay = await authenticate(backend, early);
    assert.equal(replay.status, 401, 'the same code in its own step is a replay');
    assert.equal(replay.json.error_type, 'totp_code_already_authenticated');
  });

  it('remembers the step a code belongs to: after a late code the current one still works', async () => {
    const { backend, clock } = newDemoBackend();
    const created = await createTotp(backend);
    assert.equal((await authenticate(backend, codeAt(created.secret, clock.now() - STEP_MS))).status, 200);
    assert.equal((await authenticate(backend, codeAt(created.secret, clock.now()))).status, 200);
  });

  it('accepts codes one step early or late, and refuses two steps away', async () => {
    for (const offset of [-1, 1]) {
      const { backend, clock } = newDemoBackend();
      const created = await createTotp(backend);
      const result = await authenticate(backend, codeAt(created.secret, clock.now() + offset * STEP_MS));
      assert.equal(result.status, 200, `offset ${offset}`);
    }
    for (const offset of [-2, 2]) {
      const { backend, clock } = newDemoBackend();
      const created = await createTotp(backend);
      const code = codeAt(created.secret, clock.now() + offset * STEP_MS);
      const window = [-1, 0, 1].map((near) => codeAt(created.secret, clock.now() + near * STEP_MS));
      if (window.includes(code)) continue; // the same six digits twice in a row: 1-in-a-million coincidence
      const result = await authenticate(backend, code);
      assert.equal(result.status, 401, `offset ${offset}`);
    }
  });

  it('checks codes at the backend clock, not the wall clock', async () => {
    const { backend, clock } = newDemoBackend();
    const created = await createTotp(backend);
    clock.advance(10 * STEP_MS);
    assert.equal((await authenticate(backend, codeAt(created.secret, clock.now()))).status, 200);
  });

  it('refuses a pending TOTP not verified within expiration_minutes', async () => {
    const { backend, clock } = newDemoBackend();
    const created = await createTotp(backend, { expiration_minutes: 5 });
    clock.advance(5 * 60_000);
    const result = await authenticate(backend, codeAt(created.secret, clock.now()));
    assert.equal(result.status, 400);
    assert.equal(result.json.error_type, 'totp_expired');
    assert.equal(backend.store.getTotp(DEMO_USER_ID)?.verified, false);
  });

  it('keeps a pending TOTP usable until just before it expires', async () => {
    const { backend, clock } = newDemoBackend();
    const created = await createTotp(backend, { expiration_minutes: 5 });
    clock.advance(5 * 60_000 - 1);
    assert.equal((await authenticate(backend, codeAt(created.secret, clock.now()))).status, 200);
  });

  it('lets a verified TOTP keep working after expiration_minutes', async () => {
    const { backend, clock } = newDemoBackend();
    const created = await createTotp(backend, { expiration_minutes: 5 });
    assert.equal((await authenticate(backend, codeAt(created.secret, clock.now()))).status, 200);
    clock.advance(24 * 60 * 60_000);
    assert.equal((await authenticate(backend, codeAt(created.secret, clock.now()))).status, 200);
  });

  it('locks the user out after maxFailedAttempts failures, with Retry-After, then unlocks', async () => {
    const { backend, clock } = newDemoBackend({ maxFailedAttempts: 3, lockoutSeconds: 60 });
    const created = await createTotp(backend);
    const wrong = wrongCodeAt(created.secret, clock.now());
    for (let attempt = 1; attempt <= 3; attempt++) {
      assert.equal((await authenticate(backend, wrong)).status, 401, `attempt ${attempt}`);
    }
    const locked = await authenticate(backend, codeAt(created.secret, clock.now()));
    assert.equal(locked.status, 429, 'even the right code is refused during a lockout');
    assert.equal(locked.json.error_type, 'too_many_requests');
    assert.equal(locked.headers.get('Retry-After'), '60');

    clock.advance(45_000);
    assert.equal((await authenticate(backend, wrong)).headers.get('Retry-After'), '15');

    // Half a second left is still a lockout: Retry-After rounds up, never to 0.
    clock.advance(14_500);
    assert.equal((await authenticate(backend, wrong)).headers.get('Retry-After'), '1');

    clock.advance(500);
    const unlocked = await authenticate(backend, codeAt(created.secret, clock.now()));
    assert.equal(unlocked.status, 200);
  });

  it('doubles each lockout in a row (60, 120, 240 s…) up to maxLockoutSeconds; a right code resets it', async () => {
    const { backend, clock } = newDemoBackend({ maxFailedAttempts: 2, lockoutSeconds: 60, maxLockoutSeconds: 300 });
    const created = await createTotp(backend);
    const lockOut = async (): Promise<string | null> => {
      const wrong = wrongCodeAt(created.secret, clock.now());
      for (let attempt = 0; attempt < 2; attempt++) assert.equal((await authenticate(backend, wrong)).status, 401);
      const locked = await authenticate(backend, wrong);
      assert.equal(locked.status, 429);
      return locked.headers.get('Retry-After');
    };
    for (const expected of ['60', '120', '240', '300', '300']) {
      assert.equal(await lockOut(), expected);
      clock.advance(Number(expected) * 1000);
    }
    assert.equal((await authenticate(backend, codeAt(created.secret, clock.now()))).status, 200);
    assert.equal(await lockOut(), '60', 'a right code starts over');
  });

  it('caps lockouts at a day by default', async () => {
    const { backend, clock } = newDemoBackend({ maxFailedAttempts: 1 });
    const created = await createTotp(backend);
    // Verified first, so the registration outlives the many hours of lockouts below.
    assert.equal((await authenticate(backend, codeAt(created.secret, clock.now()))).status, 200);
    let retryAfter = 0;
    for (let lockout = 0; lockout < 13; lockout++) {
      assert.equal((await authenticate(backend, wrongCodeAt(created.secret, clock.now()))).status, 401);
      retryAfter = Number((await authenticate(backend, '000000')).headers.get('Retry-After'));
      clock.advance(retryAfter * 1000);
    }
    assert.equal(retryAfter, 86_400);
  });

  it('defaults to five attempts, and a success resets the count', async () => {
    const { backend, clock } = newDemoBackend();
    const created = await createTotp(backend);
    const wrong = wrongCodeAt(created.secret, clock.now());
    for (let attempt = 0; attempt < 4; attempt++) assert.equal((await authenticate(backend, wrong)).status, 401);
    assert.equal((await authenticate(backend, codeAt(created.secret, clock.now()))).status, 200);
    for (let attempt = 0; attempt < 4; attempt++) assert.equal((await authenticate(backend, wrong)).status, 401);
    assert.equal((await authenticate(backend, wrong)).status, 401);
    assert.equal((await authenticate(backend, wrong)).status, 429);
  });

  it('answers 404 totp_not_found when the user has no TOTP', async () => {
    const { backend } = newDemoBackend();
    const result = await authenticate(backend, '123456');
    assert.equal(result.status, 404);
    assert.equal(result.json.error_type, 'totp_not_found');
  });

  it('refuses a totp_code that is not six digits', async () => {
    const { backend } = newDemoBackend();
    await createTotp(backend);
    for (const totp_code of ['12345', '1234567', '12a456', ' 123456', 123456, null]) {
      const result = await call(backend, '/totps/authenticate', {
        session: PUBLIC_TOKEN,
        body: { totp_code, session_duration_minutes: 60 },
      });
      assert.equal(result.status, 400, JSON.stringify(totp_code));
      assert.equal(result.json.error_type, 'invalid_totp_code');
    }
  });

  it('validates session_duration_minutes (5..527040) and defaults it to 60', async () => {
    const { backend, clock } = newDemoBackend();
    const created = await createTotp(backend);
    const code = codeAt(created.secret, clock.now());
    for (const session_duration_minutes of [4, 527041, 10.5, '60']) {
      const result = await call(backend, '/totps/authenticate', {
        session: PUBLIC_TOKEN,
        body: { totp_code: code, session_duration_minutes },
      });
      assert.equal(result.status, 400, JSON.stringify(session_duration_minutes));
      assert.equal(result.json.error_type, 'invalid_session_duration_minutes');
    }
    const result = await call(backend, '/totps/authenticate', { session: PUBLIC_TOKEN, body: { totp_code: code } });
    assert.equal(result.status, 200);
    assert.equal(Date.parse(result.json.data.session.expires_at), clock.now() + 60 * 60_000);
  });

  it('extends the caller\'s session instead of starting another', async () => {
    const { backend, clock } = newDemoBackend();
    const seeded = seedUserSession(backend, { email: 'ada@example.com' });
    const created = await createTotp(backend, { session: seeded.session_token });
    const result = await authenticate(backend, codeAt(created.secret, clock.now()), {
      session: seeded.session_token,
      session_duration_minutes: 120,
    });
    assert.equal(result.status, 200);
    const data = result.json.data;
    assert.equal(data.user_id, seeded.user_id);
    assert.equal(data.session_token, seeded.session_token);
    assert.deepEqual(
      data.session.authentication_factors.map((factor: { type: string }) => factor.type),
      ['magic_link', 'totp'],
    );
    assert.equal(Date.parse(data.session.expires_at), clock.now() + 120 * 60_000);
  });
});
