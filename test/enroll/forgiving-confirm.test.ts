/*
 * Issue 20's warning before a lockout, on <totp-enroll>'s Confirm step: the shared code entry
 * reads the local backend's attempts_remaining, in English and German. (Recovery codes and reused
 * codes are the sign-in's: test/challenge/forgiving-inputs.test.ts.)
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import '../support/german.js';
import { PUBLIC_TOKEN, newSession, wrongCode } from '../support/backend.js';
import { clearStytchCookies, codeInput, enrollElement, errorText, secretOnScreen, startAndWait, typeCode } from './harness.js';

describe('<totp-enroll> Confirm: a warning before the lockout', () => {
  beforeEach(clearStytchCookies);
  afterEach(clearStytchCookies);

  for (const [lang, warning] of [['en', 'One more wrong code locks sign-in'], ['de', 'Ein weiterer falscher Code sperrt die Anmeldung']] as const) {
    it(`says so with the fourth of five wrong codes (${lang})`, async () => {
      // A user of its own: the lockout counts per user.
      const { session_token } = await newSession();
      const el = await enrollElement(html`<div lang=${lang}><totp-enroll expiration-minutes="60" public-token=${PUBLIC_TOKEN} .sessionToken=${session_token}></totp-enroll></div>`);
      await startAndWait(el);
      const secret = secretOnScreen(el);
      for (let miss = 1; miss <= 4; miss++) {
        if (miss > 1) codeInput(el).value = '';
        await typeCode(el, wrongCode(secret)); // the sixth digit submits
        await waitUntil(() => el.state === 'created' && errorText(el) !== '', `no message after miss ${miss}`);
        expect(errorText(el).includes(warning), `after miss ${miss}: ${errorText(el)}`).to.equal(miss === 4);
      }
    });
  }
});
