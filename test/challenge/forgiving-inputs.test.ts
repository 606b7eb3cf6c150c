/*
 * Issue 20's "Inputs that forgive", at sign-in against the local backend: a recovery code in any
 * case and spacing is the one code, a malformed one never leaves the page, a code of a window
 * already used says to wait for the next, and the last wrong code before a lockout is announced.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import '../support/german.js';
import { PUBLIC_TOKEN, currentCode, wrongCode } from '../support/backend.js';
import {
  challengeElement, clearStytchCookies, codeField, enrolledUser, enter, errorText, nextCode, typeCode, useRecoveryCode, waitForState,
} from './harness.js';

/** The requests to `path` this page sent since the last `performance.clearResourceTimings()`. */
function requestsTo(path: string): number {
  return performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname.endsWith(path)).length;
}

describe('<totp-challenge>: inputs that forgive', () => {
  beforeEach(() => { clearStytchCookies(); performance.clearResourceTimings(); });
  afterEach(() => clearStytchCookies());

  for (const [shape, written] of [
    ['capitals in spaced groups', (code: string) => code.toUpperCase().replaceAll('-', ' ')],
    ['no dashes at all', (code: string) => code.replaceAll('-', '')],
  ] as const) {
    it(`a recovery code with ${shape} signs in: the backend gets xxxx-xxxx-xxxx`, async () => {
      const user = await enrolledUser();
      const el = await challengeElement();
      el.sessionToken = user.session_token;
      await useRecoveryCode(el);
      await enter(el, written(user.recovery_codes[0]!));
      await waitForState(el, 'verified');
    });
  }

  it('the recovery field shows the shape it expects', async () => {
    const el = await challengeElement();
    await useRecoveryCode(el);
    expect(codeField(el).placeholder).to.equal('xxxx-xxxx-xxxx');
  });

  it('a malformed recovery code is never sent, so any number of them cannot lock sign-in', async () => {
    const user = await enrolledUser();
    const el = await challengeElement();
    el.sessionToken = user.session_token;
    await useRecoveryCode(el);
    // More than the local backend's five wrong codes before a lockout: too short, too long, a stray character.
    for (const typo of ['abcd-efgh', 'abcd-efgh-23456', 'abcd-efgh-234!', 'abcd-efgh', 'abcd efgh 2345 6', 'x']) {
      await enter(el, typo);
      expect(errorText(el)).to.contain('such as abcd-1234-efgh', typo);
    }
    expect(requestsTo('/totps/recover'), 'a malformed code left the page').to.equal(0);
    await enter(el, user.recovery_codes[1]!);
    await waitForState(el, 'verified');
    expect(requestsTo('/totps/recover')).to.equal(1);
  });

  it('a code of a window already used says to wait for the next code, not that it did not work (and hints at no clock)', async () => {
    const user = await enrolledUser(); // enrolling used the current window's code
    const el = await challengeElement();
    el.sessionToken = user.session_token;
    for (let i = 0; i < 2; i++) {
      await typeCode(el, currentCode(user.secret));
      await waitUntil(() => errorText(el) !== '' && el.state === 'ready', 'no message');
      expect(errorText(el)).to.contain('Wait for the next code');
      expect(errorText(el)).not.to.contain('didn’t work');
      expect(errorText(el)).not.to.contain('clock');
      codeField(el).value = '';
    }
    await typeCode(el, nextCode(user.secret));
    await waitForState(el, 'verified');
  });

  for (const [lang, warning] of [['en', 'One more wrong code locks sign-in'], ['de', 'Ein weiterer falscher Code sperrt die Anmeldung']] as const) {
    it(`warns before the wrong code that locks sign-in, as the backend counts (${lang})`, async () => {
      const user = await enrolledUser();
      const el = await challengeElement(html`<div lang=${lang}><totp-challenge public-token=${PUBLIC_TOKEN}></totp-challenge></div>`);
      el.sessionToken = user.session_token;
      // The local backend locks after five wrong codes: the fourth leaves one.
      for (let miss = 1; miss <= 4; miss++) {
        codeField(el).value = '';
        await typeCode(el, wrongCode(user.secret)); // the sixth digit submits: verifying until the answer
        await waitUntil(() => el.state === 'ready' && errorText(el) !== '', 'no message');
        expect(errorText(el).includes(warning), `after miss ${miss}: ${errorText(el)}`).to.equal(miss === 4);
      }
    });
  }
});
