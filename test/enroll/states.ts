/*
 * Puts a <totp-enroll> into each visible state and step, for the cross-cutting suites
 * (test/a11y, test/i18n, test/theming).
 */
import { html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { ElementStates } from '../support/element-table.js';
import { TotpApiError, type TotpApi, type TotpEnroll, type TotpEnrollState } from '../../src/index.js';
import { HttpTotpApi } from '../../src/api/index.js';
import { wrongCode } from '../support/backend.js';
import {
  confirmCode, enrollElement, errorText, goToConfirm, openManualEntry, press, secretOnScreen, startAndWait, startButton,
  tickSaved, typeCode, waitForState,
} from './harness.js';

export const ENROLL_STATES = [
  'idle', 'busy', 'scan', 'scan, key shown', 'confirm', 'verifying', 'wrong code', 'locked out', 'codes', 'done',
  'expired', 'replaced', 'error', 'configuration error',
] as const;
export type EnrollStateName = (typeof ENROLL_STATES)[number];

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

/** An enroll element (inside the template's wrapper, if it has one) put into a named state. */
export async function enrollIn(name: EnrollStateName, template: TemplateResult = html`<totp-enroll></totp-enroll>`): Promise<TotpEnroll> {
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
      const first = errorText(el);
      await typeCode(el, wrongCode(secret));
      // The second miss adds the hint at the phone's clock (read by length: any language).
      await waitUntil(() => errorText(el).length > first.length, 'the clock hint');
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

/** <totp-enroll>'s row in the suites that run over both elements. */
export const enrollStates: ElementStates<EnrollStateName, TotpEnroll> = { tag: 'totp-enroll', states: ENROLL_STATES, in: enrollIn };
