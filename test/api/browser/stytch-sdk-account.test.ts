import { expect } from '@open-wc/testing';
import { StytchHeadlessClient } from '@stytch/vanilla-js/headless';
import { StytchClientTotpApi, TotpApiError } from '../../../src/api/index.js';
import { PUBLIC_TOKEN, currentCode, newSession } from '../../support/backend.js';

/*
 * What the real @stytch/vanilla-js headless client sends and parses for the calls about an enrolled
 * user (user.get, totps.recoveryCodes, user.deleteTOTP, session.getSync), run against the local
 * backend (endpoints.testAPIURL = this origin): the facts docs/stytch-sdk-protocol.md records.
 */

interface SentRequest { method: string; path: string; body: string | undefined; contentType: string | null; authorization: string | null }

function clearStytchCookies() {
  for (const name of ['stytch_session', 'stytch_session_jwt']) document.cookie = `${name}=; max-age=0; path=/`;
}

async function stytchError(promise: Promise<unknown>): Promise<{ name?: string; error_type?: string; status_code?: number }> {
  try { await promise; } catch (error) { return error as { name?: string }; }
  throw new Error('expected the SDK to throw');
}

describe('the real Stytch SDK client: the enrolled user, against the local backend', () => {
  const stytch = new StytchHeadlessClient(PUBLIC_TOKEN, { endpoints: { testAPIURL: location.origin } } as object);
  const realFetch = window.fetch;
  let sent: SentRequest[] = [];

  beforeEach(() => {
    clearStytchCookies();
    sent = [];
    // The SDK calls the page's fetch at request time: recording it shows exactly what it sends.
    window.fetch = (input, init) => {
      const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, location.href);
      if (url.pathname.startsWith('/sdk/v1/') && url.pathname !== '/sdk/v1/events') {
        const headers = new Headers(init?.headers);
        sent.push({
          method: init?.method ?? 'GET', path: url.pathname, body: init?.body === undefined ? undefined : String(init.body),
          contentType: headers.get('Content-Type'), authorization: headers.get('Authorization'),
        });
      }
      return realFetch(input, init);
    };
  });
  afterEach(() => { window.fetch = realFetch; clearStytchCookies(); });

  /** A fresh user signed in by e-mail (the session cookie the SDK reads), enrolled and stepped up through the SDK. */
  async function enrolledThroughSdk() {
    const first = await newSession();
    document.cookie = `stytch_session=${first.session_token}; path=/`;
    const created = await stytch.totps.create({ expiration_minutes: 60 });
    await stytch.totps.authenticate({ totp_code: currentCode(created.secret), session_duration_minutes: 60 });
    sent = [];
    return { user_id: first.user_id, totp_id: created.totp_id, recovery_codes: created.recovery_codes };
  }

  it('user.get(): GET /sdk/v1/users/me with no body; resolves to the user without request_id and status_code', async () => {
    const { user_id } = await newSession().then((seeded) => {
      document.cookie = `stytch_session=${seeded.session_token}; path=/`;
      return seeded;
    });
    const user = await stytch.user.get();
    expect(sent.map(({ method, path, body }) => ({ method, path, body }))).to.deep.equal([{ method: 'GET', path: '/sdk/v1/users/me', body: undefined }]);
    expect(sent[0]!.contentType).to.equal('application/json');
    expect(sent[0]!.authorization).to.match(/^Basic /);
    expect(user.user_id).to.equal(user_id);
    expect(user).not.to.have.property('request_id');
    expect(user).not.to.have.property('status_code');
    expect(user.totps).to.deep.equal([]);
    expect(stytch.user.getSync()?.user_id).to.equal(user_id, 'and stores it as its user');
  });

  it('session.getSync() after a TOTP code lists the authenticator_app factor; the adapter counts it', async () => {
    await enrolledThroughSdk();
    const factors = stytch.session.getSync()?.authentication_factors ?? [];
    expect(factors.map((factor) => factor.delivery_method)).to.include('authenticator_app');
    expect(new StytchClientTotpApi(stytch).sessionHasSecondFactor()).to.equal(true);
  });

  it('totps.recoveryCodes(): POST /sdk/v1/totps/recovery_codes with no body; resolves to data as sent ({user_id, totps: {…}})', async () => {
    const { user_id, totp_id, recovery_codes } = await enrolledThroughSdk();
    const answer = await stytch.totps.recoveryCodes();
    expect(sent.map(({ method, path, body }) => ({ method, path, body }))).to.deep.equal([{ method: 'POST', path: '/sdk/v1/totps/recovery_codes', body: undefined }]);
    expect(sent[0]!.contentType).to.equal('application/json');
    expect(answer.status_code).to.equal(200);
    expect(answer.user_id).to.equal(user_id);
    expect(answer.totps).to.deep.equal({ totp_id, verified: true, recovery_codes });
    const viaAdapter = await new StytchClientTotpApi(stytch).recoveryCodes();
    expect(viaAdapter.recovery_codes).to.deep.equal(recovery_codes);
  });

  it('totps.recoveryCodes() with a one-factor session: StytchAPIError 403 insufficient_session_factors', async () => {
    const { user_id } = await enrolledThroughSdk();
    const again = await (await fetch(`/__test__/session?user_id=${user_id}`, { method: 'POST' })).json() as { session_token: string };
    document.cookie = `stytch_session=${again.session_token}; path=/`;
    const error = await stytchError(stytch.totps.recoveryCodes());
    expect(error.name).to.equal('StytchAPIError');
    expect(error.status_code).to.equal(403);
    expect(error.error_type).to.equal('insufficient_session_factors');
  });

  it('user.deleteTOTP(id): DELETE /sdk/v1/users/totps/{id} with no body; resolves to data less __user, stores __user, tells onChange', async () => {
    const { user_id, totp_id } = await enrolledThroughSdk();
    const changes: unknown[] = [];
    const unsubscribe = stytch.user.onChange((user) => changes.push(user));
    const answer = await stytch.user.deleteTOTP(totp_id);
    unsubscribe();
    expect(sent.map(({ method, path, body }) => ({ method, path, body }))).to.deep.equal([{ method: 'DELETE', path: `/sdk/v1/users/totps/${totp_id}`, body: undefined }]);
    // Only `__user` is stripped: the `user` our servers send beside it (Stytch's backend shape) stays.
    expect(Object.keys(answer).sort()).to.deep.equal(['request_id', 'status_code', 'user', 'user_id']);
    expect(answer.user_id).to.equal(user_id);
    expect(stytch.user.getSync()?.totps).to.deep.equal([]);
    expect(stytch.user.getSync()).not.to.have.property('request_id');
    expect(changes).to.have.length(1);
  });

  it('the adapter: getUser from the SDK\'s user, deleteTotp through deleteTOTP, then Create again', async () => {
    const { user_id, totp_id } = await enrolledThroughSdk();
    const api = new StytchClientTotpApi(stytch);
    const user = await api.getUser();
    expect(user?.user_id).to.equal(user_id);
    expect((user?.totps as { totp_id: string; verified: boolean }[]).map((t) => [t.totp_id, t.verified])).to.deep.equal([[totp_id, true]]);
    expect(sent, 'the stored user, no request').to.deep.equal([]);
    const removed = await api.deleteTotp(totp_id);
    expect(removed.user.totps).to.deep.equal([]);
    const again = await api.create({ expiration_minutes: 60 });
    expect(again.totp_id).not.to.equal(totp_id);
    const refused = await api.deleteTotp('../users/me').catch((error: unknown) => error);
    expect((refused as TotpApiError).error_type).to.equal('invalid_argument');
  });
});
