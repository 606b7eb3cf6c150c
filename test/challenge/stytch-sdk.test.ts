import { expect, html } from '@open-wc/testing';
import { StytchHeadlessClient } from '@stytch/vanilla-js/headless';
import type { TotpAuthenticatedEvent, TotpErrorEvent } from '../../src/challenge.js';
import { PUBLIC_TOKEN, currentCode, newSession } from '../support/backend.js';
import {
  challengeElement, clearStytchCookies, enter, errorText, nextCode, recordEvents, statusText, typeCode, useRecoveryCode,
  waitForState,
} from './harness.js';
import { waitUntil } from '@open-wc/testing';

/*
 * <totp-challenge> driving the real @stytch/vanilla-js headless client (its `totps.authenticate`
 * and `totps.recover`), pointed at the local backend through `endpoints.testAPIURL`.
 */
describe('<totp-challenge> with the real Stytch SDK client', () => {
  // One client per page: the SDK warns about (and misbehaves with) several.
  const stytch = new StytchHeadlessClient(PUBLIC_TOKEN, { endpoints: { testAPIURL: location.origin } } as object);
  let recorder: ReturnType<typeof recordEvents>;
  beforeEach(() => { clearStytchCookies(); recorder = recordEvents(); });
  afterEach(() => { recorder.stop(); clearStytchCookies(); });

  /** Signs in (first factor, the SDK's session cookie), enrolls through the SDK, then signs in again. */
  async function enrolledThroughSdk(): Promise<{ user_id: string; secret: string; recovery_codes: string[] }> {
    const first = await newSession();
    document.cookie = `stytch_session=${first.session_token}; path=/`;
    const created = await stytch.totps.create({ expiration_minutes: 60 });
    await stytch.totps.authenticate({ totp_code: currentCode(created.secret), session_duration_minutes: 60 });
    const again = await (await fetch(`/__test__/session?user_id=${first.user_id}`, { method: 'POST' })).json() as { session_token: string };
    document.cookie = `stytch_session=${again.session_token}; path=/`;
    return { user_id: first.user_id, secret: created.secret, recovery_codes: created.recovery_codes };
  }

  it('a code through client.totps.authenticate: totp-authenticated with the session', async () => {
    const user = await enrolledThroughSdk();
    const el = await challengeElement(html`<totp-challenge></totp-challenge>`);
    el.client = stytch;
    await typeCode(el, nextCode(user.secret));
    await waitForState(el, 'verified');
    const [event] = recorder.of('totp-authenticated') as TotpAuthenticatedEvent[];
    expect(event!.detail.method).to.equal('totp');
    expect(event!.detail.user_id).to.equal(user.user_id);
    expect(event!.detail.session.session_id).to.be.a('string');
  });

  it('a recovery code through client.totps.recover, once; the second time refused with the SDK\'s error mapped', async () => {
    const user = await enrolledThroughSdk();
    const el = await challengeElement(html`<totp-challenge></totp-challenge>`);
    el.client = stytch;
    await useRecoveryCode(el);
    await enter(el, user.recovery_codes[0]!);
    await waitForState(el, 'verified');
    const [event] = recorder.of('totp-authenticated') as TotpAuthenticatedEvent[];
    expect(event!.detail.method).to.equal('recovery_code');
    expect(statusText(el)).to.contain('recovery code');

    const again = await challengeElement(html`<totp-challenge></totp-challenge>`);
    again.client = stytch;
    await useRecoveryCode(again);
    await enter(again, user.recovery_codes[0]!);
    await waitUntil(() => errorText(again) !== '');
    expect(errorText(again)).to.contain('That recovery code didn’t work');
    const failure = (recorder.of('totp-error') as TotpErrorEvent[]).at(-1)!;
    expect(failure.detail.error.error_type).to.equal('recovery_code_not_found');
    expect(failure.detail.error.status_code).to.equal(401);
  });
});
