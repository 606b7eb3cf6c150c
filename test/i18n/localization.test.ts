import { expect, fixture, html } from '@open-wc/testing';
import type { TotpEnroll } from '../../src/index.js';
import { locales } from '../../src/elements/messages.js';
import { $, clearStytchCookies, errorText, startAndWait, submitCode } from '../element/harness.js';

/** All text a user sees or hears in the element's shadow root, slots excluded. */
function visibleText(el: TotpEnroll): string {
  return (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
}

describe('localization', () => {
  beforeEach(clearStytchCookies);

  it('ships a complete German locale with the same keys as English', () => {
    const english = locales.en as unknown as Record<string, unknown>;
    expect(Object.keys(locales.de!).sort()).to.deep.equal(Object.keys(english).sort());
    for (const [key, value] of Object.entries(locales.de!)) {
      if (typeof value === 'string') expect(value, key).not.to.equal(english[key]);
      else expect((value as (n: number) => string)(7), key).not.to.equal((english[key] as (n: number) => string)(7));
    }
  });

  it('picks German from the nearest lang attribute (de-AT → de), and formats times with Intl', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de-AT"><section><totp-enroll></totp-enroll></section></div>`);
    const el = wrapper.querySelector('totp-enroll')!;
    await el.updateComplete;
    expect(visibleText(el)).to.contain('Zwei-Faktor-Authentifizierung');
    expect($(el, '#start')!.textContent).to.contain('Authenticator-App einrichten');
    await startAndWait(el);
    expect(visibleText(el)).to.contain('QR-Code scannen');
    expect($(el, '.expiry')!.textContent).to.contain('in 60 Minuten');
    expect(($(el, 'img[part~="qr-image"]') as HTMLImageElement).alt).to.contain('QR-Code');
    await submitCode(el, '12');
    expect(errorText(el)).to.contain('6 Ziffern');
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
    expect($(el, '.expiry')!.textContent!.trim()).to.equal('Valid in 60 minutes');
  });

  it('lays out right-to-left under dir="rtl" while the key and codes stay left-to-right', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl"><totp-enroll></totp-enroll></div>`);
    const el = wrapper.querySelector('totp-enroll')!;
    await startAndWait(el);
    expect(getComputedStyle($(el, '.card')!).direction).to.equal('rtl');
    expect(getComputedStyle($(el, '[part~="secret"]')!).direction).to.equal('ltr');
    expect(getComputedStyle($(el, '[part~="recovery-codes"] code')!).direction).to.equal('ltr');
    expect(getComputedStyle($(el, '#code')!).direction).to.equal('ltr');
    // The step number sits at the inline start, i.e. on the right.
    const heading = $(el, '#created-heading')!.getBoundingClientRect();
    const number = $(el, '#created-heading .step-number')!.getBoundingClientRect();
    expect(number.right).to.be.closeTo(heading.right, 2);
  });
});
