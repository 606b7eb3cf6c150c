import { expect, html } from '@open-wc/testing';
import { StytchHeadlessClient } from '@stytch/vanilla-js/headless';
import type { TotpCreatedEvent, TotpVerifiedEvent, UserChangeEvent } from '../../src/index.js';
import { PUBLIC_TOKEN, currentCode } from '../support/backend.js';
import { clearStytchCookies, displayedSecret, enrollElement, recordEvents, startAndWait, press, submitCode, tickSaved, waitForState } from './harness.js';

/*
 * The element with the real @stytch/vanilla-js client as `client`: the SDK reports the changed
 * user through user.onChange and the element through its own results; the page hears it once.
 */
describe('<totp-enroll> with a real Stytch SDK client', () => {
  const localEndpoints = { endpoints: { testAPIURL: location.origin } } as object;
  const stytch = new StytchHeadlessClient(PUBLIC_TOKEN, localEndpoints);
  let recorder: ReturnType<typeof recordEvents>;
  beforeEach(() => { clearStytchCookies(); recorder = recordEvents(); });
  afterEach(() => { recorder.stop(); clearStytchCookies(); });

  it('creates and verifies through the SDK, each event once per change', async () => {
    const el = await enrollElement(html`<totp-enroll></totp-enroll>`);
    el.client = stytch;
    await startAndWait(el);
    expect(recorder.of('totp-created')).to.have.length(1);
    const created = (recorder.of('totp-created')[0] as TotpCreatedEvent).detail;
    // The SDK reports the user it learned when the element asked who it is (no TOTP yet), then Create's.
    const afterCreate = recorder.of('user-change') as UserChangeEvent[];
    expect(afterCreate).to.have.length(2);
    expect(afterCreate.map((event) => event.detail.user?.user_id)).to.deep.equal([created.user_id, created.user_id]);
    expect(afterCreate.map((event) => (event.detail.user?.totps as unknown[]).length)).to.deep.equal([0, 1]);

    await submitCode(el, currentCode(displayedSecret(el).replace(/ /g, '')));
    await waitForState(el, 'verified');
    expect(recorder.of('totp-verified')).to.have.length(1);
    expect((recorder.of('totp-verified')[0] as TotpVerifiedEvent).detail.totp_id).to.equal(created.totp_id);
    // The user changed once more (its TOTP is verified): one more user-change, not one per source.
    expect(recorder.of('user-change')).to.have.length(3);
    expect(recorder.of('totp-error')).to.have.length(0);
    // Save the recovery codes, then Done.
    expect(el.getAttribute('step')).to.equal('codes');
    await tickSaved(el);
    await press(el, 'finish-button');
    expect(el.getAttribute('step')).to.equal('done');
    expect(recorder.of('totp-finished')).to.have.length(1);
  });
});
