import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TotpEnroll } from '../../src/index.js';
import { $, clearStytchCookies, confirmCode, goToConfirm, startAndWait } from '../enroll/harness.js';

const themeStyles = html`<style>
  .brand { --totp-enroll-accent: rgb(200, 0, 100); --totp-enroll-radius: 2px; --totp-enroll-font: Georgia, serif; }
  .brand::part(submit) { text-transform: uppercase; }
  .brand::part(qr) { outline: 5px solid rgb(0, 128, 0); }
  .pinned-light { color-scheme: light; }
</style>`;

describe('theming', () => {
  beforeEach(clearStytchCookies);
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('takes colours, radius and font from --totp-enroll-* custom properties', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>${themeStyles}<totp-enroll class="brand"></totp-enroll></div>`);
    const el = wrapper.querySelector('totp-enroll')!;
    await el.updateComplete;
    const button = getComputedStyle($(el, '#start')!);
    expect(button.backgroundColor).to.equal('rgb(200, 0, 100)');
    expect(getComputedStyle($(el, '.card')!).borderTopLeftRadius).to.equal('2px');
    expect(getComputedStyle($(el, '.card')!).fontFamily).to.contain('Georgia');
  });

  it('exposes the significant pieces as ::part()', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>${themeStyles}<totp-enroll class="brand"></totp-enroll></div>`);
    const el = wrapper.querySelector('totp-enroll')!;
    await startAndWait(el);
    expect(getComputedStyle($(el, '[part~="qr"]')!).outlineColor).to.equal('rgb(0, 128, 0)');
    const expectParts = (parts: string[]) => { for (const part of parts) expect($(el, `[part~="${part}"]`), part).to.exist; };
    expectParts(['card', 'progress', 'qr', 'qr-image', 'account', 'manual-entry', 'secret', 'copy-button', 'copy-secret', 'next-button']);
    await goToConfirm(el);
    expect(getComputedStyle($(el, '[part~="submit"]')!).textTransform).to.equal('uppercase');
    expectParts(['code-input', 'submit', 'status', 'back-button']);
    await confirmCode(el);
    expectParts(['recovery-codes', 'copy-all', 'download-button', 'print-button', 'saved-checkbox', 'finish-button']);
  });

  it('has slots for the heading and the description', async () => {
    const el = await fixture<TotpEnroll>(html`<totp-enroll><span slot="heading">Secure your account</span><span slot="description">Takes a minute.</span></totp-enroll>`);
    const headingSlot = $(el, 'slot[name="heading"]') as HTMLSlotElement;
    const descriptionSlot = $(el, 'slot[name="description"]') as HTMLSlotElement;
    expect(headingSlot.assignedNodes()[0]!.textContent).to.equal('Secure your account');
    expect(descriptionSlot.assignedNodes()[0]!.textContent).to.equal('Takes a minute.');
  });

  it('follows prefers-color-scheme, unless the page pins color-scheme', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>${themeStyles}<totp-enroll></totp-enroll><totp-enroll class="pinned-light"></totp-enroll></div>`);
    const [auto, pinned] = [...wrapper.querySelectorAll('totp-enroll')] as TotpEnroll[];
    await auto!.updateComplete;
    await pinned!.updateComplete;
    const background = (el: TotpEnroll) => getComputedStyle($(el, '.card')!).backgroundColor;
    expect(background(auto!)).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ colorScheme: 'dark' });
    expect(background(auto!)).not.to.equal('rgb(255, 255, 255)');
    expect(background(pinned!)).to.equal('rgb(255, 255, 255)');
  });

  it('keeps the QR code on white in dark mode so it scans', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await fixture<TotpEnroll>(html`<totp-enroll></totp-enroll>`);
    await startAndWait(el);
    expect(getComputedStyle($(el, '[part~="qr"]')!).backgroundColor).to.equal('rgb(255, 255, 255)');
  });
});
