/*
 * Puts an element into each visible state and step, for the accessibility and theming tests.
 */
import { html, waitUntil } from '@open-wc/testing';
import { TotpApiError, type TotpApi, type TotpEnroll, type TotpEnrollState } from '../../src/index.js';
import { HttpTotpApi } from '../../src/api/index.js';
import { wrongCode } from '../support/backend.js';
import {
  confirmCode, enrollElement, errorText, goToConfirm, openManualEntry, press, secretOnScreen, startAndWait, startButton,
  tickSaved, typeCode, waitForState,
} from '../enroll/harness.js';

export const STATE_NAMES = [
  'idle', 'busy', 'scan', 'scan, key shown', 'confirm', 'verifying', 'wrong code', 'locked out', 'codes', 'done',
  'expired', 'replaced', 'error', 'configuration error',
] as const;
export type StateName = (typeof STATE_NAMES)[number];

const never = () => new Promise<never>(() => {});

/** The local backend, with `authenticate` replaced where a test needs it. */
function clientWith(authenticate?: TotpApi['authenticate'], create?: TotpApi['create']): TotpApi {
  const real = new HttpTotpApi();
  return {
    create: create ?? ((params, options) => real.create(params, options)),
    authenticate: authenticate ?? ((params, options) => real.authenticate(params, options)),
  };
}

function rejecting(status_code: number, error_type: string, retry_after?: number): () => Promise<never> {
  return () => Promise.reject(new TotpApiError({ status_code, error_type, error_message: 'technical', ...(retry_after ? { retry_after } : {}) }));
}

export async function elementIn(name: StateName, template = html`<totp-enroll></totp-enroll>`): Promise<TotpEnroll> {
  const el = await enrollElement(template);
  const expect = (state: TotpEnrollState) => waitForState(el, state);
  switch (name) {
    case 'idle':
      break;
    case 'busy':
      el.client = clientWith(undefined, never);
      void el.start();
      await expect('creating');
      break;
    case 'scan':
      await startAndWait(el);
      break;
    case 'scan, key shown':
      await startAndWait(el);
      await openManualEntry(el);
      break;
    case 'confirm':
      await startAndWait(el);
      await goToConfirm(el);
      break;
    case 'verifying':
      el.client = clientWith(never);
      await startAndWait(el);
      await typeCode(el, '123456');
      await expect('verifying');
      break;
    case 'wrong code': {
      await startAndWait(el);
      const secret = secretOnScreen(el);
      await typeCode(el, wrongCode(secret));
      await waitUntil(() => errorText(el) !== '', 'the wrong-code message');
      await typeCode(el, wrongCode(secret));
      await waitUntil(() => errorText(el).includes('clock'), 'the clock hint');
      break;
    }
    case 'locked out':
      el.client = clientWith(rejecting(429, 'too_many_requests', 30));
      await startAndWait(el);
      await typeCode(el, '123456');
      await waitUntil(() => errorText(el).includes('30'), 'the lockout countdown');
      break;
    case 'codes':
      await startAndWait(el);
      await confirmCode(el);
      break;
    case 'done':
      await startAndWait(el);
      await confirmCode(el);
      await tickSaved(el);
      await press(el, 'finish-button');
      break;
    case 'expired':
    case 'replaced':
      el.client = clientWith(rejecting(name === 'expired' ? 400 : 404, name === 'expired' ? 'totp_expired' : 'totp_not_found'));
      await startAndWait(el);
      await typeCode(el, '123456');
      await expect('expired');
      break;
    case 'error':
      el.client = clientWith(undefined, rejecting(0, 'network_error'));
      startButton(el).focus();
      await el.start();
      await expect('error');
      break;
    case 'configuration error':
      el.setAttribute('expiration-minutes', '1');
      startButton(el).focus();
      await el.start();
      await expect('error');
      break;
  }
  await el.updateComplete;
  return el;
}
