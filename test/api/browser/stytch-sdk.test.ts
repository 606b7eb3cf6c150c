import { expect } from '@open-wc/testing';
import { StytchHeadlessClient } from '@stytch/vanilla-js/headless';
import { HttpTotpApi, StytchClientTotpApi, TotpApiError, isStytchClient } from '../../../src/api/index.js';
import { PUBLIC_TOKEN, currentCode, wrongCode } from '../../support/backend.js';

/*
 * The real @stytch/vanilla-js headless client pointed at the local backend
 * (endpoints.testAPIURL = this origin), unchanged.
 */
function clearStytchCookies() {
  for (const name of ['stytch_session', 'stytch_session_jwt']) document.cookie = `${name}=; max-age=0; path=/`;
}

describe('the real Stytch SDK client against the local backend', () => {
  // One client per page: the SDK warns about (and misbehaves with) several.
  // `endpoints.testAPIURL` is honoured as given but missing from the SDK's public types.
  const localEndpoints = { endpoints: { testAPIURL: location.origin } } as object;
  const stytch = new StytchHeadlessClient(PUBLIC_TOKEN, localEndpoints);
  afterEach(clearStytchCookies);

  it('totps.create returns the seed\'s fields', async () => {
    const created = await stytch.totps.create({ expiration_minutes: 60 });
    expect(created.status_code).to.equal(200);
    for (const field of ['request_id', 'secret', 'totp_id', 'qr_code', 'recovery_codes', 'user_id'] as const) {
      expect(created, field).to.have.property(field);
    }
    expect(created.secret).to.match(/^[A-Z2-7]{32}$/);
    expect(created.recovery_codes).to.have.length(10);
    // The SDK moves the changed user (`__user`) into its user state.
    expect(stytch.user.getSync()?.user_id).to.equal((created as { user_id?: string }).user_id);
  });

  it('totps.authenticate accepts a code computed with otpauth and rejects a wrong one', async () => {
    const created = await stytch.totps.create({ expiration_minutes: 60 });
    let rejected: unknown;
    try {
      await stytch.totps.authenticate({ totp_code: wrongCode(created.secret), session_duration_minutes: 60 });
    } catch (error) {
      rejected = error;
    }
    expect((rejected as { error_type?: string })?.error_type).to.equal('otp_code_not_found');
    expect((rejected as { name?: string })?.name).to.equal('StytchAPIError');

    const result = await stytch.totps.authenticate({ totp_code: currentCode(created.secret), session_duration_minutes: 60 });
    expect(result.totp_id).to.equal(created.totp_id);
    expect(result.session.session_id).to.be.a('string');
  });

  it('the SDK adapter and the HTTP client return the same typed result', async () => {
    expect(isStytchClient(stytch)).to.equal(true);
    const viaSdk = await new StytchClientTotpApi(stytch).create({ expiration_minutes: 60 });
    const viaHttp = await new HttpTotpApi({ publicToken: PUBLIC_TOKEN }).create({ expiration_minutes: 60 });
    expect(Object.keys(viaSdk).sort()).to.deep.equal(Object.keys(viaHttp).sort());
    for (const key of Object.keys(viaHttp) as (keyof typeof viaHttp)[]) {
      expect(typeof viaSdk[key], key).to.equal(typeof viaHttp[key]);
    }
    expect(viaSdk.user_id).to.equal(viaHttp.user_id); // both act as the demo user
    expect(viaSdk.user.user_id).to.equal(viaSdk.user_id);
    expect(viaSdk.qr_code).to.match(/^data:image\/png;base64,/);
  });

  it('the SDK adapter maps the SDK\'s errors to TotpApiError', async () => {
    const api = new StytchClientTotpApi(stytch);
    const created = await api.create({ expiration_minutes: 60 });
    let error: unknown;
    try {
      await api.authenticate({ totp_code: wrongCode(created.secret), session_duration_minutes: 60 });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(TotpApiError);
    expect((error as TotpApiError).status_code).to.equal(401);
    expect((error as TotpApiError).error_type).to.equal('otp_code_not_found');
    expect((error as TotpApiError).request_id).to.match(/^request-id-/);
  });

  it('the SDK adapter settles at once when aborted', async () => {
    const controller = new AbortController();
    const pending = new StytchClientTotpApi(stytch).create({ expiration_minutes: 60 }, { signal: controller.signal });
    controller.abort();
    let error: unknown;
    try { await pending; } catch (e) { error = e; }
    expect((error as TotpApiError).error_type).to.equal('request_aborted');
  });

  it('the SDK adapter forwards user.onChange and unsubscribes', async () => {
    const seen: unknown[] = [];
    const unsubscribe = new StytchClientTotpApi(stytch).onUserChange((user) => seen.push(user));
    const created = await stytch.totps.create({ expiration_minutes: 60 });
    await stytch.totps.authenticate({ totp_code: currentCode(created.secret), session_duration_minutes: 60 });
    expect(seen.length).to.be.greaterThan(0);
    unsubscribe();
  });
});
