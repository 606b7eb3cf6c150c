/*
 * The sign-in's ending (issue 20, "A real ending"): a success heading, the page's own way on in
 * the `continue` slot (the same slot as <totp-enroll>'s Done), focus on it, and `totp-authenticated`
 * once as the screen shows.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import type { TotpApi, TotpChallenge } from '../../src/challenge.js';
import { $, announcement, challengeElement, enter, recordEvents, resultHeading, typeCode, useRecoveryCode, waitForState } from './harness.js';

const session = { request_id: 'r', status_code: 200, totp_id: 't', user_id: 'u', user: { user_id: 'u' }, session: { session_id: 's' }, session_token: 'x', session_jwt: 'y' };

/** A client that accepts every code (no timing, no backend: this is about the screen after). */
function accepting(el: TotpChallenge): void {
  el.client = {
    create: () => Promise.reject(new Error('unused')),
    authenticate: async () => session,
    recover: async () => ({ ...session, recovery_codes_remaining: 4 }),
  } as TotpApi;
}

const shown = (node: Element) => node.getClientRects().length > 0;

describe('<totp-challenge> signed in', () => {
  let recorder: ReturnType<typeof recordEvents>;
  beforeEach(() => { recorder = recordEvents(); });
  afterEach(() => recorder.stop());

  it('says so in a heading, which takes focus; the live region says it once; totp-authenticated fires once', async () => {
    const el = await challengeElement(html`<totp-challenge></totp-challenge>`);
    accepting(el);
    await typeCode(el, '123456');
    await waitForState(el, 'verified');
    expect(resultHeading(el)!.textContent!.trim()).to.equal('You’re signed in');
    await waitUntil(() => el.shadowRoot!.activeElement === resultHeading(el), `focus on the heading (focused: ${el.shadowRoot!.activeElement?.outerHTML.slice(0, 60)})`);
    await waitUntil(() => announcement(el) === 'You’re signed in.', `announced "${announcement(el)}"`);
    expect(recorder.of('totp-authenticated')).to.have.length(1);
  });

  it('the page\'s own Continue (slot="continue") shows only once signed in, and takes focus', async () => {
    const el = await challengeElement(html`<totp-challenge><button slot="continue">Continue to your account</button></totp-challenge>`);
    const action = el.querySelector('button[slot="continue"]')!;
    accepting(el);
    expect(shown(action), 'hidden on the form').to.equal(false);
    await typeCode(el, '123456');
    await waitForState(el, 'verified');
    expect(shown(action), 'shown when signed in').to.equal(true);
    expect(($(el, 'slot[name="continue"]') as HTMLSlotElement).assignedElements()).to.deep.equal([action]);
    await waitUntil(() => document.activeElement === action, `focus on Continue (focused: ${document.activeElement?.outerHTML.slice(0, 60)})`);
    expect(action.getBoundingClientRect().top).to.be.greaterThan($(el, '[part~="status"]')!.getBoundingClientRect().bottom - 1);
  });

  it('after a recovery code: the same heading, what the used code means, and Continue', async () => {
    const el = await challengeElement(html`<totp-challenge><a slot="continue" href="#settings">Set up a new app</a></totp-challenge>`);
    accepting(el);
    await useRecoveryCode(el);
    await enter(el, 'abcd-efgh-2345');
    await waitForState(el, 'verified');
    expect(resultHeading(el)!.textContent!.trim()).to.equal('You’re signed in');
    expect($(el, '[part~="status"]')!.textContent).to.contain('That code is now used up').and.to.contain('4 recovery codes left');
    await waitUntil(() => document.activeElement === el.querySelector('a[slot="continue"]'), 'focus on the slotted link');
  });
});
