import { expect, html } from '@open-wc/testing';
import type { TotpCreatedEvent, TotpErrorEvent, TotpVerifiedEvent } from '../../src/index.js';
import { currentCode } from '../support/backend.js';
import { choose, enterStepUpCode, shownCodes, waitForScreen } from '../enroll/enrolled-harness.js';
import {
  clearStytchCookies, enrollElement, recordEvents, startAndWait, submitCode, waitForState,
} from '../enroll/harness.js';

/*
 * <totp-enroll> → the Stytch bridge on the test server (/bridge/) → the real `stytch`
 * package → the TLS stand-in for Stytch's backend API (test/support/bridge-rig.ts).
 */
const PUBLIC_TOKEN = 'public-token-test-bridge';

async function bridgeSession(userId?: string): Promise<{ user_id: string; session_token: string }> {
  const response = await fetch(`/__test__/bridge/session${userId ? `?user_id=${encodeURIComponent(userId)}` : ''}`, { method: 'POST' });
  if (!response.ok) throw new Error(`seeding a bridge session failed: ${response.status}`);
  return response.json();
}

async function stytchCalls(): Promise<string[]> {
  return (await fetch('/__test__/bridge/calls')).json();
}

/** Logout through the bridge, as Stytch's SDK sends it, with the page's cookies. */
function logOut(): Promise<Response> {
  return fetch('/bridge/sdk/v1/sessions/revoke', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
}

describe('<totp-enroll> through the Stytch bridge', () => {
  let recorder: ReturnType<typeof recordEvents>;
  beforeEach(() => { clearStytchCookies(); recorder = recordEvents(); });
  afterEach(async () => {
    recorder.stop();
    // The bridge may have refreshed the session cookie as HttpOnly, out of script's reach: logging
    // out through it clears that one (a 401 when there is none is fine).
    await logOut();
    clearStytchCookies();
  });

  async function enrollAndVerify(el: Parameters<typeof startAndWait>[0], user_id: string): Promise<void> {
    await startAndWait(el);
    const created = recorder.of('totp-created')[0] as TotpCreatedEvent;
    expect(created.detail.user_id).to.equal(user_id);
    expect(created.detail.qr_code).to.match(/^data:image\/png;base64,/);
    expect(created.detail.recovery_codes).to.have.length(10);
    await submitCode(el, currentCode(created.detail.secret));
    await waitForState(el, 'verified');
    const verified = recorder.of('totp-verified')[0] as TotpVerifiedEvent;
    expect(verified.detail.totp_id).to.equal(created.detail.totp_id);
    expect(verified.detail.user.totps).to.deep.equal([{ totp_id: created.detail.totp_id, verified: true }]);
    const factors = verified.detail.session.authentication_factors as { type: string }[];
    expect(factors.some((factor) => factor.type === 'totp')).to.equal(true);
  }

  it('enrolls and verifies with api-base and public-token (the session sent as Basic public_token:session_token)', async () => {
    const { user_id, session_token } = await bridgeSession();
    document.cookie = `stytch_session=${session_token}; path=/`;
    const before = (await stytchCalls()).length;
    const el = await enrollElement(html`<totp-enroll api-base="${location.origin}/bridge" public-token=${PUBLIC_TOKEN}></totp-enroll>`);
    await enrollAndVerify(el, user_id);
    // Who the user is (GET /users/me on connect: the session, then users.get), Create, Authenticate.
    expect((await stytchCalls()).slice(before)).to.deep.equal([
      '/v1/sessions/authenticate', `/v1/users/${user_id}`,
      '/v1/sessions/authenticate', '/v1/totps', '/v1/sessions/authenticate', '/v1/totps/authenticate',
    ]);
  });

  it('enrolls and verifies with the session cookie alone (no public token); the token stays in the cookie, now HttpOnly, until logout', async () => {
    const { user_id, session_token } = await bridgeSession();
    document.cookie = `stytch_session=${session_token}; path=/`;
    const el = await enrollElement(html`<totp-enroll api-base="${location.origin}/bridge"></totp-enroll>`);
    await enrollAndVerify(el, user_id);
    const verified = recorder.of('totp-verified')[0] as TotpVerifiedEvent;
    expect(verified.detail.session_token).to.equal('');
    expect(verified.detail.session_jwt).to.equal('');
    expect(document.cookie).not.to.contain(session_token, 'refreshed by the bridge as HttpOnly');
    expect((await logOut()).status).to.equal(200);
    const again = await fetch('/bridge/sdk/v1/totps', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(again.status).to.equal(401, 'logged out: the session is revoked and the cookie gone');
  });

  it('an enrolled user signed in again (first factor only): on, a step-up code, the codes, Remove — through users.get, totps.recoveryCodes, users.deleteTOTP', async () => {
    const { user_id, session_token } = await bridgeSession();
    document.cookie = `stytch_session=${session_token}; path=/`;
    const setup = await enrollElement(html`<totp-enroll api-base="${location.origin}/bridge" public-token=${PUBLIC_TOKEN}></totp-enroll>`);
    await enrollAndVerify(setup, user_id);
    const { secret, recovery_codes } = (recorder.of('totp-created')[0] as TotpCreatedEvent).detail;
    setup.remove();
    await logOut();
    clearStytchCookies();
    const again = await bridgeSession(user_id);
    document.cookie = `stytch_session=${again.session_token}; path=/`;
    const el = await enrollElement(html`<totp-enroll api-base="${location.origin}/bridge" public-token=${PUBLIC_TOKEN}></totp-enroll>`, 'as is');
    await waitForState(el, 'enrolled');
    await choose(el, 'view-codes-button');
    await waitForScreen(el, 'step-up');
    expect(shownCodes(el)).to.deep.equal([]);
    await enterStepUpCode(el, currentCode(secret, 1));
    await waitForScreen(el, 'recovery-codes');
    expect(shownCodes(el)).to.deep.equal(recovery_codes);
    await choose(el, 'done-button');
    await choose(el, 'remove-button');
    await choose(el, 'remove-button');
    await waitForState(el, 'idle');
    const calls = await stytchCalls();
    expect(calls).to.include.members(['/v1/totps/recovery_codes', `/v1/users/${user_id}`]);
    expect(calls.some((path) => path.startsWith('/v1/users/totps/'))).to.equal(true);
  });

  it('without a session the bridge answers 401 and the element reports it', async () => {
    const el = await enrollElement(html`<totp-enroll api-base="${location.origin}/bridge" public-token=${PUBLIC_TOKEN}></totp-enroll>`);
    el.start();
    await waitForState(el, 'error');
    const [failure] = recorder.of('totp-error') as TotpErrorEvent[];
    expect(failure!.detail.step).to.equal('create');
    expect(failure!.detail.error.status_code).to.equal(401);
    expect(failure!.detail.error.error_type).to.equal('unauthorized_credentials');
  });
});
