import { expect } from '@open-wc/testing';
import { HttpTotpApi, TotpApiError } from '../../../src/api/index.js';
import { PUBLIC_TOKEN, currentCode, fixtureBase, newSession, wrongCode } from '../../support/backend.js';

/** Runs `action` and returns the TotpApiError it must throw. */
async function failure(action: () => Promise<unknown>): Promise<TotpApiError> {
  try {
    await action();
  } catch (error) {
    expect(error).to.be.instanceOf(TotpApiError);
    return error as TotpApiError;
  }
  throw new Error('expected a TotpApiError, but the call succeeded');
}

async function sessionClient(options: ConstructorParameters<typeof HttpTotpApi>[0] = {}) {
  const { session_token, user_id } = await newSession();
  return { api: new HttpTotpApi({ publicToken: PUBLIC_TOKEN, sessionToken: () => session_token, ...options }), user_id };
}

describe('HttpTotpApi against the local backend', () => {
  it('defaults to the page origin and creates a TOTP with every seed field', async () => {
    const api = new HttpTotpApi();
    expect(api.baseUrl).to.equal(location.origin);
    const created = await api.create({ expiration_minutes: 60 });
    expect(created.status_code).to.equal(200);
    expect(created.request_id).to.be.a('string').and.not.empty;
    expect(created.secret).to.match(/^[A-Z2-7]{32}$/);
    expect(created.totp_id).to.be.a('string').and.not.empty;
    expect(created.qr_code).to.match(/^data:image\/png;base64,/);
    expect(created.recovery_codes).to.have.length(10);
    for (const code of created.recovery_codes) expect(code).to.match(/^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/);
    expect(created.user.user_id).to.equal(created.user_id);
    expect(created).to.have.all.keys(
      'request_id', 'status_code', 'secret', 'totp_id', 'qr_code', 'recovery_codes', 'user_id', 'user');
  });

  it('acts for the session user named in Basic credentials and authenticates a real code', async () => {
    const { api, user_id } = await sessionClient();
    const created = await api.create({ expiration_minutes: 5 });
    expect(created.user_id).to.equal(user_id);
    const result = await api.authenticate({ totp_code: currentCode(created.secret), session_duration_minutes: 60 });
    expect(result.totp_id).to.equal(created.totp_id);
    expect(result.user_id).to.equal(user_id);
    expect(result.session.session_id).to.be.a('string').and.not.empty;
    expect(result.session_token).to.be.a('string').and.not.empty;
  });

  it('rejects a wrong code with the backend\'s Stytch error', async () => {
    const { api } = await sessionClient();
    const created = await api.create({ expiration_minutes: 60 });
    const error = await failure(() => api.authenticate({ totp_code: wrongCode(created.secret), session_duration_minutes: 60 }));
    expect(error.status_code).to.equal(401);
    expect(error.error_type).to.equal('otp_code_not_found');
    expect(error.error_message).to.be.a('string').and.not.empty;
    expect(error.request_id).to.match(/^request-id-/);
  });

  it('turns a Stytch error JSON (400) into TotpApiError fields', async () => {
    const { api } = await sessionClient();
    const error = await failure(() => api.create({ expiration_minutes: 4 }));
    expect(error.status_code).to.equal(400);
    expect(error.error_type).to.be.a('string').and.not.equal('http_error');
    expect(error.error_message).to.contain('expiration');
    expect(error.request_id).to.match(/^request-id-/);
  });

  it('gets Stytch\'s 401 for an unknown session token', async () => {
    const api = new HttpTotpApi({ publicToken: PUBLIC_TOKEN, sessionToken: () => 'session-token-unknown' });
    const error = await failure(() => api.create({ expiration_minutes: 60 }));
    expect(error.status_code).to.equal(401);
    expect(error.error_type).to.equal('unauthorized_credentials');
  });

  it('reports a network failure as network_error', async () => {
    // Port 9 (discard) has no listener here: the connection is refused.
    const api = new HttpTotpApi({ baseUrl: 'http://127.0.0.1:9' });
    const error = await failure(() => api.create({ expiration_minutes: 60 }));
    expect(error.error_type).to.equal('network_error');
    expect(error.status_code).to.equal(0);
    expect(error.error_message).to.contain('127.0.0.1:9');
  });

  it('reports a connection reset as network_error', async () => {
    const api = new HttpTotpApi({ baseUrl: await fixtureBase({ reset: true }) });
    const error = await failure(() => api.create({ expiration_minutes: 60 }));
    expect(error.error_type).to.equal('network_error');
  });

  it('reports a non-JSON 200 body as invalid_response', async () => {
    const api = new HttpTotpApi({ baseUrl: await fixtureBase({ headers: { 'Content-Type': 'text/plain' }, body: 'OK' }) });
    const error = await failure(() => api.create({ expiration_minutes: 60 }));
    expect(error.error_type).to.equal('invalid_response');
    expect(error.error_message).to.contain('not JSON');
  });

  it('reports an HTML error page (502) with its status', async () => {
    const api = new HttpTotpApi({ baseUrl: await fixtureBase({
      status: 502, headers: { 'Content-Type': 'text/html' }, body: '<html><body><h1>502 Bad Gateway</h1></body></html>',
    }) });
    const error = await failure(() => api.create({ expiration_minutes: 60 }));
    expect(error.status_code).to.equal(502);
    expect(error.error_type).to.equal('http_error');
    expect(error.error_message).to.contain('502');
    expect(error.error_message).not.to.contain('<');
  });

  it('reports a missing endpoint (404 without Stytch JSON) as endpoint_not_found', async () => {
    const api = new HttpTotpApi({ baseUrl: await fixtureBase({ status: 404, headers: { 'Content-Type': 'text/html' }, body: 'Not Found' }) });
    const error = await failure(() => api.create({ expiration_minutes: 60 }));
    expect(error.status_code).to.equal(404);
    expect(error.error_type).to.equal('endpoint_not_found');
  });

  it('reports a JSON answer without the {data} envelope as invalid_response', async () => {
    const api = new HttpTotpApi({ baseUrl: await fixtureBase({ body: '{"secret":"ABCDEFGHIJKLMNOP"}' }) });
    const error = await failure(() => api.create({ expiration_minutes: 60 }));
    expect(error.error_type).to.equal('invalid_response');
  });

  it('reads Retry-After from a 429', async () => {
    const api = new HttpTotpApi({ baseUrl: await fixtureBase({
      status: 429, headers: { 'Retry-After': '42', 'Access-Control-Expose-Headers': 'Retry-After' },
      body: JSON.stringify({ status_code: 429, request_id: 'request-id-x', error_type: 'too_many_requests', error_message: 'Slow down.' }),
    }) });
    const error = await failure(() => api.create({ expiration_minutes: 60 }));
    expect(error.status_code).to.equal(429);
    expect(error.error_type).to.equal('too_many_requests');
    expect(error.retry_after).to.equal(42);
    expect(error.request_id).to.equal('request-id-x');
  });

  it('reports an abort as request_aborted', async () => {
    const api = new HttpTotpApi({ baseUrl: await fixtureBase({ hang: true }) });
    const controller = new AbortController();
    const pending = failure(() => api.create({ expiration_minutes: 60 }, { signal: controller.signal }));
    setTimeout(() => controller.abort(), 50);
    const error = await pending;
    expect(error.error_type).to.equal('request_aborted');
    expect(error.aborted).to.equal(true);
  });

  it('gives up on an answer that never comes after its timeout', async () => {
    const api = new HttpTotpApi({ baseUrl: await fixtureBase({ hang: true }), timeoutMs: 200 });
    const error = await failure(() => api.create({ expiration_minutes: 60 }));
    expect(error.error_type).to.equal('request_timeout');
    expect(api.timeoutMs).to.equal(200);
    expect(new HttpTotpApi().timeoutMs).to.equal(15_000);
  });

  it('refuses a body over its size limit without reading it all', async () => {
    const api = new HttpTotpApi({ baseUrl: await fixtureBase({ body: 'x'.repeat(1024), repeat: 10 * 1024 }) });
    const error = await failure(() => api.create({ expiration_minutes: 60 }));
    expect(error.error_type).to.equal('invalid_response');
    expect(error.error_message).to.contain('larger');
  });

  it('sends the Stytch SDK\'s Basic credentials and JSON body through the injected fetch', async () => {
    const seen: Request[] = [];
    const api = new HttpTotpApi({
      publicToken: PUBLIC_TOKEN,
      fetch: (input, init) => { const request = new Request(input, init); seen.push(request.clone()); return fetch(request); },
    });
    await api.create({ expiration_minutes: 60 });
    const [request] = seen;
    expect(request!.url).to.equal(`${location.origin}/sdk/v1/totps`);
    expect(request!.method).to.equal('POST');
    expect(request!.headers.get('Authorization')).to.equal(`Basic ${btoa(`${PUBLIC_TOKEN}:${PUBLIC_TOKEN}`)}`);
    expect(await request!.json()).to.deep.equal({ expiration_minutes: 60 });
    expect(request!.credentials).to.equal('include');
  });

  it('sends no Authorization without a public token (cookies alone)', async () => {
    const seen: Request[] = [];
    const api = new HttpTotpApi({ fetch: (input, init) => { const r = new Request(input, init); seen.push(r); return fetch(r.clone()); } });
    await api.create({ expiration_minutes: 60 });
    expect(seen[0]!.headers.has('Authorization')).to.equal(false);
  });
});
