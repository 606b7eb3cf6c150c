/*
 * Issue 20's "On narrow phones nothing is clipped": every state of both elements at 320 and
 * 360 px, with an overlay scrollbar (a phone's: no room taken, `scrollbar-width: none`) and with a
 * classic one on a page taller than the viewport, in every shipped language. The check is the
 * i18n suite's (test/support/fits.ts), over the whole shadow tree. Runs in a browser that draws
 * scrollbars: `CLASSIC_SCROLLBARS=1` (scripts/test.mjs sets it; see web-test-runner.config.mjs).
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../support/german.js';
import '../support/arabic.js';
import { clearStytchCookies, pageWith, type TestedElement } from '../support/element-harness.js';
import type { ElementStates } from '../support/element-table.js';
import { expectNothingClipped } from '../support/fits.js';
import { enrollStates } from '../enroll/states.js';
import { challengeStates } from '../challenge/states.js';

const ROWS = [enrollStates, challengeStates] as unknown as ElementStates<string, TestedElement>[];
const LOCALES = ['en', 'de', 'ar'] as const;
const WIDTHS = [320, 360] as const;

/**
 * The page's scrollbar: `classic` on a page taller than the viewport, so the root scrolls and
 * its bar takes its room; `overlay` hidden, as a phone's, taking none.
 */
function scrollbarOf(kind: 'overlay' | 'classic'): () => void {
  const style = document.createElement('style');
  style.textContent = kind === 'classic' ? 'body { min-height: 200vh; }' : 'html { scrollbar-width: none; } body { min-height: 200vh; }';
  document.head.append(style);
  return () => style.remove();
}

for (const row of ROWS) {
  describe(`<${row.tag}> on narrow phones`, () => {
    beforeEach(clearStytchCookies);
    afterEach(() => setViewport({ width: 800, height: 600 }));

    for (const width of WIDTHS) {
      for (const scrollbar of ['overlay', 'classic'] as const) {
        for (const lang of LOCALES) {
          it(`${width} px, ${scrollbar} scrollbar, ${lang}: no state clips anything`, async () => {
            await setViewport({ width, height: 740 });
            const undo = scrollbarOf(scrollbar);
            try {
              const room = width - document.documentElement.clientWidth;
              if (scrollbar === 'classic') expect(room, 'no classic scrollbar: run with CLASSIC_SCROLLBARS=1').to.be.at.least(12);
              else expect(room, 'the overlay scrollbar takes room').to.equal(0);
              // Every state is measured before the test fails, so one run names all that clip.
              const clipped: string[] = [];
              for (const state of row.states) {
                const el = await row.in(state, pageWith(row.tag, { lang }));
                try {
                  expectNothingClipped(el, `${state}: `);
                  expect(document.documentElement.scrollWidth, `${state}: the page scrolls sideways`).to.be.at.most(document.documentElement.clientWidth);
                } catch (error) {
                  clipped.push((error as Error).message.split('\n')[0]!);
                }
                el.closest('div')?.remove();
              }
              expect(clipped, clipped.join('\n')).to.deep.equal([]);
            } finally {
              undo();
            }
          });
        }
      }
    }
  });
}
