/*
 * Languages and writing direction, the same checks over both elements (one row each in SUBJECTS):
 * German from the nearest `lang`, English for a language not shipped, the page's own strings,
 * right to left with codes left to right, and German right to left at 360 px with nothing clipped.
 * <totp-enroll>'s own checks (its string table, its progress bars) follow the table.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { TotpEnroll } from '../../src/index.js';
import type { TotpChallenge } from '../../src/challenge.js';
import { de } from '../../src/elements/i18n/locales/de.js';
import { ar } from '../../src/elements/i18n/locales/ar.js';
import { en } from '../../src/elements/enroll/flow/flow-strings.js';
import { startEn } from '../../src/elements/enroll/strings.js';
import { manageEn } from '../../src/elements/enroll/manage/manage-strings.js';
import '../support/german.js';
import { $, errorText, pageWith, textOf, type TestedElement } from '../support/element-harness.js';
import type { ElementStates } from '../support/element-table.js';
import { expectNothingClipped } from '../support/fits.js';
import { clearStytchCookies, qrImage, stepHeading, submitCode } from '../enroll/harness.js';
import { enrollIn, enrollStates, type EnrollStateName } from '../enroll/states.js';
import { enter, heading, methodButton, statusText, submitButton } from '../challenge/harness.js';
import { challengeStates, type ChallengeStateName } from '../challenge/states.js';

/** In `state` (after `then`, if given), `read` finds `says` in what the element shows. */
interface Shown<State extends string, E extends TestedElement> {
  state: State;
  then?(el: E): Promise<void>;
  read(el: E): string;
  says: string;
}

/** One element, as this suite checks it. */
interface Subject<State extends string = string, E extends TestedElement = TestedElement> extends ElementStates<State, E> {
  /** What a German page shows (`lang="de-AT"` on an ancestor). */
  german: readonly Shown<State, E>[];
  /** What the element shows under a language it does not ship. */
  english: Shown<State, E>;
  /** The page's `strings` win over the built-in ones, functions included. */
  overridden: { strings: object; shows: readonly Shown<State, E>[] };
  /** What stays left to right on a right-to-left page: a code reads the same way everywhere. */
  leftToRight: readonly (readonly [State, string])[];
  /** States where German at 360 px clips text today, and what is clipped (reported; src/elements owns the fix). */
  clippedIn?: Partial<Record<State, string>>;
}

/** Keeps each row's state names and element type checked while the table holds both. */
const subject = <State extends string, E extends TestedElement>(row: Subject<State, E>) => row as unknown as Subject;

const SUBJECTS: Subject[] = [
  subject<EnrollStateName, TotpEnroll>({
    ...enrollStates,
    german: [
      { state: 'idle', read: (el) => textOf(el.shadowRoot), says: 'Zwei-Faktor-Authentifizierung' },
      { state: 'idle', read: (el) => textOf($(el, '#start')), says: 'Authenticator-App einrichten' },
      { state: 'scan', read: (el) => textOf(stepHeading(el)), says: 'QR-Code scannen' },
      { state: 'scan', read: (el) => textOf(el.shadowRoot!), says: 'Schritt 1 von 4' },
      { state: 'scan', read: (el) => qrImage(el)!.alt, says: 'QR-Code' },
      { state: 'confirm', read: (el) => textOf($(el, '.expiry')), says: 'in 60 Minuten' },
      { state: 'confirm', then: (el) => submitCode(el, '12'), read: errorText, says: '6 Ziffern' },
      { state: 'wrong code', read: errorText, says: 'Dieser Code hat nicht funktioniert' },
      { state: 'codes', read: (el) => textOf(stepHeading(el)), says: 'Wiederherstellungscodes' },
    ],
    english: { state: 'idle', read: (el) => textOf($(el, '#start')), says: 'Set up authenticator app' },
    overridden: {
      strings: { start: 'Enable 2FA', expiresIn: (time: string) => `Valid ${time}` },
      shows: [
        { state: 'idle', read: (el) => textOf($(el, '#start')), says: 'Enable 2FA' },
        { state: 'confirm', read: (el) => textOf($(el, '.expiry')), says: 'Valid in 60 minutes' },
      ],
    },
    leftToRight: [['scan, key shown', '[part~="secret"]'], ['confirm', '#code'], ['codes', '[part~="recovery-codes"] code']],
  }),
  subject<ChallengeStateName, TotpChallenge>({
    ...challengeStates,
    german: [
      { state: 'code', read: (el) => textOf(heading(el)), says: 'Zwei-Faktor-Authentifizierung' },
      { state: 'code', read: (el) => textOf($(el, 'label')), says: 'Code aus Ihrer App' },
      { state: 'code', read: (el) => textOf(submitButton(el)), says: 'Bestätigen' },
      { state: 'code', read: (el) => textOf(methodButton(el)), says: 'Wiederherstellungscode' },
      { state: 'code', then: (el) => enter(el, '12'), read: errorText, says: '6 Ziffern' },
      { state: 'recovery code', read: (el) => textOf($(el, 'label')), says: 'Wiederherstellungscode' },
      { state: 'wrong code', read: errorText, says: 'Dieser Code hat nicht funktioniert' },
      { state: 'wrong recovery code', read: errorText, says: 'Dieser Wiederherstellungscode hat nicht funktioniert' },
      { state: 'locked out', read: errorText, says: 'Zu viele Versuche' },
      { state: 'network error', read: errorText, says: 'Der Server ist nicht erreichbar' },
      { state: 'signed in', read: statusText, says: 'Sie sind angemeldet' },
      { state: 'signed in with a recovery code', read: statusText, says: 'Sie haben noch 7 Wiederherstellungscodes' },
      { state: 'not enrolled', read: errorText, says: 'Keine Authenticator-App eingerichtet' },
      { state: 'signed out', read: errorText, says: 'Ihre Anmeldung ist abgelaufen' },
    ],
    english: { state: 'code', read: (el) => textOf(submitButton(el)), says: 'Verify' },
    overridden: {
      strings: { verify: 'Check', tooManyAttempts: (seconds: string) => `Wait ${seconds}s, please` },
      shows: [
        { state: 'code', read: (el) => textOf(submitButton(el)), says: 'Check' },
        { state: 'locked out', read: errorText, says: 's, please' },
      ],
    },
    leftToRight: [['code', '#code'], ['recovery code', '#code']],
  }),
];

async function checkShown<E extends TestedElement>(row: Subject<string, E>, shown: Shown<string, E>, template: TemplateResult): Promise<void> {
  const el = await row.in(shown.state, template);
  await shown.then?.(el);
  expect(shown.read(el), `${row.tag} in the ${shown.state} state`).to.contain(shown.says);
}

for (const row of SUBJECTS) {
  describe(`<${row.tag}> in other languages and directions`, () => {
    beforeEach(clearStytchCookies);
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('speaks German under the nearest lang attribute (de-AT → de), numbers and times formatted for it', async () => {
      for (const shown of row.german) await checkShown(row, shown, pageWith(row.tag, { lang: 'de-AT' }));
    });

    it('falls back to English for a language it does not ship', async () => {
      await checkShown(row, row.english, pageWith(row.tag, { lang: 'xx' }));
    });

    it('lets the strings property override any text, functions included', async () => {
      for (const shown of row.overridden.shows) await checkShown(row, shown, pageWith(row.tag, { strings: row.overridden.strings }));
    });

    it('lays out right-to-left under dir="rtl" while codes and code fields stay left-to-right', async () => {
      for (const [state, selector] of row.leftToRight) {
        const el = await row.in(state, pageWith(row.tag, { dir: 'rtl' }));
        expect(getComputedStyle($(el, '.card')!).direction, `${state}: the card`).to.equal('rtl');
        await waitUntil(() => !!$(el, selector), `${state}: no ${selector}`);
        expect(getComputedStyle($(el, selector)!).direction, `${state}: ${selector}`).to.equal('ltr');
      }
    });

    for (const state of row.states) {
      const problem = row.clippedIn?.[state];
      // A known clipping is skipped, not loosened: the check stays as it is for the day it is fixed.
      (problem ? it.skip : it)(`in German, right to left, at 360 px: the ${state} state fits its card and clips no text${problem ? ` (skipped: ${problem})` : ''}`, async () => {
        await setViewport({ width: 360, height: 740 });
        const el = await row.in(state, pageWith(row.tag, { lang: 'de', dir: 'rtl' }));
        expectNothingClipped(el);
      });
    }
  });
}

describe('<totp-enroll> in other languages: its own checks', () => {
  beforeEach(clearStytchCookies);

  for (const [language, table] of [['German', de], ['Arabic', ar]] as const) {
    it(`the ${language} module registers every string English has, each translated`, () => {
      const english = { ...startEn, ...en, ...manageEn } as unknown as Record<string, unknown>;
      // `dir` is a right-to-left language's own key (English has none).
      expect(Object.keys(table).filter((key) => key !== 'dir').sort()).to.deep.equal(Object.keys(english).sort());
      for (const [key, value] of Object.entries(table)) {
        if (key === 'dir') continue;
        if (typeof value === 'string') expect(value, key).not.to.equal(english[key]);
        else {
          const call = (f: unknown) => (f as (...args: unknown[]) => string)(7, 4);
          const header = { issuer: 'I', account: 'A', date: 'D' };
          expect(key === 'recoveryFileHeader' ? table.recoveryFileHeader(header) : call(value), key)
            .not.to.equal(key === 'recoveryFileHeader' ? en.recoveryFileHeader(header) : call(english[key]));
        }
      }
    });
  }

  it('right to left, the step\'s bars sit at the inline start, i.e. on the right', async () => {
    const el = await enrollIn('scan', pageWith('totp-enroll', { dir: 'rtl' }));
    const card = $(el, '.card')!.getBoundingClientRect();
    const bars = $(el, '.bars')!.getBoundingClientRect();
    expect(card.right - bars.right).to.be.lessThan(card.left + card.width / 2 - card.left);
  });
});
