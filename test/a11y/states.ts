/*
 * Puts an element into each visible state, for the accessibility and theming tests.
 */
import { html } from '@open-wc/testing';
import { TotpApiError, type TotpApi, type TotpEnroll, type TotpEnrollState } from '../../src/index.js';
import { HttpTotpApi } from '../../src/api/index.js';
import { currentCode, wrongCode } from '../support/backend.js';
import { displayedSecret, enrollElement, startAndWait, submitCode, waitForState } from '../element/harness.js';

export const STATE_NAMES = ['idle', 'busy', 'created', 'verifying', 'wrong code', 'verified', 'expired', 'error'] as const;
export type StateName = (typeof STATE_NAMES)[number];

const never = () => new Promise<never>(() => {});

/** A real backend client whose chosen step never answers, to hold a busy state still. */
function pendingClient(step: 'create' | 'authenticate'): TotpApi {
  const real = new HttpTotpApi();
  return {
    create: (params, options) => (step === 'create' ? never() : real.create(params, options)),
    authenticate: (params, options) => (step === 'authenticate' ? never() : real.authenticate(params, options)),
  };
}

export async function elementIn(name: StateName, template = html`<totp-enroll></totp-enroll>`): Promise<TotpEnroll> {
  const el = await enrollElement(template);
  const secret = () => displayedSecret(el).replace(/ /g, '');
  const expect = (state: TotpEnrollState) => waitForState(el, state);
  switch (name) {
    case 'idle':
      break;
    case 'busy':
      el.client = pendingClient('create');
      void el.start();
      await expect('creating');
      break;
    case 'created':
      await startAndWait(el);
      break;
    case 'verifying':
      el.client = pendingClient('authenticate');
      await startAndWait(el);
      await submitCode(el, currentCode(secret()));
      await expect('verifying');
      break;
    case 'wrong code':
      await startAndWait(el);
      await submitCode(el, wrongCode(secret()));
      await expect('created');
      await waitForState(el, 'created');
      await new Promise((r) => setTimeout(r, 50));
      break;
    case 'verified':
      await startAndWait(el);
      await submitCode(el, currentCode(secret()));
      await expect('verified');
      break;
    case 'expired': {
      el.expirationMinutes = 5;
      await startAndWait(el);
      const realNow = Date.now;
      Date.now = () => realNow() + 6 * 60_000;
      try {
        await waitForState(el, 'expired', 3000);
      } finally {
        Date.now = realNow;
      }
      break;
    }
    case 'error':
      el.client = {
        create: async () => { throw new TotpApiError({ status_code: 0, error_type: 'network_error', error_message: 'Could not reach the server.' }); },
        authenticate: never,
      };
      (el.shadowRoot!.querySelector('#start') as HTMLElement).focus();
      await el.start();
      await expect('error');
      break;
  }
  await el.updateComplete;
  return el;
}
