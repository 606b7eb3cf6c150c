/*
 * Accessibility, the same checks over both elements (one row each in SUBJECTS): axe in every
 * visible state, light and dark, in German right to left and in Arabic; focus, the live region, the code
 * field's description, reflow, target size, reduced motion. <totp-enroll>'s own steps (the
 * keyboard-only enrollment, the QR code's name) follow the table; the challenge's keyboard-only
 * sign-in is in test/challenge/totp-challenge.test.ts.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import type { TotpCreatedEvent, TotpEnroll } from '../../src/index.js';
import type { TotpChallenge } from '../../src/challenge.js';
import '../support/german.js';
import '../support/arabic.js';
import { currentCode, wrongCode } from '../support/backend.js';
import { $, focusedIn, pageWith, textOf, type TestedElement } from '../support/element-harness.js';
import type { ElementStates } from '../support/element-table.js';
import {
  clearStytchCookies, codeInput, displayedSecret, enrollElement, openManualEntry, press, recordEvents, secretOnScreen,
  startAndWait, stepHeading, typeCode, waitForState,
} from '../enroll/harness.js';
import { enrollIn, enrollStates } from '../enroll/states.js';
import { challengeElement, codeField, heading, resultHeading } from '../challenge/harness.js';
import { challengeStates } from '../challenge/states.js';

/** One element, as this suite checks it. */
interface Subject<State extends string = string> extends ElementStates<State> {
  /** Mounted without any user action: it must leave the page's focus where it is. */
  mountUnprompted(): Promise<TestedElement>;
  /** The states whose arrival moves focus to a heading, and that heading. */
  headingFocusedIn: readonly State[];
  heading(el: TestedElement): HTMLElement | null;
  /** What the polite live region says on arriving in a state. */
  announces: readonly (readonly [State, string])[];
  /** A wrong code was refused: the code field names its help and the error. */
  wrongCode: State;
  codeField(el: TestedElement): HTMLInputElement;
  /** The state with the most on screen, for reflow. */
  fullest: State;
  /** The states whose controls are measured for WCAG 2.2's target size. */
  withControls: readonly State[];
  /** A state with a spinner. */
  busy: State;
}

/** Keeps each row's state names checked against its element while the table holds both. */
const subject = <State extends string>(row: Subject<State>) => row as unknown as Subject;

const SUBJECTS: Subject[] = [
  subject({
    ...enrollStates,
    async mountUnprompted() {
      const el = await enrollElement(html`<totp-enroll autostart></totp-enroll>`);
      await waitForState(el, 'created');
      return el;
    },
    headingFocusedIn: ['error', 'configuration error', 'expired', 'replaced', 'step-up', 'recovery codes', 'remove', 'replace', 'removed elsewhere', 'action error'],
    heading: (el) => stepHeading(el as TotpEnroll),
    announces: [
      ['scan', 'Step 1 of 4'], ['wrong code', 'didn’t work'], ['codes', 'Step 3 of 4'], ['done', 'Your authenticator app is set up'],
      ['already on', 'already has an authenticator app'], ['step-up', 'Confirm it’s you'], ['step-up, wrong code', 'didn’t work'],
      ['recovery codes', 'recovery codes left'], ['remove', 'Remove your authenticator app?'], ['removed elsewhere', 'already removed'],
    ],
    wrongCode: 'wrong code',
    codeField: (el) => codeInput(el as TotpEnroll),
    fullest: 'scan, key shown',
    withControls: ['idle', 'scan, key shown', 'confirm', 'codes', 'done', 'expired', 'error', 'on', 'step-up, recovery code', 'recovery codes', 'remove', 'removed elsewhere'],
    busy: 'busy',
  }),
  subject({
    ...challengeStates,
    mountUnprompted: () => challengeElement(),
    headingFocusedIn: ['signed in', 'signed in with a recovery code', 'not enrolled', 'signed out'],
    // Signed in: the success screen's own heading; not enrolled, signed out: the element's.
    heading: (el) => resultHeading(el as TotpChallenge) ?? heading(el as TotpChallenge),
    announces: [
      ['recovery code', 'Recovery code'], ['wrong code', 'That code didn’t work'], ['locked out', 'Too many attempts'],
      ['signed in', 'You’re signed in'], ['not enrolled', 'No authenticator app is set up'], ['signed out', 'Your sign-in has expired'],
    ],
    wrongCode: 'wrong code',
    codeField: (el) => codeField(el as TotpChallenge),
    fullest: 'wrong recovery code',
    withControls: ['code', 'recovery code', 'wrong code', 'locked out'],
    busy: 'verifying',
  }),
];

function liveRegion(el: Element): string {
  return $(el, '[role="status"][aria-live="polite"]')?.textContent ?? '';
}

afterEach(async () => {
  await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  await setViewport({ width: 800, height: 600 });
});

for (const row of SUBJECTS) {
  describe(`<${row.tag}> accessibility`, () => {
    beforeEach(clearStytchCookies);

    for (const scheme of ['light', 'dark'] as const) {
      describe(`axe-core, ${scheme}`, () => {
        beforeEach(() => emulateMedia({ colorScheme: scheme }));
        for (const name of row.states) {
          it(`finds no violations in the ${name} state`, async () => {
            const el = await row.in(name);
            await expect(el).to.be.accessible();
          });
        }
        it(`finds no violations in German, right to left (${row.fullest})`, async () => {
          const el = await row.in(row.fullest, pageWith(row.tag, { lang: 'de', dir: 'rtl' }));
          await expect(el.closest('div')!).to.be.accessible();
        });
        it(`finds no violations in Arabic, which sets its own direction (${row.fullest})`, async () => {
          const el = await row.in(row.fullest, pageWith(row.tag, { lang: 'ar' }));
          await expect(el.closest('div')!).to.be.accessible();
        });
      });
    }

    it('dark mode really changes the colours (so the dark axe run checks dark contrast)', async () => {
      const el = await row.in(row.states[0]!);
      const card = $(el, '.card')!;
      const light = getComputedStyle(card).backgroundColor;
      await emulateMedia({ colorScheme: 'dark' });
      expect(getComputedStyle(card).backgroundColor).not.to.equal(light);
    });

    it(`moves focus to the heading on arriving in ${row.headingFocusedIn.join(', ')}`, async () => {
      for (const name of row.headingFocusedIn) {
        const el = await row.in(name);
        await waitUntil(() => focusedIn(el) === row.heading(el) && focusedIn(el) !== null,
          `${name}: focus on the heading (focused: ${focusedIn(el)?.outerHTML.slice(0, 60)})`);
      }
    });

    it('does not pull focus from the page when it appears (or starts) by itself', async () => {
      const outside = await fixture<HTMLInputElement>(html`<input aria-label="elsewhere" />`);
      outside.focus();
      const el = await row.mountUnprompted();
      await el.updateComplete;
      expect(document.activeElement).to.equal(outside);
    });

    for (const [name, text] of row.announces) {
      it(`says "${text}" in its polite live region in the ${name} state`, async () => {
        const el = await row.in(name);
        await waitUntil(() => liveRegion(el).includes(text), `the live region says "${liveRegion(el)}"`);
      });
    }

    it('after a wrong code the field names its help and its error (aria-describedby) and marks itself invalid', async () => {
      const el = await row.in(row.wrongCode);
      const field = row.codeField(el);
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      const described = field.getAttribute('aria-describedby')!.split(/\s+/).map((id) => el.shadowRoot!.getElementById(id));
      expect(described, 'every id names a node').not.to.include(null);
      expect(described.some((node) => node!.matches('[part~="error"]')), 'the error is one of them').to.equal(true);
      expect(described.some((node) => !node!.matches('[part~="error"]') && textOf(node) !== ''), 'the help is another').to.equal(true);
    });

    for (const [width, textZoom] of [[320, 1], [640, 2]] as const) {
      it(`reflows without horizontal scrolling at ${width} px${textZoom > 1 ? ' with text at 200%' : ''}`, async () => {
        await setViewport({ width, height: 900 });
        document.documentElement.style.fontSize = `${textZoom * 100}%`;
        try {
          const el = await row.in(row.fullest);
          const card = $(el, '.card')!;
          expect(card.scrollWidth, 'card overflows').to.be.at.most(card.clientWidth + 1);
          expect(el.getBoundingClientRect().right).to.be.at.most(width + 1);
          for (const node of el.shadowRoot!.querySelectorAll('button, input, img, label, p, summary, .secret, .codes li')) {
            expect(node.getBoundingClientRect().right, node.outerHTML.slice(0, 60)).to.be.at.most(card.getBoundingClientRect().right + 1);
          }
        } finally {
          document.documentElement.style.fontSize = '';
        }
      });
    }

    it('its controls are at least 24×24 CSS px at 360 px wide (WCAG 2.2 target size)', async () => {
      await setViewport({ width: 360, height: 740 });
      for (const name of row.withControls) {
        const el = await row.in(name);
        for (const node of el.shadowRoot!.querySelectorAll('button, input, summary')) {
          // A checkbox's target is its label too: a click on the text ticks it.
          const box = (node.closest('label') ?? node).getBoundingClientRect();
          expect(box.width >= 24 && box.height >= 24, `${name}: ${node.outerHTML.slice(0, 60)}`).to.equal(true);
        }
      }
    });

    it('stops the spinner for prefers-reduced-motion', async () => {
      const el = await row.in(row.busy);
      const spinner = $(el, '.spinner')!;
      expect(getComputedStyle(spinner).animationName).to.equal('spin');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(spinner).animationName).to.equal('none');
    });
  });
}

describe('<totp-enroll> accessibility: its own steps', () => {
  beforeEach(clearStytchCookies);

  async function headingFocused(el: TotpEnroll): Promise<void> {
    await waitUntil(() => focusedIn(el) === stepHeading(el), `focus on the heading (focused: ${focusedIn(el)?.outerHTML.slice(0, 60)})`);
  }

  /** Presses Tab until `predicate` holds for the focused node (at most `limit` times). */
  async function tabUntil(el: TotpEnroll, predicate: (node: Element | null) => boolean, limit = 40): Promise<void> {
    for (let i = 0; i < limit && !predicate(focusedIn(el)); i++) await sendKeys({ press: 'Tab' });
    expect(predicate(focusedIn(el)), `focus reached ${focusedIn(el)?.outerHTML.slice(0, 80)}`).to.equal(true);
  }

  it('the whole flow works with the keyboard alone, focus on each step\'s heading (Confirm\'s code field), few Tab stops', async () => {
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
      expect(el.getAttribute('step')).to.equal('confirm');
      // Confirm: focus in the input, no key to press first; six digits submit themselves.
      await tabUntil(el, (node) => node === codeInput(el), 0);
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

  it('announces each step, copies, errors and success in a polite live region', async () => {
    await executeServerCommand('grant-clipboard');
    const el = await enrollIn('scan');
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
    const el = await enrollIn('scan, key shown');
    const secret = displayedSecret(el).replace(/ /g, '');
    const image = $(el, 'img[part~="qr-image"]') as HTMLImageElement;
    expect(image.alt).to.match(/QR code/);
    expect(image.alt).not.to.contain(secret.slice(0, 4));
    const spoken = $(el, '[part~="secret"] .visually-hidden')!.textContent!;
    expect(spoken).to.equal([...secret].join(' '));
    expect($(el, '[part~="secret"] [aria-hidden="true"]')).to.exist;
  });

  it('keeps the start button a real button reachable by keyboard in every language', async () => {
    const el = await enrollElement(html`<totp-enroll lang="de"></totp-enroll>`);
    const button = $(el, '#start') as HTMLButtonElement;
    expect(button.tagName).to.equal('BUTTON');
    expect(button.textContent).to.contain('einrichten');
    await startAndWait(el);
  });
});
