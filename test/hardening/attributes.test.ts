/*
 * Bad `expiration-minutes` / `session-duration-minutes` values are a clear message and a
 * typed totp-error, and no request leaves the page. Requests go through a counting pass-through
 * to the real backend, so "no request" is counted where it would arrive.
 */
import { expect, html } from '@open-wc/testing';
import sinon from 'sinon';
import { TotpCreatedEvent, type TotpEnroll } from '../../src/index.js';
import { currentCode, fixtureBase, fixtureHits } from '../support/backend.js';
import {
  clearStytchCookies, codeInput, displayedSecret, enrollElement, errorText, goToConfirm, recordEvents, startButton, typeCode, waitForState,
} from '../enroll/harness.js';
import { expectNothingHalfRendered, onlyError } from './harness.js';

const BAD_EXPIRATION = ['', 'abc', '0', '4', '1441', '-5', '60.5', '1e3', ' ', '0x10', '6O'];
// session-duration-minutes has its own bounds (5..527040): 1441 is fine there, 527041 is not.
const BAD_SESSION_DURATION = ['', 'abc', '0', '4', '527041', '-5', '60.5', '1e3', ' ', '0x10'];

async function elementAt(base: string, attributes: { expiration?: string; session?: string; autostart?: boolean }): Promise<TotpEnroll> {
  const el = await enrollElement(html`<totp-enroll api-base=${base}></totp-enroll>`);
  if (attributes.expiration !== undefined) el.setAttribute('expiration-minutes', attributes.expiration);
  if (attributes.session !== undefined) el.setAttribute('session-duration-minutes', attributes.session);
  await el.updateComplete;
  return el;
}

describe('hardening: attribute values', () => {
  let recorder: ReturnType<typeof recordEvents>;
  let base: string;
  const sandbox = sinon.createSandbox();
  let warn: sinon.SinonStub;
  beforeEach(async () => {
    clearStytchCookies();
    recorder = recordEvents();
    base = await fixtureBase({ proxy_after: 0 });
    warn = sandbox.stub(console, 'warn');
  });
  afterEach(() => { recorder.stop(); sandbox.restore(); });

  /** A configuration fault: a short message naming the setting, no Try again; the details in the event and one warning. */
  function expectConfigurationFault(el: TotpEnroll, error: { error_message: string }, setting: string, details: string[]): void {
    expect(errorText(el)).to.contain(setting);
    for (const detail of details) {
      expect(errorText(el)).not.to.contain(detail);
      expect(error.error_message).to.contain(detail);
    }
    expect(el.shadowRoot!.querySelector('[part~="retry-button"]')).to.equal(null);
    expect(warn.callCount).to.equal(1);
    expect(String(warn.firstCall.args[0])).to.contain(details[0]!);
  }

  for (const value of BAD_EXPIRATION) {
    it(`expiration-minutes=${JSON.stringify(value)}: a clear message, totp-error invalid_expiration, no request`, async () => {
      const el = await elementAt(base, { expiration: value });
      startButton(el).click();
      await waitForState(el, 'error');
      const error = onlyError(recorder.events, 'create');
      expect(error.error_type).to.equal('invalid_expiration');
      expectConfigurationFault(el, error, 'expiration-minutes', ['5 to 1440', JSON.stringify(value)]);
      expectNothingHalfRendered(el);
      expect(await fixtureHits(base)).to.equal(0);
    });
  }

  for (const value of BAD_SESSION_DURATION) {
    it(`session-duration-minutes=${JSON.stringify(value)}: refused before Create, totp-error invalid_session_duration`, async () => {
      const el = await elementAt(base, { session: value });
      startButton(el).click();
      await waitForState(el, 'error');
      const error = onlyError(recorder.events, 'create');
      expect(error.error_type).to.equal('invalid_session_duration');
      expectConfigurationFault(el, error, 'session-duration-minutes', ['5 to 527040']);
      expectNothingHalfRendered(el);
      expect(await fixtureHits(base)).to.equal(0);
    });
  }

  it('autostart with a bad value sends nothing either', async () => {
    const el = await enrollElement(html`<totp-enroll autostart api-base=${base} expiration-minutes="1e3"></totp-enroll>`);
    await waitForState(el, 'error');
    expect(onlyError(recorder.events, 'create').error_type).to.equal('invalid_expiration');
    expect(await fixtureHits(base)).to.equal(0);
  });

  it('a bad number set as a property is refused too', async () => {
    const el = await elementAt(base, {});
    el.expirationMinutes = 60.5;
    await el.start();
    expect(el.state).to.equal('error');
    expect(onlyError(recorder.events, 'create').error_type).to.equal('invalid_expiration');
    expect(await fixtureHits(base)).to.equal(0);
  });

  it('after the page fixes the attribute, a start creates with the fixed value', async () => {
    const el = await elementAt(base, { expiration: '4' });
    await el.start();
    expect(el.state).to.equal('error');
    el.setAttribute('expiration-minutes', '5');
    await el.updateComplete;
    await el.start();
    await waitForState(el, 'created');
    expect(await fixtureHits(base)).to.equal(1);
    await goToConfirm(el);
    expect(el.shadowRoot!.querySelector('[part~="status"]')!.textContent).to.match(/expires in 5 minutes/);
  });

  for (const [expiration, session] of [['5', '5'], ['1440', '527040'], ['60', '1441']] as const) {
    it(`accepts the bounds expiration-minutes=${expiration}, session-duration-minutes=${session}`, async () => {
      const el = await elementAt(base, { expiration, session });
      await el.start();
      await waitForState(el, 'created');
      await typeCode(el, currentCode(displayedSecret(el).replace(/ /g, '')));
      await waitForState(el, 'verified');
      expect(await fixtureHits(base)).to.equal(2);
      expect(recorder.of('totp-error')).to.have.length(0);
    });
  }

  it('a session duration made invalid after Create is refused at Verify, inline, without a request', async () => {
    const el = await elementAt(base, {});
    await el.start();
    await waitForState(el, 'created');
    const { detail } = recorder.of('totp-created')[0] as TotpCreatedEvent;
    el.setAttribute('session-duration-minutes', '527041');
    await el.updateComplete;
    await typeCode(el, currentCode(detail.secret));
    expect(el.state).to.equal('created');
    expect(onlyError(recorder.events, 'authenticate').error_type).to.equal('invalid_session_duration');
    expect(errorText(el)).to.contain('session-duration-minutes').and.not.to.contain('527040');
    expect(codeInput(el).getAttribute('aria-invalid')).to.equal('true');
    expect(await fixtureHits(base)).to.equal(1);
  });
});
