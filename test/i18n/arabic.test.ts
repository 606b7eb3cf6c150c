/*
 * Arabic, the shipped right-to-left language, in both elements against the local backend: the card
 * reads right to left under `lang="ar"` alone, codes and fields stay left to right, and digits typed
 * on an Arabic (٠-٩) or Persian (۰-۹) keyboard are sent as the ASCII the backend takes (it refuses
 * anything else with 400 invalid_totp_code, so signing in proves what was sent).
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import '../support/arabic.js';
import { PUBLIC_TOKEN, currentCode, newSession } from '../support/backend.js';
import { $, pageWith, textOf } from '../support/element-harness.js';
import {
  clearStytchCookies, codeInput, enrollElement, errorText, openManualEntry, secretOnScreen, startAndWait, stepHeading, typeCode,
  waitForState,
} from '../enroll/harness.js';
import { challengeElement, codeField, enrolledUser, enter, nextCode, statusText, typeCode as typeChallengeCode, useRecoveryCode } from '../challenge/harness.js';

/** `code` as an Arabic keyboard types it (`zero`: U+0660), or a Persian one (U+06F0). */
const typedOn = (code: string, zero: number) => code.replace(/\d/g, (digit) => String.fromCharCode(zero + Number(digit)));
const ARABIC_INDIC = 0x0660;
const PERSIAN = 0x06f0;

const card = (el: Element) => $(el, '.card')!;

describe('Arabic', () => {
  beforeEach(clearStytchCookies);
  afterEach(clearStytchCookies);

  it('<totp-enroll> under lang="ar" alone: Arabic, right to left, the setup key and the code field left to right', async () => {
    const el = await enrollElement(pageWith('totp-enroll', { lang: 'ar' }));
    expect(card(el).getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(card(el)).direction).to.equal('rtl');
    expect(textOf(el.shadowRoot)).to.contain('المصادقة الثنائية');
    await startAndWait(el);
    expect(textOf(stepHeading(el))).to.equal('امسح رمز QR');
    expect(textOf(el.shadowRoot)).to.contain('الخطوة الأولى من أربع');
    // "Can't scan it?"'s marker points the way the card reads: mirrored, though the host's page is left to right.
    expect(getComputedStyle($(el, 'summary')!, '::before').transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    await openManualEntry(el);
    expect(getComputedStyle($(el, '[part~="secret"]')!).direction).to.equal('ltr');
    await typeCode(el, '12');
    expect(getComputedStyle(codeInput(el)).direction).to.equal('ltr');
  });

  it('<totp-challenge> under lang="ar" alone: Arabic, right to left, the code field left to right', async () => {
    const el = await challengeElement(html`<div lang="ar"><totp-challenge public-token=${PUBLIC_TOKEN}></totp-challenge></div>`);
    expect(card(el).getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(card(el)).direction).to.equal('rtl');
    expect(textOf($(el, 'label'))).to.equal('الرمز من تطبيقك');
    expect(getComputedStyle(codeField(el)).direction).to.equal('ltr');
  });

  it('a left-to-right language keeps the page\'s direction: English in a right-to-left box gets no dir of its own', async () => {
    const el = await enrollElement(pageWith('totp-enroll', { lang: 'en', dir: 'rtl' }));
    expect(card(el).hasAttribute('dir')).to.equal(false);
    expect(getComputedStyle(card(el)).direction).to.equal('rtl');
  });

  it('<totp-enroll> Confirm: the code typed in Arabic-Indic digits is sent as ASCII and enrolls', async () => {
    const { session_token } = await newSession();
    const el = await enrollElement(html`<div lang="ar"><totp-enroll expiration-minutes="60" public-token=${PUBLIC_TOKEN} .sessionToken=${session_token}></totp-enroll></div>`);
    await startAndWait(el);
    const typed = typedOn(currentCode(secretOnScreen(el)), ARABIC_INDIC);
    expect(typed).to.match(/^[٠-٩]{6}$/);
    await typeCode(el, typed); // the sixth digit submits
    await waitForState(el, 'verified');
    expect(errorText(el)).to.equal('');
  });

  for (const [keyboard, zero] of [['Arabic-Indic', ARABIC_INDIC], ['Persian', PERSIAN]] as const) {
    it(`<totp-challenge>: a code typed in ${keyboard} digits, spaced, signs in`, async () => {
      const user = await enrolledUser();
      const el = await challengeElement(html`<div lang="ar"><totp-challenge public-token=${PUBLIC_TOKEN}></totp-challenge></div>`);
      el.sessionToken = user.session_token;
      const code = typedOn(nextCode(user.secret), zero);
      await typeChallengeCode(el, `${code.slice(0, 3)} ${code.slice(3)}`);
      await waitForState(el, 'verified');
      expect(statusText(el)).to.contain('تم تسجيل دخولك');
    });
  }

  it('<totp-challenge>: a recovery code whose digits were typed in Arabic-Indic signs in, and the codes left read in Arabic', async () => {
    const user = await enrolledUser();
    const el = await challengeElement(html`<div lang="ar-EG"><totp-challenge public-token=${PUBLIC_TOKEN}></totp-challenge></div>`);
    el.sessionToken = user.session_token;
    await useRecoveryCode(el);
    const typed = typedOn(user.recovery_codes[0]!, ARABIC_INDIC);
    await enter(el, typed);
    await waitForState(el, 'verified');
    // Ten codes less the one used: nine, CLDR's "few" (3–10), in ar-EG's Arabic-Indic digits.
    await waitUntil(() => statusText(el).includes('تبقّى لديك ٩ رموز استرداد'), `status: ${statusText(el)}`);
  });
});
