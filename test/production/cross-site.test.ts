/*
 * Issue 9 §1: the element against Stytch's SDK API on another site, as in production. The
 * stand-in (test/support/cross-site-rig.ts) runs on 127.0.0.1 while this page is on localhost:
 * it gets none of the page's cookies, knows the user only from `Basic public_token:session_token`,
 * and answers CORS for an allow-listed origin only.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { TotpCreatedEvent, TotpVerifiedEvent } from '../../src/index.js';
import { currentCode } from '../support/backend.js';
import { clearStytchCookies, enrollElement, recordEvents, startButton, submitCode, waitForState } from '../enroll/harness.js';
import { onlyError } from '../hardening/harness.js';

interface CrossSite { base: string; refusing_base: string; public_token: string; session_token: string; user_id: string }
interface Seen { requests: number; withCookie: number; authorizations: string[] }

async function crossSiteSession(): Promise<CrossSite> {
  await fetch('/__test__/cross-site/seen', { method: 'DELETE' });
  const response = await fetch('/__test__/cross-site/session', { method: 'POST' });
  return response.json() as Promise<CrossSite>;
}

async function seen(): Promise<{ allowing: Seen; refusing: Seen }> {
  return (await fetch('/__test__/cross-site/seen')).json() as Promise<{ allowing: Seen; refusing: Seen }>;
}

describe('cross-site: Stytch\'s SDK API on another site', () => {
  let recorder: ReturnType<typeof recordEvents>;
  let site: CrossSite;
  beforeEach(async () => {
    clearStytchCookies();
    recorder = recordEvents();
    site = await crossSiteSession();
  });
  afterEach(() => {
    recorder.stop();
    clearStytchCookies();
  });

  it('enrolls and verifies with the session from the stytch_session cookie, sending public_token:session_token', async () => {
    // What Stytch's SDK leaves on the page's own site after a sign-in.
    document.cookie = `stytch_session=${site.session_token}; path=/; SameSite=Lax`;
    const el = await enrollElement(html`<totp-enroll api-base=${site.base} public-token=${site.public_token}></totp-enroll>`);
    startButton(el).click();
    await waitForState(el, 'created');
    const created = (recorder.of('totp-created')[0] as TotpCreatedEvent).detail;
    expect(created.user_id).to.equal(site.user_id);
    await submitCode(el, currentCode(created.secret));
    await waitForState(el, 'verified');
    const verified = (recorder.of('totp-verified')[0] as TotpVerifiedEvent).detail;
    expect(verified.user.user_id).to.equal(site.user_id);
    expect(verified.session_token).to.equal(site.session_token); // the session gained its second factor

    const { allowing } = await seen();
    // Who the user is (GET /users/me, on connect), Create, Authenticate.
    expect(allowing.requests).to.equal(3);
    expect(allowing.withCookie, 'requests that carried the page\'s cookies').to.equal(0);
    const expected = `Basic ${btoa(`${site.public_token}:${site.session_token}`)}`;
    expect(allowing.authorizations).to.deep.equal([expected, expected, expected]);
  });

  it('a session token handed over as a property works the same, with no cookie at all', async () => {
    const el = await enrollElement(html`<totp-enroll api-base=${site.base} public-token=${site.public_token}></totp-enroll>`);
    el.sessionToken = () => site.session_token;
    startButton(el).click();
    await waitForState(el, 'created');
    expect((recorder.of('totp-created')[0] as TotpCreatedEvent).detail.user_id).to.equal(site.user_id);
    expect(el.getAttributeNames().join(' ')).not.to.contain('session');
    expect(el.outerHTML).not.to.contain(site.session_token);
  });

  it('without a session the stand-in answers 401 and the element says so: no demo user, no fallback', async () => {
    const el = await enrollElement(html`<totp-enroll api-base=${site.base} public-token=${site.public_token}></totp-enroll>`);
    startButton(el).click();
    await waitForState(el, 'error');
    expect(onlyError(recorder.events, 'create').status_code).to.equal(401);
    const { allowing } = await seen();
    // The lookup (401: nobody signed in, so "Set up"), then Create, each without a session.
    const anonymous = `Basic ${btoa(`${site.public_token}:${site.public_token}`)}`;
    expect(allowing.authorizations).to.deep.equal([anonymous, anonymous]);
  });

  it('an unknown public token is refused', async () => {
    document.cookie = `stytch_session=${site.session_token}; path=/; SameSite=Lax`;
    const el = await enrollElement(html`<totp-enroll api-base=${site.base} public-token="public-token-test-someone-else"></totp-enroll>`);
    startButton(el).click();
    await waitForState(el, 'error');
    expect(onlyError(recorder.events, 'create').status_code).to.equal(401);
  });

  it('a stand-in that does not allow this origin is never reached: the browser stops at the preflight', async () => {
    document.cookie = `stytch_session=${site.session_token}; path=/; SameSite=Lax`;
    const el = await enrollElement(html`<totp-enroll api-base=${site.refusing_base} public-token=${site.public_token}></totp-enroll>`);
    startButton(el).click();
    await waitForState(el, 'error');
    expect(onlyError(recorder.events, 'create').error_type).to.equal('network_error');
    await waitUntil(async () => (await seen()).refusing.requests === 0, 'the refusing stand-in received a request');
  });
});
