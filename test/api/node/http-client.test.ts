import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HttpTotpApi, TotpApiError } from '../../../src/api/index.js';
import {
  PUBLIC_TOKEN, cannedServer, createData, currentCode, envelope, listen, localBackend, wrongCode,
} from './servers.js';

/*
 * The HTTP client with Node's own fetch, against the local backend and small servers on real
 * loopback ports. The browser suite (test/api/browser/) keeps what needs a browser: CORS, cookies.
 */

/** Runs `action` and returns the TotpApiError it must throw. */
async function failure(action: () => Promise<unknown>): Promise<TotpApiError> {
  try {
    await action();
  } catch (error) {
    assert.ok(error instanceof TotpApiError, `expected a TotpApiError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected a TotpApiError, but the call succeeded');
}

const create = (api: HttpTotpApi, signal?: AbortSignal) => api.create({ expiration_minutes: 60 }, { signal });

describe('HttpTotpApi against the local backend', () => {
  it('enrolls the session user: Create, then Authenticate with the current code', async () => {
    const { base, user_id, session_token } = await localBackend();
    const api = new HttpTotpApi({ baseUrl: base, publicToken: PUBLIC_TOKEN, sessionToken: session_token });
    const created = await api.create({ expiration_minutes: 5 });
    assert.equal(created.user_id, user_id);
    assert.equal(created.user.user_id, user_id);
    assert.equal(created.status_code, 200);
    assert.match(created.secret, /^[A-Z2-7]{32}$/);
    assert.equal(created.recovery_codes.length, 10);
    assert.deepEqual(Object.keys(created).sort(),
      ['qr_code', 'recovery_codes', 'request_id', 'secret', 'status_code', 'totp_id', 'user', 'user_id']);
    const result = await api.authenticate({ totp_code: currentCode(created.secret), session_duration_minutes: 90 });
    assert.equal(result.totp_id, created.totp_id);
    assert.equal(result.user_id, user_id);
    assert.equal(result.session_token, session_token);
    const factors = result.session.authentication_factors as { type: string }[];
    assert.ok(factors.some((factor) => factor.type === 'totp'));
  });

  it('sends session_duration_minutes as given', async () => {
    const { base, session_token } = await localBackend();
    const api = new HttpTotpApi({ baseUrl: base, publicToken: PUBLIC_TOKEN, sessionToken: session_token });
    const created = await api.create({ expiration_minutes: 60 });
    const before = Date.now();
    const result = await api.authenticate({ totp_code: currentCode(created.secret), session_duration_minutes: 90 });
    const expires = Date.parse(String(result.session.expires_at));
    assert.ok(Math.abs(expires - (before + 90 * 60_000)) < 60_000, `expires_at ${new Date(expires).toISOString()}`);
  });

  it('reads the session token from the function at every request', async () => {
    const { base, backend } = await localBackend();
    const { seedUserSession } = await import('../../../src/server/index.js');
    const second = seedUserSession(backend);
    let current = 'session-token-unknown';
    const api = new HttpTotpApi({ baseUrl: base, publicToken: PUBLIC_TOKEN, sessionToken: () => current });
    assert.equal((await failure(() => create(api))).error_type, 'unauthorized_credentials');
    current = second.session_token;
    assert.equal((await create(api)).user_id, second.user_id);
  });

  it('passes the backend\'s Stytch error on: a wrong code is 401 otp_code_not_found with its request id', async () => {
    const { base, session_token } = await localBackend();
    const api = new HttpTotpApi({ baseUrl: base, publicToken: PUBLIC_TOKEN, sessionToken: session_token });
    const created = await create(api);
    const error = await failure(() => api.authenticate({ totp_code: wrongCode(created.secret), session_duration_minutes: 60 }));
    assert.equal(error.status_code, 401);
    assert.equal(error.error_type, 'otp_code_not_found');
    assert.equal(error.attempts_remaining, 4, 'the local backend says how many wrong codes are left before the lockout');
    assert.match(error.request_id, /^request-id-local-/);
    assert.equal(error.error_url, 'https://stytch.com/docs/api/errors/401');
    assert.equal(error.aborted, false);
  });

  it('sends no session without a public token: the backend asks for one', async () => {
    const { base } = await localBackend();
    const error = await failure(() => create(new HttpTotpApi({ baseUrl: base })));
    assert.equal(error.status_code, 401);
    assert.equal(error.error_type, 'unauthorized_credentials');
  });

  it('drops a trailing slash of the base URL', async () => {
    const { base, session_token } = await localBackend({ basePath: '/stytch' });
    for (const baseUrl of [`${base}/`, `${base}//`]) {
      const api = new HttpTotpApi({ baseUrl, publicToken: PUBLIC_TOKEN, sessionToken: session_token });
      assert.equal(api.baseUrl, base);
      assert.equal((await create(api)).status_code, 200);
    }
  });
});

describe('HttpTotpApi requests', () => {
  it('POSTs JSON to /sdk/v1/totps and /sdk/v1/totps/authenticate with Basic public_token:session_token', async () => {
    const { base, seen } = await cannedServer({ body: envelope(createData()) });
    const api = new HttpTotpApi({ baseUrl: `${base}/x`, publicToken: 'pk-ü', sessionToken: '  tök en  ' });
    await create(api);
    await api.authenticate({ totp_code: '123456', session_duration_minutes: 30 }).catch(() => undefined);
    const [first, second] = seen;
    assert.equal(first!.method, 'POST');
    assert.equal(first!.url, '/x/sdk/v1/totps');
    assert.deepEqual(JSON.parse(first!.body), { expiration_minutes: 60 });
    assert.match(first!.headers['content-type'] ?? '', /^application\/json/);
    assert.equal(first!.headers.accept, 'application/json');
    const credentials = Buffer.from((first!.headers.authorization ?? '').replace(/^Basic /, ''), 'base64').toString('utf8');
    assert.equal(credentials, 'pk-ü:tök en');
    assert.equal(second!.url, '/x/sdk/v1/totps/authenticate');
    assert.deepEqual(JSON.parse(second!.body), { totp_code: '123456', session_duration_minutes: 30 });
  });

  it('POSTs a recovery code to /sdk/v1/totps/recover and passes on the codes left', async () => {
    const recovered = {
      request_id: 'request-id-r', status_code: 200, totp_id: 'totp-canned', user_id: 'user-canned', user: { user_id: 'user-canned' },
      session: { session_id: 'session-1' }, session_token: 'tok', session_jwt: 'jwt', recovery_codes_remaining: 9,
    };
    const { base, seen } = await cannedServer({ body: envelope(recovered) });
    const result = await new HttpTotpApi({ baseUrl: base }).recover({ recovery_code: 'ckss-2skx-ebow', session_duration_minutes: 30 });
    assert.equal(seen[0]!.url, '/sdk/v1/totps/recover');
    assert.deepEqual(JSON.parse(seen[0]!.body), { recovery_code: 'ckss-2skx-ebow', session_duration_minutes: 30 });
    assert.equal(result.session.session_id, 'session-1');
    assert.equal(result.recovery_codes_remaining, 9);
  });

  it('presents public_token:public_token when no session token is readable', async () => {
    const { base, seen } = await cannedServer({ body: envelope(createData()) });
    await create(new HttpTotpApi({ baseUrl: base, publicToken: PUBLIC_TOKEN, sessionToken: () => '   ' }));
    assert.equal(seen[0]!.headers.authorization, `Basic ${btoa(`${PUBLIC_TOKEN}:${PUBLIC_TOKEN}`)}`);
  });

  it('sends no Authorization without a public token', async () => {
    const { base, seen } = await cannedServer({ body: envelope(createData()) });
    await create(new HttpTotpApi({ baseUrl: base, sessionToken: 'token' }));
    assert.equal(seen[0]!.headers.authorization, undefined);
  });

  it('goes through the fetch it is given', async () => {
    const urls: string[] = [];
    const api = new HttpTotpApi({
      baseUrl: 'https://api.example', fetch: async (input) => {
        urls.push(String(input));
        return new Response(envelope(createData()), { headers: { 'Content-Type': 'application/json' } });
      },
    });
    assert.equal((await create(api)).totp_id, 'totp-canned');
    assert.deepEqual(urls, ['https://api.example/sdk/v1/totps']);
  });

  it('without a base URL outside a page, fails as a network error naming "this site"', async () => {
    const api = new HttpTotpApi();
    assert.equal(api.baseUrl, '');
    const error = await failure(() => create(api));
    assert.equal(error.error_type, 'network_error');
    assert.match(error.error_message, /this site/);
  });
});

describe('HttpTotpApi answers', () => {
  it('surfaces the SDK API\'s __user as user', async () => {
    const { user, ...withoutUser } = createData();
    const { base } = await cannedServer({ body: envelope({ ...withoutUser, __user: user }) });
    const created = await create(new HttpTotpApi({ baseUrl: base }));
    assert.deepEqual(created.user, { user_id: 'user-canned' });
  });

  it('joins a body that arrives in pieces, a character split between two of them included', async () => {
    const bytes = new TextEncoder().encode(envelope(createData({ user: { user_id: 'user-canned', name: 'Zoë Ångström' } })));
    const splitInsideË = new TextDecoder().decode(bytes).indexOf('ë') + 1;
    const cuts = [0, 7, splitInsideË, splitInsideË + 5, bytes.length];
    const inPieces: typeof fetch = async () => new Response(new ReadableStream({
      start(controller) {
        for (let i = 1; i < cuts.length; i += 1) controller.enqueue(bytes.slice(cuts[i - 1], cuts[i]));
        controller.close();
      },
    }), { headers: { 'Content-Type': 'application/json' } });
    const created = await create(new HttpTotpApi({ baseUrl: 'http://127.0.0.1:9', fetch: inPieces }));
    assert.deepEqual(created.user, { user_id: 'user-canned', name: 'Zoë Ångström' });
  });

  it('takes __user over a stale user', async () => {
    const { base } = await cannedServer({ body: envelope(createData({ user: { user_id: 'other' }, __user: { user_id: 'user-canned', fresh: true } })) });
    assert.deepEqual((await create(new HttpTotpApi({ baseUrl: base }))).user, { user_id: 'user-canned', fresh: true });
  });

  it('reads a JSON body whatever its Content-Type says', async () => {
    const { base } = await cannedServer({ headers: { 'Content-Type': 'text/plain' }, body: `\n ${envelope(createData())}` });
    assert.equal((await create(new HttpTotpApi({ baseUrl: base }))).totp_id, 'totp-canned');
    const refused = await cannedServer({
      status: 429, headers: { 'Content-Type': 'text/html' },
      body: JSON.stringify({ status_code: 429, error_type: 'too_many_requests', error_message: 'Slow down.' }),
    });
    assert.equal((await failure(() => create(new HttpTotpApi({ baseUrl: refused.base })))).error_type, 'too_many_requests');
  });

  it('reads a body of another type as JSON only when it starts like an object or a list', async () => {
    // `42` and `"{"` are JSON, but in a text/plain answer they are more likely plain text.
    for (const body of ['42', '"{"']) {
      const { base } = await cannedServer({ headers: { 'Content-Type': 'text/plain' }, body });
      assert.match((await failure(() => create(new HttpTotpApi({ baseUrl: base })))).error_message, /the body is not JSON/, body);
    }
  });

  it('parses a JSON-typed body that is not an object, and says it lacks the envelope', async () => {
    const { base } = await cannedServer({ body: 'null' });
    const error = await failure(() => create(new HttpTotpApi({ baseUrl: base })));
    assert.equal(error.error_type, 'invalid_response');
    assert.match(error.error_message, /no "data" envelope/);
  });

  it('refuses a body that is not JSON, and data that is not an object', async () => {
    for (const [body, why] of [['OK', /not JSON/], ['{"data"', /not JSON/], ['{"secret":"X"}', /envelope/],
      ['{"data":null}', /"data" is not an object/], ['{"data":[1]}', /"data" is not an object/], ['{"data":"x"}', /"data" is not an object/],
      ['[]', /envelope/], ['"data"', /envelope/], ['42', /envelope/]] as const) {
      const { base } = await cannedServer({ headers: { 'Content-Type': body === 'OK' || body.startsWith('{"data"') ? 'text/plain' : 'application/json' }, body });
      const error = await failure(() => create(new HttpTotpApi({ baseUrl: base })));
      assert.equal(error.error_type, 'invalid_response', body);
      assert.match(error.error_message, why, body);
      assert.equal(error.status_code, 0);
    }
  });

  it('validates the data: a Create answer without a secret is invalid_response', async () => {
    const { base } = await cannedServer({ body: envelope(createData({ secret: undefined })) });
    assert.equal((await failure(() => create(new HttpTotpApi({ baseUrl: base })))).error_type, 'invalid_response');
    const auth = await cannedServer({ body: envelope(createData()) });
    const error = await failure(() => new HttpTotpApi({ baseUrl: auth.base }).authenticate({ totp_code: '123456', session_duration_minutes: 60 }));
    assert.match(error.error_message, /session/);
  });

  it('reports an error page by its status: http_error, or endpoint_not_found for 404', async () => {
    const page = await cannedServer({ status: 502, headers: { 'Content-Type': 'text/html' }, body: '<h1>Bad Gateway</h1>' });
    const error = await failure(() => create(new HttpTotpApi({ baseUrl: page.base })));
    assert.equal(error.status_code, 502);
    assert.equal(error.error_type, 'http_error');
    assert.equal(error.error_message, 'The server answered 502 Bad Gateway.');
    assert.equal(error.retry_after, undefined);
    const missing = await cannedServer({ status: 404, headers: { 'Content-Type': 'text/plain' }, body: 'Not Found' });
    const notFound = await failure(() => create(new HttpTotpApi({ baseUrl: missing.base })));
    assert.equal(notFound.status_code, 404);
    assert.equal(notFound.error_type, 'endpoint_not_found');
    assert.equal(notFound.error_message, `No TOTP endpoint at ${missing.base}/sdk/v1/totps (404). Is the Stytch API configured?`);
    const jsonButNotStytch = await cannedServer({ status: 500, body: '{"message":"boom"}' });
    assert.equal((await failure(() => create(new HttpTotpApi({ baseUrl: jsonButNotStytch.base })))).error_type, 'http_error');
  });

  it('says "this address" for a 404 whose URL the fetch does not tell', async () => {
    const api = new HttpTotpApi({ baseUrl: 'https://api.example', fetch: async () => new Response('Not Found', { status: 404 }) });
    assert.equal((await failure(() => create(api))).error_message, 'No TOTP endpoint at this address (404). Is the Stytch API configured?');
  });

  it('names an error answer without a status text by its code alone', async () => {
    const base = await listen((_req, res) => { res.writeHead(503, '', { 'Content-Type': 'text/plain' }).end('down'); });
    assert.equal((await failure(() => create(new HttpTotpApi({ baseUrl: base })))).error_message, 'The server answered 503.');
  });

  it('keeps the status code of a Stytch error body over the HTTP status', async () => {
    const { base } = await cannedServer({
      status: 500, body: JSON.stringify({ status_code: 400, error_type: 'bad_thing', error_message: 'No.', request_id: 'request-id-1', error_url: 'https://x' }),
    });
    const error = await failure(() => create(new HttpTotpApi({ baseUrl: base })));
    assert.equal(error.status_code, 400);
    assert.equal(error.error_type, 'bad_thing');
    assert.equal(error.error_message, 'No.');
    assert.equal(error.request_id, 'request-id-1');
    assert.equal(error.error_url, 'https://x');
  });
});

describe('HttpTotpApi Retry-After', () => {
  async function retryAfter(header: string, status = 429): Promise<number | undefined> {
    const { base } = await cannedServer({
      status, headers: { 'Retry-After': header },
      body: JSON.stringify({ status_code: status, error_type: 'too_many_requests', error_message: 'Slow down.' }),
    });
    return (await failure(() => create(new HttpTotpApi({ baseUrl: base })))).retry_after;
  }

  it('reads seconds', async () => {
    assert.equal(await retryAfter('42'), 42);
    assert.equal(await retryAfter('0'), 0);
  });

  it('reads a zero written as a decimal as 0 seconds, not as a date', async () => {
    assert.equal(await retryAfter('0.0'), 0);
  });

  it('reads an HTTP date as the seconds until then', async () => {
    const seconds = await retryAfter(new Date(Date.now() + 120_000).toUTCString());
    assert.ok(seconds !== undefined && seconds >= 118 && seconds <= 121, `got ${seconds}`);
    assert.equal(await retryAfter(new Date(Date.now() - 120_000).toUTCString()), 0);
  });

  it('ignores a value that is neither, and never says to wait a negative time', async () => {
    assert.equal(await retryAfter('soon'), undefined);
    const negative = await retryAfter('-5');
    assert.ok(negative === undefined || negative === 0, `got ${negative}`);
  });

  it('is kept on an error answer that is not Stytch JSON', async () => {
    const { base } = await cannedServer({ status: 503, headers: { 'Retry-After': '7', 'Content-Type': 'text/plain' }, body: 'busy' });
    assert.equal((await failure(() => create(new HttpTotpApi({ baseUrl: base })))).retry_after, 7);
  });
});

describe('HttpTotpApi limits', () => {
  const body = envelope(createData());
  const bytes = Buffer.byteLength(body);

  it('accepts a body of exactly maxResponseBytes, by Content-Length and streamed', async () => {
    const declared = await cannedServer({ headers: { 'Content-Length': String(bytes) }, body });
    assert.equal((await create(new HttpTotpApi({ baseUrl: declared.base, maxResponseBytes: bytes }))).totp_id, 'totp-canned');
    const streamed = await listen((_req, res) => { res.writeHead(200, { 'Content-Type': 'application/json' }); res.write(body.slice(0, 10)); res.end(body.slice(10)); });
    assert.equal((await create(new HttpTotpApi({ baseUrl: streamed, maxResponseBytes: bytes }))).totp_id, 'totp-canned');
  });

  it('refuses a streamed body one byte over maxResponseBytes', async () => {
    const streamed = await listen((_req, res) => { res.writeHead(200, { 'Content-Type': 'application/json' }); res.write(body.slice(0, 10)); res.end(body.slice(10)); });
    const error = await failure(() => create(new HttpTotpApi({ baseUrl: streamed, maxResponseBytes: bytes - 1 })));
    assert.equal(error.error_type, 'invalid_response');
    assert.equal(error.error_message, `The server sent an invalid response: the body is larger than ${bytes - 1} bytes.`);
  });

  it('refuses a body whose Content-Length is over the limit before the body arrives', async () => {
    // Declares 2 MiB, sends a few bytes and then nothing: only the declared length can tell.
    const base = await listen((_req, res) => { res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(2 * 1024 * 1024) }); res.write('{"data":'); });
    const started = Date.now();
    const error = await failure(() => create(new HttpTotpApi({ baseUrl: base, timeoutMs: 5_000 })));
    assert.equal(error.error_type, 'invalid_response');
    assert.match(error.error_message, /larger than 1048576 bytes/);
    assert.ok(Date.now() - started < 4_000);
  });

  it('refuses an answer declaring too long a body even when the fetch gives no body stream', async () => {
    const noStream: typeof fetch = async () => new Response(null, { headers: { 'Content-Type': 'application/json', 'Content-Length': String(2 * 1024 * 1024) } });
    const error = await failure(() => create(new HttpTotpApi({ baseUrl: 'https://api.example', fetch: noStream })));
    assert.equal(error.error_type, 'invalid_response');
    assert.match(error.error_message, /larger than 1048576 bytes/);
  });

  it('refuses a streamed body over the default 1 MiB', async () => {
    const base = await listen((_req, res) => { res.writeHead(200, { 'Content-Type': 'application/json' }); res.end(' '.repeat(1024 * 1024 + 1)); });
    assert.match((await failure(() => create(new HttpTotpApi({ baseUrl: base })))).error_message, /larger than 1048576 bytes/);
  });

  it('reads an empty body, and an answer without one, as not JSON', async () => {
    for (const status of [200, 204]) {
      const { base } = await cannedServer({ status, body: '' });
      const error = await failure(() => create(new HttpTotpApi({ baseUrl: base })));
      assert.equal(error.error_type, 'invalid_response', String(status));
      assert.match(error.error_message, /not JSON/);
    }
  });
});

describe('HttpTotpApi failures without an answer', () => {
  /** A server that takes requests and never answers. */
  const silent = () => listen(() => undefined);

  it('reports a refused connection as network_error naming the base URL', async () => {
    const closed = new HttpTotpApi({ baseUrl: 'http://127.0.0.1:9' });
    const error = await failure(() => create(closed));
    assert.equal(error.error_type, 'network_error');
    assert.equal(error.status_code, 0);
    assert.equal(error.error_message, 'Could not reach the server at http://127.0.0.1:9. Check the connection and try again.');
    assert.ok(error.cause instanceof Error);
  });

  it('keeps the fetch\'s own error as the cause of a network_error', async () => {
    const offline = new TypeError('Failed to fetch');
    const error = await failure(() => create(new HttpTotpApi({ baseUrl: 'https://api.example', fetch: () => Promise.reject(offline) })));
    assert.equal(error.error_type, 'network_error');
    assert.equal(error.cause, offline);
  });

  it('reports a connection cut in the middle of the body as network_error', async () => {
    const base = await listen((req, res) => { res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '500' }); res.write('{"data":'); setImmediate(() => req.socket.destroy()); });
    assert.equal((await failure(() => create(new HttpTotpApi({ baseUrl: base })))).error_type, 'network_error');
  });

  it('reports an abort as request_aborted, also one before the request', async () => {
    const api = new HttpTotpApi({ baseUrl: await silent() });
    const controller = new AbortController();
    const pending = failure(() => create(api, controller.signal));
    controller.abort(new Error('gone'));
    const error = await pending;
    assert.equal(error.error_type, 'request_aborted');
    assert.equal(error.aborted, true);
    assert.equal(error.status_code, 0);
    assert.equal((error.cause as Error).message, 'gone');
    assert.equal((await failure(() => create(api, AbortSignal.abort()))).error_type, 'request_aborted');
  });

  it('reports an abort while the body streams in as request_aborted', async () => {
    const controller = new AbortController();
    const base = await listen((_req, res) => { res.writeHead(200, { 'Content-Type': 'application/json' }); res.write('{"data":', () => controller.abort()); });
    assert.equal((await failure(() => create(new HttpTotpApi({ baseUrl: base }), controller.signal))).error_type, 'request_aborted');
  });

  it('gives up after timeoutMs, saying how long it waited', async () => {
    const base = await silent();
    const quick = await failure(() => create(new HttpTotpApi({ baseUrl: base, timeoutMs: 150 })));
    assert.equal(quick.error_type, 'request_timeout');
    assert.equal(quick.error_message, 'The server did not answer within 150 ms.');
    assert.equal(quick.aborted, false);
    assert.ok(quick.cause !== undefined, 'the fetch failure is kept as the cause');
    // Longer deadlines and their wording: test/api/node/fixes.test.ts, on mocked timers.
  });

  it('times out a body that stops half-way', async () => {
    const base = await listen((_req, res) => { res.writeHead(200, { 'Content-Type': 'application/json' }); res.write('{"data":'); });
    assert.equal((await failure(() => create(new HttpTotpApi({ baseUrl: base, timeoutMs: 150 })))).error_type, 'request_timeout');
  });

  it('takes the default 15 s for a missing, negative or non-number timeout; 0 waits as long as it takes', async () => {
    for (const timeoutMs of [undefined, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      assert.equal(new HttpTotpApi({ timeoutMs }).timeoutMs, 15_000, String(timeoutMs));
    }
    const base = await listen((_req, res) => { setTimeout(() => res.writeHead(200, { 'Content-Type': 'application/json' }).end(envelope(createData())), 50); });
    const api = new HttpTotpApi({ baseUrl: base, timeoutMs: 0 });
    assert.equal(api.timeoutMs, 0);
    assert.equal((await create(api)).totp_id, 'totp-canned');
  });

  it('refuses a bad base URL or cookie name when it is made', () => {
    assert.throws(() => new HttpTotpApi({ baseUrl: 'http://evil.example' }), (e: TotpApiError) => e.error_type === 'invalid_api_base');
    assert.throws(() => new HttpTotpApi({ sessionCookie: 'a b' }), (e: TotpApiError) => e.error_type === 'invalid_session_cookie');
  });
});
