import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEMO_USER_EMAIL, DEMO_USER_ID, PUBLIC_TOKEN, call, createTotp, decodeQrDataUrl, newDemoBackend } from './harness.js';

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
    assert.deepEqual(data.user.totps, [{ totp_id: data.totp_id, verified: false }]);
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
    assert.deepEqual(second.user.totps, [{ totp_id: second.totp_id, verified: false }]);
    assert.notEqual(stored?.secret, first.secret);
  });
});
