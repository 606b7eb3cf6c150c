import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it, mock } from 'node:test';
import * as OTPAuth from 'otpauth';
import { getGlobalDispatcher, setGlobalDispatcher } from 'undici';
import { createStytchBridge, type StytchBridge, type CredentialsBridgeOptions } from '../../../src/server/index.js';
import { startStytchApiStandin, type StytchApiStandin } from '../../support/stytch-api-standin.js';

/*
 * The bridge, with the real `stytch` package, against a TLS stand-in for Stytch's backend API.
 * Each protection has a test here that fails when the protection is taken out.
 */

const PUBLIC_TOKEN = 'public-token-test-bridge';
const APP = 'https://app.example.com';

interface Call {
  session?: string;
  cookie?: string;
  authorization?: string;
  origin?: string;
  method?: string;
  contentType?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

interface Answer { status: number; headers: Headers; text: string; json: any }

async function call(bridge: StytchBridge, path: string, options: Call = {}): Promise<Answer> {
  const headers = new Headers(options.headers);
  const authorization = options.authorization
    ?? (options.session === undefined ? undefined : `Basic ${btoa(`${PUBLIC_TOKEN}:${options.session}`)}`);
  if (authorization) headers.set('Authorization', authorization);
  if (options.cookie) headers.set('Cookie', options.cookie);
  if (options.origin) headers.set('Origin', options.origin);
  const method = options.method ?? 'POST';
  const body = options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  if (body !== undefined || method === 'POST') headers.set('Content-Type', options.contentType ?? 'application/json');
  const response = await bridge.fetch(new Request(`http://127.0.0.1/sdk/v1${path}`, { method, headers, body }));
  const text = await response.text();
  let json: unknown = null;
  try { json = JSON.parse(text); } catch { /* not JSON */ }
  return { status: response.status, headers: response.headers, text, json };
}

const codeFor = (secret: string, offsetMs = 0) =>
  OTPAuth.TOTP.generate({ secret: OTPAuth.Secret.fromBase32(secret), timestamp: Date.now() + offsetMs });
function wrongCodeFor(secret: string): string {
  const near = new Set([-2, -1, 0, 1, 2].map((step) => codeFor(secret, step * 30_000)));
  for (let n = 0; ; n++) if (!near.has(String(n).padStart(6, '0'))) return String(n).padStart(6, '0');
}

describe('Stytch bridge (stytch package → TLS stand-in)', () => {
  let standin: StytchApiStandin;
  let bridge: StytchBridge;
  const logged: string[] = [];
  const bridgeOptions = (extra: Partial<CredentialsBridgeOptions> = {}): CredentialsBridgeOptions => ({
    ...standin.bridgeCredentials,
    allowedOrigins: [APP], log: (line) => logged.push(line), ...extra,
  });

  before(async () => {
    standin = await startStytchApiStandin({ maxFailedAttempts: 3, lockoutSeconds: 60 });
    bridge = createStytchBridge(bridgeOptions());
  });
  after(() => standin.close());
  beforeEach(() => { standin.requests.length = 0; logged.length = 0; });

  const stytchCalls = () => standin.requests.map((r) => r.path);

  describe('enrolment', () => {
    it('creates for the session\'s user and verifies with a real code; user and __user are the changed user', async () => {
      const { user_id, session_token } = standin.seedSession();
      const created = await call(bridge, '/totps', { session: session_token, body: { expiration_minutes: 30 } });
      assert.equal(created.status, 200, created.text);
      const data = created.json.data;
      assert.deepEqual(Object.keys(data).sort(), ['__user', 'qr_code', 'recovery_codes', 'request_id', 'secret', 'status_code', 'totp_id', 'user', 'user_id', 'user'].filter((k, i, a) => a.indexOf(k) === i).sort());
      assert.equal(data.status_code, 200);
      assert.match(data.request_id, /^request-test-standin-/, 'Stytch\'s own request id');
      assert.equal(data.user_id, user_id);
      assert.deepEqual(data.__user, data.user);
      assert.deepEqual(data.user.totps, [{ totp_id: data.totp_id, verified: false }]);
      assert.match(data.secret, /^[A-Z2-7]{32}$/);
      assert.match(data.qr_code, /^data:image\/png;base64,/);
      assert.equal(data.recovery_codes.length, 10);
      assert.deepEqual(standin.requests.map((r) => [r.path, r.body]), [
        ['/v1/sessions/authenticate', { session_token }],
        ['/v1/totps', { user_id, expiration_minutes: 30 }],
      ]);

      const verified = await call(bridge, '/totps/authenticate', {
        session: session_token, body: { totp_code: codeFor(data.secret), session_duration_minutes: 90 },
      });
      assert.equal(verified.status, 200, verified.text);
      const v = verified.json.data;
      assert.equal(v.totp_id, data.totp_id);
      assert.equal(v.user_id, user_id);
      assert.deepEqual(v.__user, v.user);
      assert.deepEqual(v.user.totps, [{ totp_id: data.totp_id, verified: true }]);
      assert.equal(v.session_token, session_token, 'the same session, now with the TOTP factor');
      assert.ok(v.session.authentication_factors.some((f: { type: string }) => f.type === 'totp'));
      assert.equal(typeof v.session_jwt, 'string');
      assert.deepEqual(standin.requests.at(-1)!.body, {
        user_id, totp_code: codeFor(data.secret), session_token, session_duration_minutes: 90,
      });
    });

    it('acts only for the session\'s user: a user_id in the body is ignored', async () => {
      const victim = standin.seedSession();
      const attacker = standin.seedSession();
      const created = await call(bridge, '/totps', { session: attacker.session_token, body: { expiration_minutes: 60, user_id: victim.user_id } });
      assert.equal(created.status, 200);
      assert.equal(created.json.data.user_id, attacker.user_id);
      assert.equal(standin.totps.has(victim.user_id), false);
    });

    it('takes the session from the stytch_session cookie when the header has none (public_token:public_token or empty)', async () => {
      const { user_id, session_token } = standin.seedSession();
      for (const authorization of [undefined, `Basic ${btoa(`${PUBLIC_TOKEN}:${PUBLIC_TOKEN}`)}`, `Basic ${btoa(`${PUBLIC_TOKEN}:`)}`]) {
        const created = await call(bridge, '/totps', { authorization, cookie: `other=1; stytch_session=${session_token}`, body: { expiration_minutes: 60 } });
        assert.equal(created.status, 200, created.text);
        assert.equal(created.json.data.user_id, user_id);
      }
    });

    it('a custom cookie name and basePath; sessionCookie: false reads no cookie', async () => {
      const { session_token } = standin.seedSession();
      const custom = createStytchBridge(bridgeOptions({ sessionCookie: 'app_session', basePath: '/stytch/' }));
      const request = (cookie: string) => custom.fetch(new Request('http://127.0.0.1/stytch/sdk/v1/totps', {
        method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: cookie }, body: '{"expiration_minutes":60}',
      }));
      assert.equal((await request(`app_session=${session_token}`)).status, 200);
      assert.equal((await request(`stytch_session=${session_token}`)).status, 401);
      const headerOnly = createStytchBridge(bridgeOptions({ sessionCookie: false }));
      standin.requests.length = 0;
      const cookieOnly = await call(headerOnly, '/totps', { cookie: `stytch_session=${session_token}`, body: { expiration_minutes: 60 } });
      assert.equal(cookieOnly.status, 401);
      assert.equal(cookieOnly.json.error_message, 'No session: sign in first.');
      assert.deepEqual(stytchCalls(), [], 'no cookie of any name is read, so there is nothing to ask Stytch about');
    });

    it('with publicToken set, another project\'s public token is refused', async () => {
      const { session_token } = standin.seedSession();
      const strict = createStytchBridge(bridgeOptions({ publicToken: 'public-token-test-mine' }));
      const other = await call(strict, '/totps', { authorization: `Basic ${btoa(`public-token-test-other:${session_token}`)}`, body: {} });
      assert.equal(other.status, 401);
      assert.equal(other.json.error_type, 'invalid_public_token');
      assert.equal(other.json.error_message, 'The public token is not this project\'s.');
      const mine = await call(strict, '/totps', { authorization: `Basic ${btoa(`public-token-test-mine:${session_token}`)}`, body: {} });
      assert.equal(mine.status, 200);
    });
  });

  describe('recovery', () => {
    it('recovers with a recovery code for the session\'s user, once; the code is then used up', async () => {
      const { user_id, session_token } = standin.seedSession();
      const created = (await call(bridge, '/totps', { session: session_token, body: { expiration_minutes: 30 } })).json.data;
      await call(bridge, '/totps/authenticate', { session: session_token, body: { totp_code: codeFor(created.secret), session_duration_minutes: 60 } });
      const recovery_code = created.recovery_codes[3];
      standin.requests.length = 0;
      const recovered = await call(bridge, '/totps/recover', {
        session: session_token, body: { recovery_code, session_duration_minutes: 45, user_id: 'someone-else' },
      });
      assert.equal(recovered.status, 200, recovered.text);
      const r = recovered.json.data;
      assert.equal(r.totp_id, created.totp_id);
      assert.equal(r.user_id, user_id);
      assert.deepEqual(r.__user, r.user);
      assert.equal(r.session_token, session_token, 'the same session, now with the recovery-code factor');
      assert.ok(r.session.authentication_factors.some((f: { type: string }) => f.type === 'recovery_codes'));
      assert.deepEqual(standin.requests.map((q) => [q.path, q.body]), [
        ['/v1/sessions/authenticate', { session_token }],
        ['/v1/totps/recover', { user_id, recovery_code, session_token, session_duration_minutes: 45 }],
      ]);

      const again = await call(bridge, '/totps/recover', { session: session_token, body: { recovery_code, session_duration_minutes: 45 } });
      assert.equal(again.status, 401);
      assert.equal(again.json.error_type, 'recovery_code_not_found');
    });

    it('401 without a session, 400 without a recovery code: Stytch\'s recover is not called', async () => {
      const noSession = await call(bridge, '/totps/recover', { body: { recovery_code: 'abcd-efgh-ijkl', session_duration_minutes: 60 } });
      assert.equal(noSession.status, 401);
      const { session_token } = standin.seedSession();
      const empty = await call(bridge, '/totps/recover', { session: session_token, body: { recovery_code: '', session_duration_minutes: 60 } });
      assert.equal(empty.status, 400);
      assert.equal(stytchCalls().includes('/v1/totps/recover'), false);
    });
  });

  describe('sessions', () => {
    it('401 without a session, and Stytch is not asked', async () => {
      const answer = await call(bridge, '/totps', { body: { expiration_minutes: 60 } });
      assert.equal(answer.status, 401);
      assert.deepEqual(Object.keys(answer.json).sort(), ['error_message', 'error_type', 'error_url', 'request_id', 'status_code']);
      assert.equal(answer.json.status_code, 401);
      assert.equal(answer.json.error_type, 'unauthorized_credentials');
      assert.equal(answer.json.error_message, 'No session: sign in first.');
      assert.deepEqual(stytchCalls(), []);
    });

    it('401 for a session Stytch does not know, and for an expired one; no TOTP call follows', async () => {
      const unknown = await call(bridge, '/totps', { session: 'session-token-made-up', body: { expiration_minutes: 60 } });
      assert.equal(unknown.status, 401);
      assert.equal(unknown.json.error_type, 'unauthorized_credentials');
      const { session_token } = standin.seedSession();
      standin.expireSession(session_token);
      const expired = await call(bridge, '/totps/authenticate', { session: session_token, body: { totp_code: '123456', session_duration_minutes: 60 } });
      assert.equal(expired.status, 401);
      assert.deepEqual(stytchCalls(), ['/v1/sessions/authenticate', '/v1/sessions/authenticate']);
    });

    it('401 for a malformed Authorization header', async () => {
      const answer = await call(bridge, '/totps', { authorization: 'Bearer abc', body: {} });
      assert.equal(answer.status, 401);
    });
  });

  describe('Stytch\'s errors', () => {
    it('a wrong code: 401 otp_code_not_found with Stytch\'s request id; then 429 with Retry-After', async () => {
      const { session_token } = standin.seedSession();
      const created = (await call(bridge, '/totps', { session: session_token, body: { expiration_minutes: 60 } })).json.data;
      const wrong = { totp_code: wrongCodeFor(created.secret), session_duration_minutes: 60 };
      const first = await call(bridge, '/totps/authenticate', { session: session_token, body: wrong });
      assert.equal(first.status, 401);
      assert.equal(first.json.error_type, 'otp_code_not_found');
      assert.match(first.json.request_id, /^request-test-standin-/);
      assert.match(first.json.error_url, /#otp_code_not_found$/);
      await call(bridge, '/totps/authenticate', { session: session_token, body: wrong });
      await call(bridge, '/totps/authenticate', { session: session_token, body: wrong });
      const locked = await call(bridge, '/totps/authenticate', { session: session_token, body: { ...wrong, totp_code: codeFor(created.secret) } });
      assert.equal(locked.status, 429);
      assert.equal(locked.json.error_type, 'too_many_requests');
      assert.ok(Number(locked.headers.get('Retry-After')) > 0, `Retry-After: ${locked.headers.get('Retry-After')}`);
    });

    describe('Retry-After: a delay in seconds or an HTTP date is passed on, anything else is not', () => {
      const rateLimitedWith = (retryAfter: string) => standin.answerOnce('/v1/totps', {
        status: 429,
        body: {
          status_code: 429, request_id: 'request-test-standin-limited', error_type: 'too_many_requests',
          error_message: 'Too many requests.', error_url: 'https://stytch.com/docs/api/errors/429',
        },
        headers: { 'Retry-After': retryAfter },
      });

      it('seconds and HTTP dates reach the browser as Stytch sent them', async () => {
        const { session_token } = standin.seedSession();
        for (const retryAfter of ['0', '7', '999999999', 'Wed, 21 Oct 2026 07:28:00 GMT', 'Sun, 01 Feb 2026 23:59:09 GMT']) {
          rateLimitedWith(retryAfter);
          const answer = await call(bridge, '/totps', { session: session_token, body: {} });
          assert.equal(answer.status, 429, retryAfter);
          assert.equal(answer.json.error_type, 'too_many_requests');
          assert.equal(answer.headers.get('Retry-After'), retryAfter);
        }
      });

      it('a malformed one is dropped; the 429 itself still passes on', async () => {
        const { session_token } = standin.seedSession();
        const malformed = [
          'soon', '-1', '1.5', '1234567890', '120abc', 'x120',
          '2026-10-21T07:28:00Z', 'Wed, 21 Oct 2026 07:28:00 UTC', 'Wed, 21 Oct 2026 07:28:00 GMT, 7', 'in: Wed, 21 Oct 2026 07:28:00 GMT',
          'wed, 21 Oct 2026 07:28:00 GMT', 'WED, 21 Oct 2026 07:28:00 GMT', 'Wednesday, 21 Oct 2026 07:28:00 GMT',
          'Wed, 1 Oct 2026 07:28:00 GMT', 'Wed, xx Oct 2026 07:28:00 GMT', 'Wed, 21 oct 2026 07:28:00 GMT', 'Wed, 21 OCT 2026 07:28:00 GMT',
          'Wed, 21 Oct 26 07:28:00 GMT', 'Wed, 21 Oct 2026 7:28:00 GMT', 'Wed, 21 Oct 2026 07:8:00 GMT', 'Wed, 21 Oct 2026 07:28:0 GMT',
        ];
        for (const retryAfter of malformed) {
          rateLimitedWith(retryAfter);
          const answer = await call(bridge, '/totps', { session: session_token, body: {} });
          assert.equal(answer.status, 429, retryAfter);
          assert.equal(answer.json.error_type, 'too_many_requests');
          assert.equal(answer.headers.get('Retry-After'), null, retryAfter);
        }
      });
    });

    it('Stytch\'s 400 (a second TOTP after one is verified) passes through as it is', async () => {
      const { session_token } = standin.seedSession();
      const created = (await call(bridge, '/totps', { session: session_token, body: {} })).json.data;
      await call(bridge, '/totps/authenticate', { session: session_token, body: { totp_code: codeFor(created.secret), session_duration_minutes: 60 } });
      const again = await call(bridge, '/totps', { session: session_token, body: {} });
      assert.equal(again.status, 400);
      assert.equal(again.json.error_type, 'active_totp_exists');
    });

    it('invalid input is refused before Stytch is asked', async () => {
      const { session_token } = standin.seedSession();
      const cases: [string, unknown, string][] = [
        ['/totps', { expiration_minutes: 2 }, 'invalid_expiration_minutes'],
        ['/totps', { expiration_minutes: '60' }, 'invalid_expiration_minutes'],
        ['/totps/authenticate', { totp_code: '12345', session_duration_minutes: 60 }, 'invalid_totp_code'],
        ['/totps/authenticate', { totp_code: '123456', session_duration_minutes: 1 }, 'invalid_session_duration_minutes'],
        ['/totps', '{not json', 'invalid_json'],
      ];
      for (const [path, body, type] of cases) {
        const answer = await call(bridge, path, { session: session_token, body });
        assert.equal(answer.status, 400, `${path} ${JSON.stringify(body)}`);
        assert.equal(answer.json.error_type, type);
      }
      assert.deepEqual(stytchCalls(), []);
    });
  });

  describe('protections', () => {
    it('415 for a POST that is not JSON (a cross-site form), cookie or not; Stytch is not asked', async () => {
      const { session_token } = standin.seedSession();
      for (const contentType of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x']) {
        const answer = await call(bridge, '/totps', { cookie: `stytch_session=${session_token}`, contentType, body: '{"expiration_minutes":60}' });
        assert.equal(answer.status, 415, contentType);
        assert.equal(answer.json.error_type, 'invalid_content_type');
      }
      assert.deepEqual(stytchCalls(), []);
      const json = await call(bridge, '/totps', { cookie: `stytch_session=${session_token}`, contentType: 'application/json; charset=utf-8', body: '{"expiration_minutes":60}' });
      assert.equal(json.status, 200);
    });

    it('413 for a body over 16 KB, by Content-Length and while streaming', async () => {
      const { session_token } = standin.seedSession();
      const big = JSON.stringify({ expiration_minutes: 60, padding: 'x'.repeat(17 * 1024) });
      const declared = await call(bridge, '/totps', { session: session_token, body: big });
      assert.equal(declared.status, 413);
      assert.equal(declared.json.error_type, 'request_too_large');
      let sent = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          // Never ends by itself: only a limit that stops reading lets this request finish.
          sent += 1024;
          controller.enqueue(new TextEncoder().encode(' '.repeat(1024)));
        },
      });
      const streamed = await bridge.fetch(new Request('http://127.0.0.1/sdk/v1/totps', {
        method: 'POST', body: stream, duplex: 'half',
        headers: { 'Content-Type': 'application/json', Authorization: `Basic ${btoa(`${PUBLIC_TOKEN}:${session_token}`)}` },
      } as RequestInit));
      assert.equal(streamed.status, 413);
      assert.ok(sent < 64 * 1024, `read ${sent} bytes`);
      assert.deepEqual(stytchCalls(), []);
    });

    it('CORS: an allowed origin gets credentialed CORS and its preflight answered; others and null get none', async () => {
      const preflight = await bridge.fetch(new Request('http://127.0.0.1/sdk/v1/totps', {
        method: 'OPTIONS',
        headers: { Origin: APP, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type' },
      }));
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('Access-Control-Allow-Origin'), APP);
      assert.equal(preflight.headers.get('Access-Control-Allow-Credentials'), 'true');
      assert.match(preflight.headers.get('Access-Control-Allow-Headers') ?? '', /Authorization/i);
      const { session_token } = standin.seedSession();
      const allowed = await call(bridge, '/totps', { origin: APP, session: session_token, body: {} });
      assert.equal(allowed.headers.get('Access-Control-Allow-Origin'), APP);
      assert.equal(allowed.headers.get('Access-Control-Allow-Credentials'), 'true');
      assert.match(allowed.headers.get('Access-Control-Expose-Headers') ?? '', /Retry-After/);
      for (const origin of ['https://evil.example', 'null', 'https://app.example.com.evil.example']) {
        const refused = await bridge.fetch(new Request('http://127.0.0.1/sdk/v1/totps', {
          method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' },
        }));
        assert.equal(refused.headers.get('Access-Control-Allow-Origin'), null, origin);
        assert.equal(refused.headers.get('Access-Control-Allow-Credentials'), null, origin);
        const answer = await call(bridge, '/totps', { origin, body: {} });
        assert.equal(answer.headers.get('Access-Control-Allow-Origin'), null, origin);
      }
      const sameOriginOnly = createStytchBridge(bridgeOptions({ allowedOrigins: undefined }));
      const byDefault = await call(sameOriginOnly, '/totps', { origin: APP, body: {} });
      assert.equal(byDefault.headers.get('Access-Control-Allow-Origin'), null);
    });

    it('refuses "null", "*" and non-origins in allowedOrigins when created', () => {
      for (const origin of ['null', '*', 'https://app.example.com/', 'app.example.com']) {
        assert.throws(() => createStytchBridge(bridgeOptions({ allowedOrigins: [origin] })), TypeError, origin);
      }
    });

    it('Cache-Control: no-store on answers and on errors', async () => {
      const { session_token } = standin.seedSession();
      const ok = await call(bridge, '/totps', { session: session_token, body: {} });
      const refused = await call(bridge, '/totps', { body: {} });
      const missing = await call(bridge, '/nope', { body: {} });
      for (const answer of [ok, refused, missing]) assert.equal(answer.headers.get('Cache-Control'), 'no-store');
    });
  });

  describe('failures and the project secret', () => {
    let consoleLines: string[];
    beforeEach(() => {
      consoleLines = [];
      for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
        mock.method(console, method, (...args: unknown[]) => { consoleLines.push(args.map(String).join(' ')); });
      }
    });
    afterEach(() => mock.restoreAll());

    it('Stytch unreachable: 500 internal_server_error with nothing internal; the stack logged once', async () => {
      const dead = await startStytchApiStandin();
      const { session_token } = dead.seedSession();
      await dead.close();
      const unreachable = createStytchBridge({ projectId: dead.projectId, secret: dead.secret, customBaseUrl: dead.baseUrl, dispatcher: standin.dispatcher });
      const answer = await call(unreachable, '/totps', { session: session_token, body: {} });
      assert.equal(answer.status, 500);
      assert.equal(answer.json.error_type, 'internal_server_error');
      assert.doesNotMatch(answer.text, /fetch failed|127\.0\.0\.1|ECONNREFUSED|at |\.ts/);
      assert.equal(consoleLines.length, 1, consoleLines.join('\n'));
      assert.match(consoleLines[0]!, /unexpected error/);
      assert.match(consoleLines[0]!, /\n\s+at /, 'with the stack');
      assert.match(consoleLines[0]!, /Stytch call: POST \/v1\/sessions\/authenticate/, 'and which call');
      assert.doesNotMatch(consoleLines[0]!, new RegExp(session_token), 'but not its data');
      for (const text of [answer.text, ...consoleLines]) assert.equal(text.includes(dead.secret), false);
    });

    it('the project secret is in no answer and no console line, over a whole enrolment, failures included', async () => {
      const { session_token } = standin.seedSession();
      const everything: string[] = [];
      const created = await call(bridge, '/totps', { session: session_token, body: {} });
      everything.push(created.text, JSON.stringify([...created.headers]));
      for (const body of [{ totp_code: wrongCodeFor(created.json.data.secret), session_duration_minutes: 60 }, { totp_code: codeFor(created.json.data.secret), session_duration_minutes: 60 }]) {
        const answer = await call(bridge, '/totps/authenticate', { session: session_token, body });
        everything.push(answer.text, JSON.stringify([...answer.headers]));
      }
      const credential = btoa(`${standin.projectId}:${standin.secret}`);
      for (const text of [...everything, ...consoleLines]) {
        assert.equal(text.includes(standin.secret), false, text.slice(0, 200));
        assert.equal(text.includes(credential), false, text.slice(0, 200));
      }
    });

    it('an answer quoting the secret and the Basic credential (a proxy\'s, say) is logged with both blanked', async () => {
      const { session_token } = standin.seedSession();
      const credential = btoa(`${standin.projectId}:${standin.secret}`);
      standin.answerOnce('/v1/totps', { status: 502, body: { error: `bad gateway for Authorization: Basic ${credential} (secret ${standin.secret})` } });
      const answer = await call(bridge, '/totps', { session: session_token, body: {} });
      assert.equal(answer.status, 500);
      assert.equal(answer.json.error_type, 'internal_server_error');
      assert.equal(logged.length, 1, logged.join('\n'));
      assert.match(logged[0]!, /bad gateway for Authorization: Basic \[project credential\] \(secret \[project secret\]\)/);
      assert.equal(logged[0]!.includes(standin.secret), false);
      assert.equal(logged[0]!.includes(credential), false);
    });

    it('without a dispatcher option, requests go through Node\'s global dispatcher as it is at the time', async () => {
      const { session_token } = standin.seedSession();
      // Made before the global dispatcher trusts the stand-in: a later setGlobalDispatcher still counts.
      const viaGlobal = createStytchBridge(bridgeOptions({ dispatcher: undefined }));
      const previous = getGlobalDispatcher();
      setGlobalDispatcher(standin.dispatcher);
      try {
        const answer = await call(viaGlobal, '/totps', { session: session_token, body: {} });
        assert.equal(answer.status, 200, answer.text);
        assert.deepEqual(stytchCalls(), ['/v1/sessions/authenticate', '/v1/totps']);
      } finally {
        setGlobalDispatcher(previous);
      }
    });

    it('a wrong project secret: Stytch\'s 401 on the session check answers the browser 401, secret unsaid', async () => {
      const { session_token } = standin.seedSession();
      const misconfigured = createStytchBridge({ projectId: standin.projectId, secret: 'secret-test-wrong', customBaseUrl: standin.baseUrl, dispatcher: standin.dispatcher });
      const answer = await call(misconfigured, '/totps', { session: session_token, body: {} });
      assert.equal(answer.status, 401);
      assert.equal(answer.text.includes('secret-test-wrong'), false);
    });
  });
});
