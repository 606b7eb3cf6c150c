import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createStytchBackend, type StytchBackend } from '../../../src/server/index.js';
import { PUBLIC_TOKEN, call, newBackend, newDemoBackend } from '../harness.js';

const ORIGIN = 'http://localhost:5173';

describe('start-up traffic of the Stytch SDK', () => {
  it('serves the bootstrap settings that keep the SDK quiet', async () => {
    const { backend } = newBackend();
    const result = await call(backend, `/projects/bootstrap/${PUBLIC_TOKEN}`);
    assert.equal(result.status, 200);
    const data = result.json.data;
    assert.equal(data.status_code, 200);
    assert.match(data.request_id, /^request-id-local-/);
    assert.deepEqual(data.captcha_settings, { enabled: false });
    assert.equal(data.password_config, null);
    assert.equal(data.dfp_protected_auth_enabled, false);
    assert.equal(data.vertical, 'CONSUMER');
    assert.deepEqual(data.rbac_policy, { roles: [], resources: [] });
  });

  it('refuses to bootstrap a token that is not a test token', async () => {
    const { backend } = newBackend();
    const result = await call(backend, '/projects/bootstrap/some-other-token');
    assert.equal(result.status, 401);
    assert.equal(result.json.error_type, 'invalid_public_token');
  });

  it('acknowledges telemetry events without credentials', async () => {
    const { backend } = newBackend();
    const result = await call(backend, '/events', { method: 'POST', body: { events: [{ name: 'x' }] } });
    assert.equal(result.status, 200);
  });
});

describe('Stytch-shaped errors', () => {
  it('answers an unknown route with 404 JSON', async () => {
    const { backend } = newBackend();
    for (const [method, path] of [['GET', '/nope'], ['GET', '/totps'], ['POST', '/totps/other']] as const) {
      const result = await call(backend, path, { method });
      assert.equal(result.status, 404, `${method} ${path}`);
      assert.equal(result.json.status_code, 404);
      assert.equal(result.json.error_type, 'route_not_found');
      assert.equal(result.json.error_url, 'https://stytch.com/docs/api/errors/404');
      assert.match(result.json.request_id, /^request-id-local-[0-9a-f-]{36}$/);
    }
  });

  it('answers a malformed JSON body with 400 invalid_json', async () => {
    const { backend } = newBackend();
    for (const body of ['{"expiration_minutes": ', '[1, 2]', '42']) {
      const result = await call(backend, '/totps', { session: PUBLIC_TOKEN, body });
      assert.equal(result.status, 400, body);
      assert.equal(result.json.error_type, 'invalid_json');
      assert.equal(typeof result.json.error_message, 'string');
    }
  });

  it('marks every answer as not cacheable', async () => {
    const { backend } = newBackend();
    const result = await call(backend, '/totps', { session: PUBLIC_TOKEN, body: {} });
    assert.equal(result.headers.get('Cache-Control'), 'no-store');
  });

  it('serves under basePath when one is configured', async () => {
    const backend = createStytchBackend({ basePath: '/stytch' });
    const response = await backend.fetch(new Request(`http://127.0.0.1/stytch/sdk/v1/projects/bootstrap/${PUBLIC_TOKEN}`));
    assert.equal(response.status, 200);
    const unprefixed = await backend.fetch(new Request(`http://127.0.0.1/sdk/v1/projects/bootstrap/${PUBLIC_TOKEN}`));
    assert.equal(unprefixed.status, 404);
  });
});

describe('CORS for a credentialed cross-origin SDK', () => {
  const requested = 'authorization,content-type,x-sdk-client,x-sdk-parent-host';
  const preflight = (backend: StytchBackend, origin: string, path = '/totps') =>
    call(backend, path, {
      method: 'OPTIONS',
      origin,
      headers: { 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': requested },
    });

  it('answers a preflight from an allowed origin with that origin, credentials and the SDK headers', async () => {
    const { backend } = newBackend({ allowedOrigins: [ORIGIN] });
    const result = await preflight(backend, ORIGIN);
    assert.equal(result.status, 204);
    assert.equal(result.headers.get('Access-Control-Allow-Origin'), ORIGIN);
    assert.equal(result.headers.get('Access-Control-Allow-Credentials'), 'true');
    const allowedHeaders = (result.headers.get('Access-Control-Allow-Headers') ?? '').toLowerCase().split(',');
    for (const header of requested.split(',')) assert.ok(allowedHeaders.includes(header), header);
    assert.match(result.headers.get('Access-Control-Allow-Methods') ?? '', /POST/);
    assert.match(result.headers.get('Vary') ?? '', /Origin/);
  });

  it('answers preflights for its own paths only', async () => {
    const { backend } = newBackend({ allowedOrigins: [ORIGIN] });
    assert.equal((await preflight(backend, ORIGIN, '/whatever')).status, 204);
    const outside = await backend.fetch(new Request('http://127.0.0.1/elsewhere', { method: 'OPTIONS', headers: { Origin: ORIGIN } }));
    assert.equal(outside.status, 404);
    assert.equal(outside.headers.get('Access-Control-Allow-Origin'), null);
  });

  it('allows no cross-origin caller by default', async () => {
    const { backend } = newDemoBackend();
    const pre = await preflight(backend, ORIGIN);
    const post = await call(backend, '/totps', { session: PUBLIC_TOKEN, body: {}, origin: ORIGIN });
    for (const result of [pre, post]) {
      assert.equal(result.headers.get('Access-Control-Allow-Origin'), null);
      assert.equal(result.headers.get('Access-Control-Allow-Credentials'), null);
      assert.match(result.headers.get('Vary') ?? '', /Origin/);
    }
  });

  it('refuses "null", "*" and what is not an origin in allowedOrigins when created', () => {
    for (const origin of ['null', '*', 'https://app.example.com/', 'app.example.com', 'https://app.example.com/path', '']) {
      assert.throws(() => newDemoBackend({ allowedOrigins: [ORIGIN, origin] }), TypeError, origin);
    }
  });

  it('refuses an origin that is not on the list, and Origin: null', async () => {
    const { backend } = newDemoBackend({ allowedOrigins: [ORIGIN] });
    for (const origin of ['https://evil.example', 'http://localhost:5174', 'null']) {
      const pre = await preflight(backend, origin);
      const post = await call(backend, '/totps', { session: PUBLIC_TOKEN, body: {}, origin });
      for (const result of [pre, post]) {
        assert.equal(result.headers.get('Access-Control-Allow-Origin'), null, origin);
        assert.equal(result.headers.get('Access-Control-Allow-Credentials'), null, origin);
      }
    }
  });

  it('adds credentialed CORS headers to successes and errors for an allowed origin, never "*"', async () => {
    const { backend } = newDemoBackend({ allowedOrigins: [ORIGIN] });
    const success = await call(backend, '/totps', { session: PUBLIC_TOKEN, body: {}, origin: ORIGIN });
    const failure = await call(backend, '/totps', { session: 'unknown', body: {}, origin: ORIGIN });
    assert.equal(success.status, 200);
    assert.equal(failure.status, 401);
    for (const result of [success, failure]) {
      assert.equal(result.headers.get('Access-Control-Allow-Origin'), ORIGIN);
      assert.equal(result.headers.get('Access-Control-Allow-Credentials'), 'true');
      assert.match(result.headers.get('Access-Control-Expose-Headers') ?? '', /Retry-After/);
      assert.match(result.headers.get('Vary') ?? '', /Origin/);
    }
  });

  it('adds no CORS headers to same-origin requests', async () => {
    const { backend } = newDemoBackend({ allowedOrigins: [ORIGIN] });
    const result = await call(backend, '/totps', { session: PUBLIC_TOKEN, body: {} });
    assert.equal(result.status, 200);
    assert.equal(result.headers.get('Access-Control-Allow-Origin'), null);
  });
});
