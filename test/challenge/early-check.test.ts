/*
 * With the default backend (the page's own origin, the session in its cookie), a submitted code's
 * Authenticate or Recover leaves from the form, before the check's chunk has arrived: on a slow
 * phone a code filled in at load would otherwise wait for the chunk's round trip, then its own
 * (issue 21). The chunk's loader is held back by the test; the request is counted at the page's
 * fetch, and the answer comes from the real local backend.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { attemptModule } from '../../src/elements/challenge/attempt-module.js';
import { PUBLIC_TOKEN } from '../support/backend.js';
import { holdChunk } from '../support/held.js';
import {
  challengeElement, clearStytchCookies, codeField, enrolledUser, nextCode, submitButton, typeCode, useRecoveryCode, waitForState,
} from './harness.js';

/** The page's calls to the TOTP endpoints, in order: `[path, init]`. */
function totpCalls(fetchSpy: sinon.SinonSpy): [string, RequestInit | undefined][] {
  return fetchSpy.getCalls()
    .map((call) => [String(call.args[0]), call.args[1] as RequestInit | undefined] as [string, RequestInit | undefined])
    .filter(([url]) => url.includes('/sdk/v1/totps'))
    .map(([url, init]) => [new URL(url, location.href).pathname, init]);
}

describe('<totp-challenge> sends the check before its chunk arrives (default backend)', () => {
  let fetchSpy: sinon.SinonSpy;
  /** An enrolled user whose first-factor session is in the cookie; the page's fetch watched from now on. */
  async function signedIn(): Promise<Awaited<ReturnType<typeof enrolledUser>>> {
    const user = await enrolledUser();
    document.cookie = `stytch_session=${user.session_token}; path=/`;
    fetchSpy = sinon.spy(window, 'fetch');
    return user;
  }
  beforeEach(() => clearStytchCookies());
  afterEach(() => {
    sinon.restore();
    clearStytchCookies();
  });

  it('an app code: Authenticate leaves at the sixth digit, once, and its answer signs the user in when the chunk comes', async () => {
    const user = await signedIn();
    const chunk = holdChunk(attemptModule);
    const el = await challengeElement(html`<totp-challenge></totp-challenge>`);
    await typeCode(el, nextCode(user.secret));
    await waitUntil(() => totpCalls(fetchSpy).length === 1, 'Authenticate waits for the chunk');
    const [[path, init]] = totpCalls(fetchSpy) as [[string, RequestInit]];
    expect(path).to.equal('/sdk/v1/totps/authenticate');
    expect(JSON.parse(String(init.body))).to.deep.equal({ totp_code: nextCode(user.secret), session_duration_minutes: 60 });
    expect(init.credentials).to.equal('include');
    expect(new Headers(init.headers).has('Authorization'), 'cookies alone carry the session').to.equal(false);
    expect(el.state).to.equal('verifying');
    chunk.release();
    await waitForState(el, 'verified');
    expect(totpCalls(fetchSpy).map(([p]) => p), 'the chunk\'s client reads that request\'s answer, not a second one')
      .to.deep.equal(['/sdk/v1/totps/authenticate']);
  });

  it('a recovery code: Recover leaves at Verify, once, with the session lifetime the element has', async () => {
    const user = await signedIn();
    const chunk = holdChunk(attemptModule);
    const el = await challengeElement(html`<totp-challenge session-duration-minutes="90"></totp-challenge>`);
    await useRecoveryCode(el);
    await typeCode(el, user.recovery_codes[0]!);
    submitButton(el).click();
    await waitUntil(() => totpCalls(fetchSpy).length === 1, 'Recover waits for the chunk');
    const [[path, init]] = totpCalls(fetchSpy) as [[string, RequestInit]];
    expect(path).to.equal('/sdk/v1/totps/recover');
    expect(JSON.parse(String(init.body))).to.deep.equal({ recovery_code: user.recovery_codes[0], session_duration_minutes: 90 });
    chunk.release();
    await waitForState(el, 'verified');
    expect(totpCalls(fetchSpy)).to.have.length(1);
  });

  it('a reset while the chunk loads cancels the request that left', async () => {
    const user = await signedIn();
    const chunk = holdChunk(attemptModule);
    const el = await challengeElement(html`<totp-challenge></totp-challenge>`);
    await typeCode(el, nextCode(user.secret));
    await waitUntil(() => totpCalls(fetchSpy).length === 1, 'Authenticate waits for the chunk');
    el.reset();
    const [[, init]] = totpCalls(fetchSpy) as [[string, RequestInit]];
    expect(init.signal?.aborted, 'cancelled').to.equal(true);
    chunk.release();
    await attemptModule.load();
    expect(el.state).to.equal('ready');
    expect(codeField(el).value).to.equal('');
  });

  for (const [setup, template] of [
    ['public-token (the SDK\'s Authorization header)', html`<totp-challenge public-token=${PUBLIC_TOKEN}></totp-challenge>`],
    ['api-base', html`<totp-challenge api-base="/"></totp-challenge>`],
    ['a session lifetime the check refuses', html`<totp-challenge session-duration-minutes="1e3"></totp-challenge>`],
  ] as const) {
    it(`with ${setup}, nothing leaves before the chunk: its client sends the request`, async () => {
      const user = await signedIn();
      const chunk = holdChunk(attemptModule);
      const el = await challengeElement(template);
      await typeCode(el, nextCode(user.secret));
      expect(el.state).to.equal('verifying');
      // The form's own work is done once it shows it is busy; a request from it would have left.
      await el.updateComplete;
      expect(totpCalls(fetchSpy)).to.deep.equal([]);
      chunk.release();
      await waitUntil(() => el.state !== 'verifying', 'the check never ended');
      expect(totpCalls(fetchSpy).length).to.be.at.most(1);
    });
  }
});
