import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { HttpTotpApi, TotpApiError } from '../../../src/api/index.js';
import { startEarlyCall } from '../../../src/api/early-call.js';
import { PUBLIC_TOKEN, newSession } from '../../support/backend.js';
import { clearStytchCookies } from '../../support/element-harness.js';

/*
 * startEarlyCall: a request the first screen sends before the HTTP client's chunk has arrived,
 * handed to that client as its `fetch`. Against the local backend on this origin, the page's
 * fetch watched: the client reads the answer of the request that left, sends no second one, and
 * its abort cancels it.
 */
describe('startEarlyCall (a request that leaves before its client)', () => {
  let fetchSpy: sinon.SinonSpy;
  // A user of its own (the session cookie the early call relies on): its wrong codes count toward
  // no other test's lockout, as the local backend's demo user's would.
  beforeEach(async () => {
    const { session_token } = await newSession();
    document.cookie = `stytch_session=${session_token}; path=/`;
    fetchSpy = sinon.spy(window, 'fetch');
  });
  afterEach(() => {
    sinon.restore();
    clearStytchCookies();
  });

  const body = { totp_code: '000000', session_duration_minutes: 60 };
  const calls = () => fetchSpy.getCalls().map((call) => new URL(String(call.args[0]), location.href).pathname);

  it('the client that makes the same call gets that request\'s answer, and sends nothing itself', async () => {
    const early = startEarlyCall('POST', '/totps/authenticate', body, new AbortController().signal);
    expect(calls()).to.deep.equal(['/sdk/v1/totps/authenticate']);
    const error = await new HttpTotpApi({ fetch: early }).authenticate(body).then(() => null, (e: unknown) => e);
    // A user with no TOTP: the backend's refusal, read and checked by the client.
    expect(error).to.be.instanceOf(TotpApiError);
    expect((error as TotpApiError).status_code).to.be.within(400, 499);
    expect(calls()).to.deep.equal(['/sdk/v1/totps/authenticate']);
  });

  it('any other call (another body, another path, a second call) goes out on its own', async () => {
    const { session_token } = await newSession();
    document.cookie = `stytch_session=${session_token}; path=/`;
    fetchSpy.resetHistory();
    const early = startEarlyCall('POST', '/totps/authenticate', body, new AbortController().signal);
    const api = new HttpTotpApi({ fetch: early, publicToken: PUBLIC_TOKEN, sessionToken: session_token });
    await api.authenticate(body).catch(() => {});
    expect(calls(), 'the first same call: the answer on the way').to.have.length(1);
    await api.authenticate(body).catch(() => {});
    await api.authenticate({ ...body, session_duration_minutes: 61 }).catch(() => {});
    await api.getUser();
    expect(calls()).to.deep.equal(['/sdk/v1/totps/authenticate', '/sdk/v1/totps/authenticate', '/sdk/v1/totps/authenticate', '/sdk/v1/users/me']);
  });

  it('a GET (the user lookup): the client\'s getUser reads it; the same URL with another method goes out on its own', async () => {
    const early = startEarlyCall('GET', '/users/me', undefined, new AbortController().signal);
    await early(`${location.origin}/sdk/v1/users/me`, { method: 'DELETE' }).catch(() => {});
    expect(calls()).to.deep.equal(['/sdk/v1/users/me', '/sdk/v1/users/me']);
    // The session's user, read from the answer that left first.
    expect(await new HttpTotpApi({ fetch: early }).getUser()).to.have.property('user_id').that.is.a('string');
    expect(calls()).to.have.length(2);
  });

  it('the run\'s abort, or the client\'s, cancels the request that left', async () => {
    const run = new AbortController();
    startEarlyCall('POST', '/totps/authenticate', body, run.signal);
    run.abort();
    expect((fetchSpy.firstCall.args[1] as RequestInit).signal?.aborted, 'the run').to.equal(true);

    fetchSpy.resetHistory();
    const early = startEarlyCall('POST', '/totps/authenticate', body, new AbortController().signal);
    const gaveUp = new AbortController();
    gaveUp.abort();
    const error = await new HttpTotpApi({ fetch: early }).authenticate(body, { signal: gaveUp.signal }).then(() => null, (e: unknown) => e);
    expect((error as TotpApiError).aborted).to.equal(true);
    expect((fetchSpy.firstCall.args[1] as RequestInit).signal?.aborted, 'the client').to.equal(true);
    expect(fetchSpy.callCount).to.equal(1);
  });
});
