import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import type { TotpCreatedEvent, TotpEnroll } from '../../src/index.js';
import '../../src/elements/i18n/locales/de.js';
import { currentCode, wrongCode } from '../support/backend.js';
import {
  $, clearStytchCookies, codeInput, displayedSecret, enrollElement, openManualEntry, press, recordEvents, secretOnScreen,
  startAndWait, stepHeading, typeCode, waitForState,
} from '../element/harness.js';
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

  async function headingFocused(el: TotpEnroll): Promise<void> {
    await waitUntil(() => focused(el) === stepHeading(el), `focus on the heading (focused: ${focused(el)?.outerHTML.slice(0, 60)})`);
  }

  it('the whole flow works with the keyboard alone, focus on each step\'s heading, few Tab stops', async () => {
    const recorder = recordEvents();
    try {
      const el = await enrollElement();
      await tabUntil(el, (node) => node?.id === 'start');
      await sendKeys({ press: 'Enter' });
      await waitForState(el, 'created');
      await headingFocused(el);
      // Scan: "Can't scan it?", then Next.
      await tabUntil(el, (node) => node?.matches('summary') ?? false, 1);
      await tabUntil(el, (node) => node?.matches('[part~="next-button"]') ?? false, 1);
      await sendKeys({ press: 'Enter' });
      await headingFocused(el);
      expect(el.getAttribute('step')).to.equal('confirm');
      // Confirm: the input; six digits submit themselves.
      await tabUntil(el, (node) => node === codeInput(el), 1);
      const { detail } = recorder.of('totp-created')[0] as TotpCreatedEvent;
      await sendKeys({ type: currentCode(detail.secret) });
      await waitForState(el, 'verified');
      await headingFocused(el);
      // Save recovery codes: Copy all, Download, Print, the checkbox, then Finish.
      await tabUntil(el, (node) => node?.matches('[part~="saved-checkbox"] input') ?? false, 4);
      await sendKeys({ press: 'Space' });
      await tabUntil(el, (node) => node?.matches('[part~="finish-button"]') ?? false, 1);
      await sendKeys({ press: 'Enter' });
      await headingFocused(el);
      expect(el.getAttribute('step')).to.equal('done');
      expect(recorder.of('totp-finished')).to.have.length(1);
    } finally {
      recorder.stop();
    }
  });

  it('moves focus to the heading of an error, an expired and a replaced setup', async () => {
    for (const name of ['error', 'configuration error', 'expired', 'replaced'] as const) {
      const el = await elementIn(name);
      await headingFocused(el);
    }
  });

  it('does not pull focus from the page when it starts by itself (autostart)', async () => {
    const outside = await fixture<HTMLInputElement>(html`<input aria-label="elsewhere" />`);
    outside.focus();
    const el = await enrollElement(html`<totp-enroll autostart></totp-enroll>`);
    await waitForState(el, 'created');
    await el.updateComplete;
    expect(document.activeElement).to.equal(outside);
  });

  it('announces each step, copies, errors and success in a polite live region', async () => {
    await executeServerCommand('grant-clipboard');
    const el = await elementIn('scan');
    await waitUntil(() => liveRegion(el).includes('Step 1 of 4'), 'no step announcement');
    await openManualEntry(el);
    const secret = secretOnScreen(el);
    await press(el, 'copy-secret');
    await waitUntil(() => liveRegion(el).includes('Copied'), 'no "Copied" announcement');
    await press(el, 'next-button');
    await waitUntil(() => liveRegion(el).includes('Step 2 of 4'), 'no step announcement');
    await typeCode(el, wrongCode(secret));
    await waitUntil(() => liveRegion(el).includes('didn’t work'), 'no error announcement');
    await typeCode(el, currentCode(secret));
    await waitForState(el, 'verified');
    await waitUntil(() => liveRegion(el).includes('Step 3 of 4'), 'no step announcement');
  });

  it('names the QR code without the secret, and spells the secret out character by character', async () => {
    const el = await elementIn('scan, key shown');
    const secret = displayedSecret(el).replace(/ /g, '');
    const image = $(el, 'img[part~="qr-image"]') as HTMLImageElement;
    expect(image.alt).to.match(/QR code/);
    expect(image.alt).not.to.contain(secret.slice(0, 4));
    const spoken = $(el, '[part~="secret"] .visually-hidden')!.textContent!;
    expect(spoken).to.equal([...secret].join(' '));
    expect($(el, '[part~="secret"] [aria-hidden="true"]')).to.exist;
  });

  for (const [width, textZoom] of [[320, 1], [640, 2]] as const) {
    it(`reflows without horizontal scrolling at ${width} px${textZoom > 1 ? ' with text at 200%' : ''}`, async () => {
      await setViewport({ width, height: 900 });
      document.documentElement.style.fontSize = `${textZoom * 100}%`;
      try {
        const el = await elementIn('scan, key shown');
        const card = $(el, '.card')!;
        expect(card.scrollWidth, 'card overflows').to.be.at.most(card.clientWidth + 1);
        expect(el.getBoundingClientRect().right).to.be.at.most(width + 1);
        for (const node of el.shadowRoot!.querySelectorAll('button, input, img, .secret, .codes li, summary')) {
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
