/*
 * The collapsed "With Stytch's own client" section: a <totp-enroll> handed a real Stytch SDK client.
 * Made only when the section is first opened, so a closed section costs no request.
 */
import type { TotpEnroll } from '../src/index.js';

export function sdkExample(details: HTMLDetailsElement, slot: HTMLElement, made: (element: TotpEnroll) => void): void {
  details.addEventListener('toggle', async () => {
    if (!details.open || slot.childElementCount) return;
    const { StytchHeadlessClient } = await import('@stytch/vanilla-js/headless');
    const element = document.createElement('totp-enroll') as TotpEnroll;
    element.id = 'sdk';
    element.expirationMinutes = 60;
    // `endpoints.testAPIURL` (honoured by the SDK, absent from its types) points it at this dev server.
    element.client = new StytchHeadlessClient('public-token-test-local', { endpoints: { testAPIURL: location.origin } } as object);
    made(element);
    slot.append(element);
  });
}
