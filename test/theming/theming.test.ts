/*
 * Theming, the same checks over both elements (one row each in SUBJECTS): the shared
 * --totp-enroll-* tokens, every ::part() in the state that shows it, the slots, and the page's
 * colour scheme. <totp-enroll>'s QR code (white in dark mode, so it scans) follows the table.
 */
import { expect, fixture, html, unsafeStatic } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { $, clearStytchCookies, pageWith, type TestedElement } from '../support/element-harness.js';
import type { ElementStates } from '../support/element-table.js';
import { startAndWait } from '../enroll/harness.js';
import { enrollIn, enrollStates } from '../enroll/states.js';
import { challengeStates } from '../challenge/states.js';

const themeStyles = html`<style>
  .brand { --totp-enroll-accent: rgb(200, 0, 100); --totp-enroll-radius: 2px; --totp-enroll-font: Georgia, serif; }
  .brand::part(submit) { text-transform: uppercase; }
  .brand::part(qr), .brand::part(card) { outline: 5px solid rgb(0, 128, 0); }
  .pinned-light { color-scheme: light; }
</style>` as TemplateResult;

/** One element, as this suite checks it. */
interface Subject<State extends string = string> extends ElementStates<State> {
  /** A state with a primary (accent-coloured) button, and that button. */
  primaryButton: readonly [State, string];
  /** The parts each state shows (the class's @csspart tags, all of them). */
  parts: readonly (readonly [State, readonly string[]])[];
  /** A state that shows the Verify button (`submit`). */
  withSubmit: State;
  /** Parts a `::part()` rule outlines, in a state that shows them. */
  outlined: readonly (readonly [State, string])[];
  slots: readonly string[];
}

/** Keeps each row's state names checked against its element while the table holds both. */
const subject = <State extends string>(row: Subject<State>) => row as unknown as Subject;

const SUBJECTS: Subject[] = [
  subject({
    ...enrollStates,
    primaryButton: ['idle', '#start'],
    parts: [
      ['idle', ['card', 'start-button']],
      ['scan', ['card', 'progress', 'qr', 'qr-image', 'account', 'manual-entry', 'secret', 'copy-button', 'copy-secret', 'next-button']],
      ['confirm', ['code-input', 'submit', 'status', 'back-button']],
      ['codes', ['recovery-codes', 'copy-all', 'download-button', 'print-button', 'saved-checkbox', 'finish-button']],
      ['done', ['status']],
      ['expired', ['start-over']],
      ['error', ['error']],
    ],
    withSubmit: 'confirm',
    outlined: [['scan', 'qr'], ['idle', 'card']],
    slots: ['heading', 'description'],
  }),
  subject({
    ...challengeStates,
    primaryButton: ['code', '[part~="submit"]'],
    parts: [
      ['code', ['card', 'code-input', 'submit', 'method-button']],
      ['recovery code', ['recovery-input', 'submit', 'method-button']],
      ['wrong code', ['error']],
      ['signed in', ['status']],
      ['not enrolled', ['error']],
    ],
    withSubmit: 'code',
    outlined: [['code', 'card']],
    slots: ['heading'],
  }),
];

for (const row of SUBJECTS) {
  describe(`<${row.tag}> theming`, () => {
    const branded = () => pageWith(row.tag, { className: 'brand', before: themeStyles });
    beforeEach(clearStytchCookies);
    afterEach(() => emulateMedia({ colorScheme: 'light' }));

    it('takes colours, radius and font from --totp-enroll-* custom properties', async () => {
      const [state, button] = row.primaryButton;
      const el = await row.in(state, branded());
      expect(getComputedStyle($(el, button)!).backgroundColor).to.equal('rgb(200, 0, 100)');
      expect(getComputedStyle($(el, '.card')!).borderTopLeftRadius).to.equal('2px');
      expect(getComputedStyle($(el, '.card')!).fontFamily).to.contain('Georgia');
    });

    it('exposes the significant pieces as ::part(), and the page\'s ::part() rules reach them', async () => {
      for (const [state, parts] of row.parts) {
        const el = await row.in(state, branded());
        for (const part of parts) expect($(el, `[part~="${part}"]`), `${state}: ${part}`).to.exist;
      }
      const el = await row.in(row.withSubmit, branded());
      expect(getComputedStyle($(el, '[part~="submit"]')!).textTransform).to.equal('uppercase');
      for (const [state, part] of row.outlined) {
        const outlined = await row.in(state, branded());
        expect(getComputedStyle($(outlined, `[part~="${part}"]`)!).outlineColor, part).to.equal('rgb(0, 128, 0)');
      }
    });

    it(`has slots for ${row.slots.join(' and ')}`, async () => {
      const children = html`${row.slots.map((name) => html`<span slot=${name}>Our ${name}</span>`)}` as TemplateResult;
      const el = await row.in(row.states[0]!, pageWith(row.tag, { children }));
      for (const name of row.slots) {
        const slot = $(el, `slot[name="${name}"]`) as HTMLSlotElement;
        expect(slot.assignedNodes()[0]!.textContent, name).to.equal(`Our ${name}`);
      }
    });

    it('follows prefers-color-scheme, unless the page pins color-scheme', async () => {
      const tag = unsafeStatic(row.tag);
      const wrapper = await fixture<HTMLDivElement>(html`<div>${themeStyles}<${tag}></${tag}><${tag} class="pinned-light"></${tag}></div>`);
      const [auto, pinned] = [...wrapper.querySelectorAll(row.tag)] as TestedElement[];
      await auto!.updateComplete;
      await pinned!.updateComplete;
      const background = (el: TestedElement) => getComputedStyle($(el, '.card')!).backgroundColor;
      expect(background(auto!)).to.equal('rgb(255, 255, 255)');
      await emulateMedia({ colorScheme: 'dark' });
      expect(background(auto!)).not.to.equal('rgb(255, 255, 255)');
      expect(background(pinned!)).to.equal('rgb(255, 255, 255)');
    });
  });
}

describe('<totp-enroll> theming: its own checks', () => {
  beforeEach(clearStytchCookies);
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('keeps the QR code on white in dark mode so it scans', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await enrollIn('idle');
    await startAndWait(el);
    expect(getComputedStyle($(el, '[part~="qr"]')!).backgroundColor).to.equal('rgb(255, 255, 255)');
  });
});
