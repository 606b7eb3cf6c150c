import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DEMO_USER_EMAIL, DEMO_USER_ID, PUBLIC_TOKEN, authenticate, call, codeAt, createTotp, decodeQrDataUrl, newBackend, newDemoBackend,
  seedUserSession,
} from '../harness.js';

// Stytch's shape (lower-case letters and digits), minus the look-alikes 0, o, 1, l and i.
const RECOVERY_CODE_SHAPE = /^[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}$/;

describe('POST /totps (Create)', () => {
  it('answers with every field of the seed response, wrapped in data', async () => {
    const { backend } = newDemoBackend();
    const result = await call(backend, '/totps', { session: PUBLIC_TOKEN, body: { expiration_minutes: 60 } });
    assert.equal(result.status, 200);
    assert.match(result.headers.get('Content-Type') ?? '', /^application\/json/);
    const data = result.json.data;
    assert.equal(data.status_code, 200);
    assert.match(data.request_id, /^request-id-local-[0-9a-f-]{36}$/);
    assert.match(data.totp_id, /^totp-test-local-[0-9a-f-]{36}$/);
    assert.equal(data.user_id, DEMO_USER_ID);
    assert.deepEqual(data.user, data.__user);
    assert.equal(data.user.user_id, DEMO_USER_ID);
    assert.deepEqual(data.user.totps, [{ totp_id: data.totp_id, verified: false, created_at: data.user.totps[0]?.created_at }]);
    assert.match(data.user.totps[0].created_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('creates a 160-bit base32 secret, ten unique recovery codes and a PNG QR code', async () => {
    const { backend } = newDemoBackend();
    const data = await createTotp(backend);
    assert.match(data.secret, /^[A-Z2-7]{32}$/);
    assert.equal(data.recovery_codes.length, 10);
    assert.equal(new Set(data.recovery_codes).size, 10);
    for (const code of data.recovery_codes) assert.match(code, RECOVERY_CODE_SHAPE);
    assert.match(data.qr_code, /^data:image\/png;base64,[A-Za-z0-9+/]+=*$/);
  });

  it('gives every registration its own secret and codes', async () => {
    const { backend } = newDemoBackend();
    const first = await createTotp(backend);
    const second = await createTotp(backend);
    assert.notEqual(first.secret, second.secret);
    assert.notEqual(first.totp_id, second.totp_id);
    const shared = first.recovery_codes.filter((code: string) => second.recovery_codes.includes(code));
    assert.deepEqual(shared, []);
  });

  it('encodes in the QR code the otpauth URI of the same secret, with issuer and account', async () => {
    const { backend } = newDemoBackend({ issuer: 'Acme Test' });
    const data = await createTotp(backend);
    const text = await decodeQrDataUrl(data.qr_code);
    assert.ok(text, 'the QR code must decode');
    assert.ok(text.startsWith('otpauth://totp/'), text);
    const uri = new URL(text);
    assert.equal(uri.searchParams.get('secret'), data.secret);
    assert.equal(uri.searchParams.get('issuer'), 'Acme Test');
    assert.equal(uri.host, 'totp');
    assert.equal(decodeURIComponent(uri.pathname), `/Acme Test:${DEMO_USER_EMAIL}`);
    assert.equal(uri.searchParams.get('digits') ?? '6', '6');
    assert.equal(uri.searchParams.get('period') ?? '30', '30');
  });

  it('uses "totp-enroll demo" as the default issuer', async () => {
    const { backend } = newDemoBackend();
    const uri = new URL((await decodeQrDataUrl((await createTotp(backend)).qr_code)) ?? '');
    assert.equal(uri.searchParams.get('issuer'), 'totp-enroll demo');
  });

  it('defaults expiration_minutes to 60 when absent, also with an empty body', async () => {
    for (const body of [{}, '']) {
      const { backend, clock } = newDemoBackend();
      const result = await call(backend, '/totps', { session: PUBLIC_TOKEN, body });
      assert.equal(result.status, 200);
      const stored = backend.store.getTotp(DEMO_USER_ID);
      assert.equal(stored?.expires_at, clock.now() + 60 * 60_000);
    }
  });

  it('accepts the bounds 5 and 1440 and stores the expiry', async () => {
    for (const minutes of [5, 1440]) {
      const { backend, clock } = newDemoBackend();
      await createTotp(backend, { expiration_minutes: minutes });
      assert.equal(backend.store.getTotp(DEMO_USER_ID)?.expires_at, clock.now() + minutes * 60_000);
    }
  });

  it('refuses expiration_minutes outside 5..1440, fractional or not a number', async () => {
    const { backend } = newDemoBackend();
    for (const value of [4, 1441, 60.5, '60', 0, -5, true]) {
      const result = await call(backend, '/totps', { session: PUBLIC_TOKEN, body: { expiration_minutes: value } });
      assert.equal(result.status, 400, `expiration_minutes ${JSON.stringify(value)}`);
      assert.equal(result.json.error_type, 'invalid_expiration_minutes');
      assert.match(result.json.error_message, /expiration_minutes/);
      assert.equal(result.json.status_code, 400);
    }
    assert.equal(backend.store.getTotp(DEMO_USER_ID), undefined, 'a refused Create stores nothing');
  });

  it('replaces the pending registration, so only the newest secret works', async () => {
    const { backend } = newDemoBackend();
    const first = await createTotp(backend);
    const second = await createTotp(backend);
    const stored = backend.store.getTotp(DEMO_USER_ID);
    assert.equal(stored?.totp_id, second.totp_id);
    assert.deepEqual(second.user.totps, [{ totp_id: second.totp_id, verified: false, created_at: second.user.totps[0]?.created_at }]);
    assert.match(second.user.totps[0].created_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.notEqual(stored?.secret, first.secret);
  });
});

describe('POST /totps (Create): Stytch\'s MFA rule', () => {
  const createBody = { expiration_minutes: 60 };

  it('refuses a one-factor session of a user with a verified SMS phone with 403, storing nothing', async () => {
    const { backend } = newBackend();
    const seeded = seedUserSession(backend, { phoneNumber: '+15005550006' });
    const result = await call(backend, '/totps', { session: seeded.session_token, body: createBody });
    assert.equal(result.status, 403);
    assert.equal(result.json.status_code, 403);
    assert.equal(result.json.error_type, 'insufficient_session_factors');
    assert.match(result.json.error_message, /another MFA method/);
    assert.equal(backend.store.getTotp(seeded.user_id), undefined);
  });

  it('refuses a one-factor session of a user with a WebAuthn registration with 403', async () => {
    const { backend } = newBackend();
    const seeded = seedUserSession(backend, { webauthn: true });
    const result = await call(backend, '/totps', { session: seeded.session_token, body: createBody });
    assert.equal(result.status, 403);
    assert.equal(result.json.error_type, 'insufficient_session_factors');
    assert.equal(backend.store.getTotp(seeded.user_id), undefined);
  });

  it('refuses a one-factor session of a user with a verified biometric registration with 403; an unverified one does not count', async () => {
    for (const verified of [true, false]) {
      const { backend } = newBackend();
      const seeded = seedUserSession(backend);
      const user = backend.store.getUser(seeded.user_id)!;
      backend.store.saveUser({ ...user, biometric_registrations: [{ biometric_registration_id: 'biometric-registration-test-1', verified }] });
      const result = await call(backend, '/totps', { session: seeded.session_token, body: createBody });
      assert.equal(result.status, verified ? 403 : 200, `verified: ${verified}`);
    }
  });

  it('refuses a new first-factor session of a user whose TOTP is verified with 403, keeping the TOTP', async () => {
    const { backend, clock } = newBackend();
    const first = seedUserSession(backend);
    const created = await createTotp(backend, { session: first.session_token });
    assert.equal((await authenticate(backend, codeAt(created.secret, clock.now()), { session: first.session_token })).status, 200);
    const stolen = seedUserSession(backend, { userId: first.user_id });
    const result = await call(backend, '/totps', { session: stolen.session_token, body: createBody });
    assert.equal(result.status, 403);
    assert.equal(result.json.error_type, 'insufficient_session_factors');
    assert.equal(backend.store.getTotp(first.user_id)?.totp_id, created.totp_id);
  });

  it('allows a session that passed the SMS or WebAuthn factor, and lists those methods on the user', async () => {
    const { backend } = newBackend();
    const sms = seedUserSession(backend, { phoneNumber: '+15005550006', alsoPassed: 'sms' });
    const bySms = await createTotp(backend, { session: sms.session_token });
    assert.deepEqual(bySms.user.phone_numbers.map((p: any) => [p.phone_number, p.verified]), [['+15005550006', true]]);
    assert.match(bySms.user.phone_numbers[0].phone_id, /^phone-number-test-local-/);
    const key = seedUserSession(backend, { webauthn: true, alsoPassed: 'webauthn' });
    const byKey = await createTotp(backend, { session: key.session_token });
    assert.equal(byKey.user.webauthn_registrations.length, 1);
    assert.equal(byKey.user.webauthn_registrations[0].verified, true);
  });

  it('allows a user without another MFA method (the README\'s flow), and the demo user again and again', async () => {
    const { backend } = newBackend();
    const seeded = seedUserSession(backend);
    const created = await createTotp(backend, { session: seeded.session_token });
    assert.deepEqual(created.user.phone_numbers, []);
    const demo = newDemoBackend();
    const first = await createTotp(demo.backend);
    assert.equal((await authenticate(demo.backend, codeAt(first.secret, demo.clock.now()))).status, 200);
    const again = await call(demo.backend, '/totps', { session: PUBLIC_TOKEN, body: createBody });
    assert.equal(again.status, 200, 'the demo user\'s verified TOTP is the one Create replaces, not another method');
  });

  it('seeds only what Stytch could have issued: an SMS factor needs the phone, a WebAuthn factor the registration', () => {
    const { backend } = newBackend();
    assert.throws(() => seedUserSession(backend, { alsoPassed: 'sms' }), /an SMS factor needs a verified phone number/);
    assert.throws(() => seedUserSession(backend, { alsoPassed: 'webauthn' }), /a WebAuthn factor needs a WebAuthn registration/);
  });
});
