/*
 * The code check's chunk loads as the element connects. When it cannot be loaded (offline since
 * the page loaded, a blocked script), the challenge says so in its own words — in German too,
 * where it once borrowed enrollment's "Die Einrichtung konnte nicht geladen werden" — and the form stays.
 * The chunk's loader is stubbed: a failed module fetch cannot be undone within one page.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import type { TotpErrorEvent } from '../../src/challenge.js';
import { attemptModule } from '../../src/elements/challenge/attempt-module.js';
import '../support/german.js';
import { newSession } from '../support/backend.js';
import { challengeElement, clearStytchCookies, errorText, typeCode } from './harness.js';

describe('<totp-challenge> when its code check cannot be loaded', () => {
  // The form sends the code itself (early-check.ts) with the session in its cookie: a user of this
  // test's own, so the typed code counts toward no other test's lockout (the demo user's).
  beforeEach(async () => {
    const { session_token } = await newSession();
    document.cookie = `stytch_session=${session_token}; path=/`;
  });
  afterEach(() => {
    sinon.restore();
    clearStytchCookies();
  });

  it('starts loading the code check as it connects, before any keystroke (a password manager may fill the code in at once)', async () => {
    const load = sinon.spy(attemptModule, 'load');
    await challengeElement(html`<totp-challenge></totp-challenge>`);
    expect(load.callCount, 'loads on connect').to.equal(1);
  });

  for (const [lang, said] of [['en', 'This could not be loaded'], ['de', 'Dies konnte nicht geladen werden']] as const) {
    it(`says its own load failure (lang="${lang}"), fires totp-error load_failed, and keeps the form`, async () => {
      sinon.stub(attemptModule, 'load').rejects(new TypeError('Failed to fetch dynamically imported module'));
      const el = await challengeElement(html`<div lang=${lang}><totp-challenge></totp-challenge></div>`);
      const failures: TotpErrorEvent[] = [];
      el.addEventListener('totp-error', (event) => failures.push(event));
      await typeCode(el, '123456');
      await waitUntil(() => errorText(el) !== '', 'no message');
      expect(errorText(el)).to.contain(said);
      expect(errorText(el)).not.to.match(/setup|Einrichtung/);
      expect(el.state).to.equal('ready');
      expect(failures.map((event) => [event.detail.step, event.detail.error.error_type])).to.deep.equal([['authenticate', 'load_failed']]);
    });
  }
});
