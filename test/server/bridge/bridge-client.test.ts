import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createStytchBridge, type StytchBackendClient, type StytchBridge } from '../../../src/server/index.js';

/*
 * The bridge with an application's own client (the `client` option): how Stytch's answers and
 * failures reach the browser, without a network. The real `stytch` package against a TLS
 * stand-in is bridge.test.ts.
 */

const PUBLIC_TOKEN = 'public-token-test-bridge';
const SESSION = { session_id: 'session-test-1', user_id: 'user-test-1', authentication_factors: [] };
const USER = { user_id: 'user-test-1', emails: [] };

type Calls = { method: string; args: unknown }[];

/** A client answering as Stytch does, with `overrides` for the call under test. */
function client(overrides: Partial<Record<'session' | 'create' | 'authenticate', () => Promise<unknown>>> = {}) {
  const calls: Calls = [];
  const stytch = {
    sessions: {
      authenticate: async (args: unknown) => {
        calls.push({ method: 'sessions.authenticate', args });
        return (overrides.session ?? (async () => ({ session: SESSION, user: USER })))();
      },
    },
    totps: {
      create: async (args: unknown) => {
        calls.push({ method: 'totps.create', args });
        return (overrides.create ?? (async () => ({
          request_id: 'request-id-stytch-1', totp_id: 'totp-test-1', secret: 'SECRET', qr_code: 'data:image/png;base64,AA',
          recovery_codes: ['a'], user_id: 'user-test-1', user: USER,
        })))();
      },
      authenticate: async (args: unknown) => {
        calls.push({ method: 'totps.authenticate', args });
        return (overrides.authenticate ?? (async () => ({
          request_id: 'request-id-stytch-2', totp_id: 'totp-test-1', user_id: 'user-test-1', user: USER,
          session_token: 'token-2', session_jwt: 'jwt-2', session: { ...SESSION, authentication_factors: [{ type: 'totp' }] },
        })))();
      },
    },
  } as unknown as StytchBackendClient;
  return { stytch, calls };
}

async function post(bridge: StytchBridge, path: string, body: unknown, session = 'session-token-test-0001') {
  const response = await bridge.fetch(new Request(`http://127.0.0.1/sdk/v1${path}`, {
    method: 'POST', body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', Authorization: `Basic ${btoa(`${PUBLIC_TOKEN}:${session}`)}` },
  }));
  return { status: response.status, headers: response.headers, json: await response.json() as any };
}

const stytchError = (status_code: number, extra: Record<string, unknown> = {}) =>
  Object.assign(new Error('Stytch said no'), { status_code, error_type: 'some_error', error_message: 'Stytch said no.', request_id: 'request-id-stytch-e', error_url: 'https://stytch.com/docs/api/errors/x', ...extra });

describe('bridge with its own client', () => {
  it('creates and authenticates for the session\'s user, passing Stytch\'s answer on in the SDK envelope', async () => {
    const { stytch, calls } = client();
    const bridge = createStytchBridge({ client: stytch });
    const created = await post(bridge, '/totps', { expiration_minutes: 30, user_id: 'someone-else' });
    assert.equal(created.status, 200);
    assert.deepEqual(created.json.data, {
      request_id: 'request-id-stytch-1', status_code: 200, totp_id: 'totp-test-1', secret: 'SECRET', qr_code: 'data:image/png;base64,AA',
      recovery_codes: ['a'], user_id: 'user-test-1', user: USER, __user: USER,
    });
    const verified = await post(bridge, '/totps/authenticate', { totp_code: '123456', session_duration_minutes: 45 });
    assert.equal(verified.status, 200);
    assert.equal(verified.json.data.request_id, 'request-id-stytch-2');
    assert.equal(verified.json.data.status_code, 200);
    assert.equal(verified.json.data.session_token, 'token-2');
    assert.equal(verified.json.data.session_jwt, 'jwt-2');
    assert.deepEqual(verified.json.data.__user, USER);
    assert.deepEqual(verified.json.data.session.authentication_factors, [{ type: 'totp' }]);
    assert.deepEqual(calls, [
      { method: 'sessions.authenticate', args: { session_token: 'session-token-test-0001' } },
      { method: 'totps.create', args: { user_id: 'user-test-1', expiration_minutes: 30 } },
      { method: 'sessions.authenticate', args: { session_token: 'session-token-test-0001' } },
      { method: 'totps.authenticate', args: { user_id: 'user-test-1', totp_code: '123456', session_token: 'session-token-test-0001', session_duration_minutes: 45 } },
    ]);
  });

  it('answers with the caller\'s session when Stytch\'s answer has none', async () => {
    const { stytch } = client({ authenticate: async () => ({ request_id: 'r', totp_id: 't', user_id: 'user-test-1', user: USER, session_token: 'x', session_jwt: 'y' }) });
    const verified = await post(createStytchBridge({ client: stytch }), '/totps/authenticate', { totp_code: '123456', session_duration_minutes: 60 });
    assert.deepEqual(verified.json.data.session, SESSION);
  });

  it('turns Stytch\'s 4xx on the session check into 401, except 429', async () => {
    for (const status of [400, 401, 404, 499]) {
      const { stytch, calls } = client({ session: () => Promise.reject(stytchError(status)) });
      const answer = await post(createStytchBridge({ client: stytch }), '/totps', {});
      assert.equal(answer.status, 401, String(status));
      assert.equal(answer.json.error_type, 'unauthorized_credentials');
      assert.equal(answer.json.error_message, 'The session is unknown or has expired: sign in again.');
      assert.equal(calls.length, 1, 'no TOTP call follows');
    }
    for (const status of [429, 500, 503]) {
      const { stytch } = client({ session: () => Promise.reject(stytchError(status)) });
      const answer = await post(createStytchBridge({ client: stytch }), '/totps', {});
      assert.equal(answer.status, status);
      assert.equal(answer.json.error_type, 'some_error');
    }
    // Not Stytch's refusal (a wrapper's own HTTP error, say): the bridge failed, the session may be fine.
    const { stytch } = client({ session: () => Promise.reject(Object.assign(new Error('Not Found'), { status: 404 })) });
    const answer = await post(createStytchBridge({ client: stytch, log: () => {} }), '/totps', {});
    assert.equal(answer.status, 500);
    assert.equal(answer.json.error_type, 'internal_server_error');
  });

  it('passes Stytch\'s refusal on with Stytch\'s status, type, message, request id and error URL', async () => {
    const lines: string[] = [];
    const { stytch } = client({ authenticate: () => Promise.reject(stytchError(401, { error_type: 'otp_code_not_found' })) });
    const answer = await post(createStytchBridge({ client: stytch, log: (line) => lines.push(line) }), '/totps/authenticate', { totp_code: '123456', session_duration_minutes: 60 });
    assert.equal(answer.status, 401);
    assert.equal(answer.headers.get('Content-Type'), 'application/json');
    assert.deepEqual(answer.json, {
      status_code: 401, request_id: 'request-id-stytch-e', error_type: 'otp_code_not_found', error_message: 'Stytch said no.',
      error_url: 'https://stytch.com/docs/api/errors/x',
    });
    assert.equal(answer.headers.get('Retry-After'), null, 'a client of the application\'s own gives no headers');
    assert.deepEqual(lines, [], 'a refusal is an answer, not a failure of the bridge: nothing logged');
  });

  it('passes on a refusal with any status from 400 to 599', async () => {
    for (const status of [400, 599]) {
      const { stytch } = client({ create: () => Promise.reject(stytchError(status)) });
      const answer = await post(createStytchBridge({ client: stytch }), '/totps', {});
      assert.equal(answer.status, status);
      assert.equal(answer.json.error_type, 'some_error');
    }
  });

  it('fills in what Stytch\'s refusal leaves out or gives as something other than a string', async () => {
    for (const error_url of [null, 42]) {
      const { stytch } = client({ create: () => Promise.reject({ status_code: 400, error_type: 'bad_request', error_message: 5, request_id: 7, error_url }) });
      const answer = await post(createStytchBridge({ client: stytch }), '/totps', {});
      assert.equal(answer.status, 400);
      assert.equal(answer.json.error_message, 'Stytch answered 400.');
      assert.match(answer.json.request_id, /^request-id-bridge-[0-9a-f-]{36}$/);
      assert.equal(answer.json.error_url, 'https://stytch.com/docs/api/errors/400', String(error_url));
    }
  });

  it('answers 500, logging once, for anything that is not a Stytch refusal', async () => {
    const notStytch = [
      new TypeError('boom'), ...[{ status_code: 400.5, error_type: 'x' }, { status_code: 399, error_type: 'x' }, { status_code: 600, error_type: 'x' },
        { status_code: 400, error_type: '' }, { status_code: '400', error_type: 'x' }, { status_code: 400, error_type: 5 }]
        .map((fields) => Object.assign(new Error('not Stytch'), fields)),
    ];
    for (const thrown of notStytch) {
      const lines: string[] = [];
      const { stytch } = client({ create: () => Promise.reject(thrown) });
      const answer = await post(createStytchBridge({ client: stytch, log: (line) => lines.push(line) }), '/totps', {});
      assert.equal(answer.status, 500, JSON.stringify(thrown));
      assert.equal(answer.json.error_type, 'internal_server_error');
      assert.equal(answer.json.error_message, 'The server failed to handle this request.');
      assert.equal(answer.json.error_url, 'https://stytch.com/docs/api/errors/500');
      assert.equal(lines.length, 1);
      assert.match(lines[0]!, new RegExp(`^\\[totp-enroll bridge\\] unexpected error \\(request ${answer.json.request_id}\\): `));
      assert.ok(lines[0]!.includes(`): ${thrown.name}: ${thrown.message}\n`), `the thrown error itself is logged: ${lines[0]}`);
    }
  });

  it('answers 500, logging once and without the value, when a client rejects with something that is not an Error', async () => {
    for (const [thrown, kind] of [['token=abc', 'string'], [{ message: 'token=abc' }, 'object'], [null, 'null'], [undefined, 'undefined']] as const) {
      const lines: string[] = [];
      const { stytch } = client({ create: () => Promise.reject(thrown) });
      const answer = await post(createStytchBridge({ client: stytch, log: (line) => lines.push(line) }), '/totps', {});
      assert.equal(answer.status, 500, String(thrown));
      assert.equal(answer.json.error_type, 'internal_server_error');
      assert.equal(answer.headers.get('Cache-Control'), 'no-store');
      assert.equal(lines.length, 1);
      assert.match(lines[0]!, new RegExp(`NonErrorThrown: A value that is not an Error was thrown \\(${kind}\\)\\.\\n\\s+at `));
      assert.doesNotMatch(lines[0]!, /token=abc/);
    }
  });

  it('logs an Error with its stack and the failed call\'s method and URL, nothing of its data', async () => {
    const lines: string[] = [];
    const failure = Object.assign(new Error('fetch failed'), { request: { method: 'POST', url: 'https://test.stytch.com/v1/totps', data: 'session_token=x' } });
    const log = (line: string) => lines.push(line);
    await post(createStytchBridge({ client: client({ create: () => Promise.reject(failure) }).stytch, log }), '/totps', {});
    await post(createStytchBridge({ client: client({ create: () => Promise.reject(Object.assign(new Error('plain'), { request: { method: 'POST' } })) }).stytch, log }), '/totps', {});
    const stackless = Object.assign(new RangeError('no stack here'), { stack: undefined });
    await post(createStytchBridge({ client: client({ create: () => Promise.reject(stackless) }).stytch, log }), '/totps', {});
    assert.match(lines[0]!, /Error: fetch failed\n\s+at /);
    assert.match(lines[0]!, /\n {4}\(Stytch call: POST https:\/\/test\.stytch\.com\/v1\/totps\)$/);
    assert.doesNotMatch(lines[0]!, /session_token/);
    assert.doesNotMatch(lines[1]!, /Stytch call/);
    assert.match(lines[2]!, /\): RangeError: no stack here$/, 'without a stack, its name and message');
  });

  it('removes the project secret and its Basic credential from every log line', async () => {
    const lines: string[] = [];
    const bridge = createStytchBridge({ projectId: 'project-test-1', secret: 'secret-test-xyz', customBaseUrl: 'https://127.0.0.1:9', log: (line) => lines.push(line) });
    // Stytch unreachable (nothing listens on port 9): an unexpected error, logged.
    await post(bridge, '/totps', {});
    assert.equal(lines.length, 1);
    const { default: stytchPackage } = await import('stytch');
    assert.ok(stytchPackage);
    const leaky = (line: string) => line.includes('secret-test-xyz') || line.includes(btoa('project-test-1:secret-test-xyz'));
    assert.equal(lines.some(leaky), false);
    const echoed: string[] = [];
    // With no credentials given, none is made up either (`undefined:undefined`): the line is left as it is.
    const failure = new Error(`proxy said: Authorization: Basic ${btoa('project-test-1:secret-test-xyz')} secret-test-xyz ${btoa('undefined:undefined')}`);
    const withSecret = createStytchBridge({ client: client({ create: () => Promise.reject(failure) }).stytch, log: (line) => echoed.push(line) });
    await post(withSecret, '/totps', {});
    assert.ok(echoed[0]!.includes(`proxy said: Authorization: Basic ${btoa('project-test-1:secret-test-xyz')} secret-test-xyz ${btoa('undefined:undefined')}`), 'without a secret option there is nothing to redact');
  });

  it('needs a client, or a project id and a secret', () => {
    const needs = { name: 'TypeError', message: 'createStytchBridge needs `client`, or `projectId` and `secret`.' };
    assert.throws(() => createStytchBridge({ projectId: 'project-test-1', secret: '' }), needs);
    assert.throws(() => createStytchBridge({ projectId: '', secret: 'secret' }), needs);
  });
});

describe('bridge routes', () => {
  it('answers an unknown path 404 route_not_found in Stytch\'s error shape, with the bridge\'s request id, unlogged', async () => {
    const lines: string[] = [];
    const { stytch, calls } = client();
    const answer = await post(createStytchBridge({ client: stytch, log: (line) => lines.push(line) }), '/nope', {});
    assert.equal(answer.status, 404);
    assert.equal(answer.headers.get('Content-Type'), 'application/json');
    assert.equal(answer.headers.get('Cache-Control'), 'no-store');
    const { request_id, ...rest } = answer.json;
    assert.match(request_id, /^request-id-bridge-[0-9a-f-]{36}$/);
    assert.deepEqual(rest, {
      status_code: 404, error_type: 'route_not_found', error_message: 'No endpoint at POST /sdk/v1/nope.',
      error_url: 'https://stytch.com/docs/api/errors/404',
    });
    assert.deepEqual(lines, []);
    assert.deepEqual(calls, []);
  });

  it('drops every trailing slash of basePath', async () => {
    const { stytch } = client();
    const bridge = createStytchBridge({ client: stytch, basePath: '/stytch//' });
    const answer = await bridge.fetch(new Request('http://127.0.0.1/stytch/sdk/v1/totps', {
      method: 'POST', body: '{}',
      headers: { 'Content-Type': 'application/json', Authorization: `Basic ${btoa(`${PUBLIC_TOKEN}:session-token-test-0001`)}` },
    }));
    assert.equal(answer.status, 200);
  });
});
