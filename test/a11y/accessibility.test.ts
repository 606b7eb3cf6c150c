import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import type { TotpCreatedEvent, TotpEnroll } from '../../src/index.js';
import { currentCode } from '../support/backend.js';
import { $, clearStytchCookies, displayedSecret, enrollElement, recordEvents, startAndWait, submitCode, waitForState } from '../element/harness.js';
import { STATE_NAMES, elementIn } from './states.js';

/** The element's focused node inside its shadow root. */
function focused(el: TotpEnroll): Element | null {
  return el.shadowRoot!.activeElement;
}

function liveRegion(el: TotpEnroll): string {
  return $(el, '[role="status"][aria-live="polite"]')?.textContent ?? '';
}

/** Presses Tab until `predicate` holds for the focused node (at most `limit` times). */
async function tabUntil(el: TotpEnroll, predicate: (node: Element | null) => boolean, limit = 40): Promise<void> {
  for (let i = 0; i < limit && !predicate(focused(el)); i++) await sendKeys({ press: 'Tab' });
  expect(predicate(focused(el)), `focus reached ${focused(el)?.outerHTML.slice(0, 80)}`).to.equal(true);
}

describe('accessibility', () => {
  beforeEach(clearStytchCookies);
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    await setViewport({ width: 800, height: 600 });
  });

  for (const scheme of ['light', 'dark'] as const) {
    describe(`axe-core, ${scheme}`, () => {
      beforeEach(() => emulateMedia({ colorScheme: scheme }));
      for (const name of STATE_NAMES) {
        it(`finds no violations in the ${name} state`, async () => {
          const el = await elementIn(name);
          await expect(el).to.be.accessible();
        });
      }
    });
  }

  it('dark mode really changes the colours (so the dark axe run checks dark contrast)', async () => {
    const el = await elementIn('idle');
    const card = $(el, '.card')!;
    const light = getComputedStyle(card).backgroundColor;
    await emulateMedia({ colorScheme: 'dark' });
    expect(getComputedStyle(card).backgroundColor).not.to.equal(light);
  });

  it('the whole flow works with the keyboard alone, focus following each step', async () => {
    const recorder = recordEvents();
    try {
      const el = await enrollElement();
      await tabUntil(el, (node) => node?.id === 'start');
      await sendKeys({ press: 'Enter' });
      await waitForState(el, 'created');
      await aTimeout(0);
      expect(focused(el)?.id).to.equal('created-heading');

      // Every control of the created state is reachable in order: copy key, codes, copy all, download, input, verify.
      await tabUntil(el, (node) => node?.matches('[part~="copy-secret"]') ?? false, 3);
      await tabUntil(el, (node) => node?.matches('[part~="download-button"]') ?? false, 15);
      await tabUntil(el, (node) => node?.id === 'code', 3);
      const { detail } = recorder.of('totp-created')[0] as TotpCreatedEvent;
      await sendKeys({ type: currentCode(detail.secret) });
      await sendKeys({ press: 'Enter' });
      await waitForState(el, 'verified');
      await aTimeout(0);
      expect(focused(el)?.id).to.equal('verified-heading');
    } finally {
      recorder.stop();
    }
  });

  it('moves focus to the error and to Start over, where the user continues', async () => {
    const failed = await elementIn('error');
    expect(focused(failed)?.id).to.equal('error-heading');
    const expired = await elementIn('expired');
    expect(focused(expired)?.id).to.equal('start-over');
  });

  it('does not pull focus from the page when it starts by itself (autostart)', async () => {
    const outside = await fixture<HTMLInputElement>(html`<input aria-label="elsewhere" />`);
    outside.focus();
    const el = await enrollElement(html`<totp-enroll autostart></totp-enroll>`);
    await waitForState(el, 'created');
    await aTimeout(0);
    expect(document.activeElement).to.equal(outside);
  });

  it('announces copies, errors and success in a polite live region', async () => {
    await executeServerCommand('grant-clipboard');
    const el = await elementIn('created');
    ($(el, '[part~="copy-secret"]') as HTMLButtonElement).click();
    await waitUntil(() => liveRegion(el).includes('Copied'), 'no "Copied" announcement');
    await submitCode(el, '000000' === currentCode(displayedSecret(el).replace(/ /g, '')) ? '111111' : '000000');
    await waitUntil(() => liveRegion(el).includes('didn’t work'), 'no error announcement');
    await submitCode(el, currentCode(displayedSecret(el).replace(/ /g, '')));
    await waitForState(el, 'verified');
    await waitUntil(() => liveRegion(el).includes('set up'), 'no success announcement');
  });

  it('names the QR code without the secret, and spells the secret out character by character', async () => {
    const el = await elementIn('created');
    const secret = displayedSecret(el).replace(/ /g, '');
    const image = $(el, 'img[part~="qr-image"]') as HTMLImageElement;
    expect(image.alt).to.match(/QR code/);
    expect(image.alt).not.to.contain(secret.slice(0, 4));
    const spoken = $(el, '[part~="secret"] .visually-hidden')!.textContent!;
    expect(spoken).to.equal([...secret].join(' '));
    expect($(el, '[part~="secret"] [aria-hidden="true"]')).to.exist;
    // The copy buttons of the codes have names that say which code.
    expect($(el, '[part~="copy-code"]')!.getAttribute('aria-label')).to.equal('Copy recovery code 1');
  });

  for (const [width, textZoom] of [[320, 1], [640, 2]] as const) {
    it(`reflows without horizontal scrolling at ${width} px${textZoom > 1 ? ' with text at 200%' : ''}`, async () => {
      await setViewport({ width, height: 900 });
      document.documentElement.style.fontSize = `${textZoom * 100}%`;
      try {
        const el = await elementIn('wrong code');
        const card = $(el, '.card')!;
        expect(card.scrollWidth, 'card overflows').to.be.at.most(card.clientWidth + 1);
        expect(el.getBoundingClientRect().right).to.be.at.most(width + 1);
        for (const node of el.shadowRoot!.querySelectorAll('button, input, img, .secret, .codes li')) {
          expect(node.getBoundingClientRect().right, node.outerHTML.slice(0, 60)).to.be.at.most(card.getBoundingClientRect().right + 1);
        }
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });
  }

  it('stops the spinner for prefers-reduced-motion', async () => {
    const el = await elementIn('busy');
    const spinner = $(el, '.spinner')!;
    expect(getComputedStyle(spinner).animationName).to.equal('spin');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(spinner).animationName).to.equal('none');
  });

  it('keeps the start button a real button reachable by keyboard in every language', async () => {
    const el = await enrollElement(html`<totp-enroll lang="de"></totp-enroll>`);
    const button = $(el, '#start') as HTMLButtonElement;
    expect(button.tagName).to.equal('BUTTON');
    expect(button.textContent).to.contain('einrichten');
    await startAndWait(el);
  });
});
