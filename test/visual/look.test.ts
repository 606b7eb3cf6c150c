/*
 * Issue 20's "Pictures that guard the look": every state of both elements (the state tables the
 * a11y, i18n and layout suites use), at 360 and 1024 px, light and dark, in each locale below,
 * compared with the committed screenshots in test/visual/baselines (tolerance and paths:
 * test/visual/visual-config.mjs). A change to the look updates them in the same commit:
 * `npm run test:visual -- --update-visual-baseline`. Run by scripts/test-visual.mjs (`npm test` too).
 * Last, the comparison's own check: a step with a changed 1 px border must fail.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import { clearStytchCookies, pageWith, type TestedElement } from '../support/element-harness.js';
import type { ElementStates } from '../support/element-table.js';
import { enrollIn, enrollStates } from '../enroll/states.js';
import { challengeStates } from '../challenge/states.js';
import { steady, steadyPage, stopClock, systemFontsIn } from './steady.js';

const ROWS = [enrollStates, challengeStates] as unknown as ElementStates<string, TestedElement>[];
/** One line a locale: its `lang`, its direction, and the module that registers it (English is built in). */
const LOCALES: readonly { lang: string; dir?: 'rtl'; load?: () => Promise<unknown> }[] = [
  { lang: 'en' },
  { lang: 'de', load: () => import('../support/german.js') },
  { lang: 'ar', load: () => import('../support/arabic.js') },
];
const WIDTHS = [360, 1024] as const;
const SCHEMES = ['light', 'dark'] as const;
const UPDATE_COMMAND = 'npm run test:visual -- --update-visual-baseline';

const fileName = (text: string) => text.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase();

before(steadyPage);
after(async () => {
  await emulateMedia({ colorScheme: 'no-preference' });
  await setViewport({ width: 800, height: 600 });
});

for (const row of ROWS) {
  for (const { lang, dir, load } of LOCALES) {
    describe(`<${row.tag}> looks as its screenshots, ${lang}`, () => {
      before(async () => { await load?.(); });
      beforeEach(clearStytchCookies);

      for (const state of row.states) {
        it(state, async () => {
          // The widest first: the element is put into its state once and then narrowed.
          await setViewport({ width: WIDTHS.at(-1)!, height: 900 });
          await emulateMedia({ colorScheme: 'light' });
          const startClock = stopClock();
          try {
            const el = await row.in(state, pageWith(row.tag, { lang, dir }));
            await steady(el, lang);
            // A glyph in a system font would look different on a machine with other fonts.
            expect(await systemFontsIn(row.tag), 'text drawn with a system font, not Noto Sans').to.deep.equal([]);
            // Every picture is compared before the test fails, so one run names all that changed.
            const changed: string[] = [];
            for (const width of [...WIDTHS].reverse()) {
              await setViewport({ width, height: 900 });
              for (const colorScheme of SCHEMES) {
                await emulateMedia({ colorScheme });
                await steady(el, lang);
                const name = `${row.tag}/${lang}/${fileName(state)}-${width}-${colorScheme}`;
                try {
                  await visualDiff(el, name);
                } catch (error) {
                  changed.push(`${name}: ${(error as Error).message.replace(/\n/g, ' ')}`);
                }
              }
            }
            if (changed.length) {
              throw new Error(`"${state}" (${lang}) looks different from its screenshots:\n  ${changed.join('\n  ')}\n`
                + `A deliberate change to the look? Update the baselines in the same commit: ${UPDATE_COMMAND}`);
            }
          } finally {
            startClock();
          }
        });
      }
    });
  }
}

describe('the comparison itself', () => {
  beforeEach(clearStytchCookies);

  // What the tolerance is for: a 1 px border changed in a step fails, light and dark (pixelmatch
  // would take the dark one, between the white QR box and the dark card, for antialiasing).
  it('fails when a 1 px border of a step changes colour', async function () {
    if (await executeServerCommand<boolean, undefined>('visual-regression-updating')) this.skip();
    await setViewport({ width: 360, height: 900 });
    const el = await enrollIn('scan', pageWith('totp-enroll', { lang: 'en' }));
    const changed = new CSSStyleSheet();
    changed.replaceSync('[part~="qr"] { border-color: #8a919c !important; }');
    for (const colorScheme of SCHEMES) {
      await emulateMedia({ colorScheme });
      await steady(el, 'en');
      el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, changed];
      const outcome = await visualDiff(el, `self-check/totp-enroll/en/scan-360-${colorScheme}`).then(() => 'it passed', (e: Error) => e.message);
      expect(outcome, `${colorScheme}: a changed border`).to.include('pixels different');
      el.shadowRoot!.adoptedStyleSheets = el.shadowRoot!.adoptedStyleSheets.filter((sheet) => sheet !== changed);
    }
  });
});
