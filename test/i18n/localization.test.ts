import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TotpEnroll } from '../../src/index.js';
import { de } from '../../src/elements/i18n/locales/de.js';
import { en } from '../../src/elements/enroll/flow/flow-strings.js';
import { startEn } from '../../src/elements/enroll/strings.js';
import {
  $, clearStytchCookies, codeInput, confirmCode, errorText, goToConfirm, qrImage, startAndWait, stepHeading, submitCode,
} from '../element/harness.js';

/** All text a user sees or hears in the element's shadow root, slots excluded. */
function visibleText(el: TotpEnroll): string {
  return (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
}

describe('localization', () => {
  beforeEach(clearStytchCookies);

  it('the German module registers every string English has, each translated', () => {
    const english = { ...startEn, ...en } as unknown as Record<string, unknown>;
    expect(Object.keys(de).sort()).to.deep.equal(Object.keys(english).sort());
    for (const [key, value] of Object.entries(de)) {
      if (typeof value === 'string') expect(value, key).not.to.equal(english[key]);
      else {
        const call = (f: unknown) => (f as (...args: unknown[]) => string)(7, 4);
        const header = { issuer: 'I', account: 'A', date: 'D' };
        expect(key === 'recoveryFileHeader' ? de.recoveryFileHeader(header) : call(value), key)
          .not.to.equal(key === 'recoveryFileHeader' ? en.recoveryFileHeader(header) : call(english[key]));
      }
    }
  });

  it('picks German from the nearest lang attribute (de-AT → de), and formats times with Intl', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de-AT"><section><totp-enroll></totp-enroll></section></div>`);
    const el = wrapper.querySelector('totp-enroll')!;
    await el.updateComplete;
    expect(visibleText(el)).to.contain('Zwei-Faktor-Authentifizierung');
    expect($(el, '#start')!.textContent).to.contain('Authenticator-App einrichten');
    await startAndWait(el);
    expect(stepHeading(el)!.textContent).to.contain('QR-Code scannen');
    expect(visibleText(el)).to.contain('Schritt 1 von 4');
    expect(qrImage(el)!.alt).to.contain('QR-Code');
    await goToConfirm(el);
    expect($(el, '.expiry')!.textContent).to.contain('in 60 Minuten');
    await submitCode(el, '12');
    expect(errorText(el)).to.contain('6 Ziffern');
    await confirmCode(el);
    expect(stepHeading(el)!.textContent).to.contain('Wiederherstellungscodes');
  });

  it('falls back to English for a language it does not ship', async () => {
    const el = await fixture<TotpEnroll>(html`<totp-enroll lang="xx"></totp-enroll>`);
    expect($(el, '#start')!.textContent).to.contain('Set up authenticator app');
  });

  it('lets the strings property override any text, functions included', async () => {
    const el = await fixture<TotpEnroll>(html`<totp-enroll></totp-enroll>`);
    el.strings = { start: 'Enable 2FA', expiresIn: (time) => `Valid ${time}` };
    await el.updateComplete;
    expect($(el, '#start')!.textContent).to.contain('Enable 2FA');
    await startAndWait(el);
    await goToConfirm(el);
    expect($(el, '.expiry')!.textContent!.trim()).to.equal('Valid in 60 minutes');
  });

  it('lays out right-to-left under dir="rtl" while the key, codes and code input stay left-to-right', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl"><totp-enroll></totp-enroll></div>`);
    const el = wrapper.querySelector('totp-enroll')!;
    await startAndWait(el);
    expect(getComputedStyle($(el, '.card')!).direction).to.equal('rtl');
    expect(getComputedStyle($(el, '[part~="secret"]')!).direction).to.equal('ltr');
    // The step's bars sit at the inline start, i.e. on the right.
    const card = $(el, '.card')!.getBoundingClientRect();
    const bars = $(el, '.bars')!.getBoundingClientRect();
    expect(card.right - bars.right).to.be.lessThan(card.left + card.width / 2 - card.left);
    await goToConfirm(el);
    expect(getComputedStyle(codeInput(el)).direction).to.equal('ltr');
    await confirmCode(el);
    await waitUntil(() => !!$(el, '[part~="recovery-codes"] code'));
    expect(getComputedStyle($(el, '[part~="recovery-codes"] code')!).direction).to.equal('ltr');
  });
});
