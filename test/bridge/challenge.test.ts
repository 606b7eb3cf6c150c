import { expect, html, waitUntil } from '@open-wc/testing';
import type { TotpAuthenticatedEvent } from '../../src/challenge.js';
import { currentCode } from '../support/backend.js';
import {
  challengeElement, clearStytchCookies, enter, errorText, nextCode, recordEvents, typeCode, useRecoveryCode,
  waitForState,
} from '../challenge/harness.js';

/* <totp-challenge> → the Stytch bridge (/bridge/) → the `stytch` package → the TLS stand-in for Stytch's backend API. */
const PUBLIC_TOKEN = 'public-token-test-bridge';

async function post(path: string, session_token: string, body: unknown): Promise<any> {
  const response = await fetch(`/bridge/sdk/v1${path}`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Basic ${btoa(`${PUBLIC_TOKEN}:${session_token}`)}` },
    body: JSON.stringify(body),
  });
  return (await response.json()).data;
}

describe('<totp-challenge> through the Stytch bridge', () => {
  let recorder: ReturnType<typeof recordEvents>;
  beforeEach(() => { clearStytchCookies(); recorder = recordEvents(); });
  afterEach(() => { recorder.stop(); clearStytchCookies(); });

  it('signs in with a code, then with a recovery code (no count from Stytch), which is then refused', async () => {
    const { session_token } = await (await fetch('/__test__/bridge/session', { method: 'POST' })).json() as { session_token: string };
    const created = await post('/totps', session_token, { expiration_minutes: 60 });
    await post('/totps/authenticate', session_token, { totp_code: currentCode(created.secret), session_duration_minutes: 60 });
    document.cookie = `stytch_session=${session_token}; path=/`;
    const template = html`<totp-challenge api-base="${location.origin}/bridge" public-token=${PUBLIC_TOKEN}></totp-challenge>`;

    const el = await challengeElement(template);
    await typeCode(el, nextCode(created.secret));
    await waitForState(el, 'verified');

    const recovering = await challengeElement(template);
    await useRecoveryCode(recovering);
    await enter(recovering, created.recovery_codes[1]);
    await waitForState(recovering, 'verified');
    const events = recorder.of('totp-authenticated') as TotpAuthenticatedEvent[];
    expect(events.map((e) => e.detail.method)).to.deep.equal(['totp', 'recovery_code']);
    expect(events[1]!.detail.method === 'recovery_code' && events[1]!.detail.recovery_codes_remaining).to.equal(undefined);

    const refused = await challengeElement(template);
    await useRecoveryCode(refused);
    await enter(refused, created.recovery_codes[1]);
    await waitUntil(() => errorText(refused) !== '');
    expect(errorText(refused)).to.contain('That recovery code didn’t work');
  });
});
