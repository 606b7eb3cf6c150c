/*
 * Puts a <totp-enroll> into each visible state and step, for the cross-cutting suites
 * (test/a11y, test/i18n, test/theming).
 */
import { html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { ElementStates } from '../support/element-table.js';
import { slotContinue } from '../support/element-harness.js';
import { TotpApiError, type TotpApi, type TotpEnroll, type TotpEnrollState } from '../../src/index.js';
import { HttpTotpApi } from '../../src/api/index.js';
import { wrongCode } from '../support/backend.js';
import { nextCode } from '../challenge/harness.js';
import {
  clearStytchCookies, confirmCode, enrollElement, errorText, goToConfirm, openManualEntry, press, secretOnScreen, startAndWait,
  startButton, tickSaved, typeCode, waitForState,
} from './harness.js';
import { choose, enterStepUpCode, oneFactorUser, twoFactorUser, waitForScreen } from './enrolled-harness.js';

export const ENROLL_STATES = [
  'checking', 'idle', 'busy', 'scan', 'scan, key shown', 'confirm', 'verifying', 'wrong code', 'locked out', 'codes', 'done',
  'done, with continue',
  'expired', 'replaced', 'error', 'configuration error',
  // An enrolled user's (the "on" state and its actions).
  'on', 'already on', 'step-up', 'step-up, wrong code', 'step-up, recovery code', 'recovery codes', 'remove', 'replace',
  'removed elsewhere', 'action error',
] as const;

/** The states of an enrolled user: the element is mounted for a signed-in user who has an app. */
const ENROLLED: readonly EnrollStateName[] = [
  'on', 'already on', 'step-up', 'step-up, wrong code', 'step-up, recovery code', 'recovery codes', 'remove', 'replace', 'removed elsewhere', 'action error',
];
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
  if (ENROLLED.includes(name)) return enrolledIn(name, template);
  // The setup's states are the demo user's (no session): a test before may have signed someone in.
  clearStytchCookies();
  const el = await enrollElement(template);
  const expect = (state: TotpEnrollState) => waitForState(el, state);
  switch (name) {
    case 'checking':
      el.client = { ...clientWith(), getUser: never };
      await el.updateComplete;
      await expect('checking');
      break;
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
    case 'done, with continue':
      if (name === 'done, with continue') slotContinue(el);
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

/** An enrolled user's element in a named state; the session (a cookie) passed the first factor only. */
async function enrolledIn(name: EnrollStateName, template: TemplateResult): Promise<TotpEnroll> {
  clearStytchCookies();
  const user = name === 'removed elsewhere' || name === 'already on' ? await twoFactorUser() : await oneFactorUser();
  if (name === 'already on' || name === 'action error') {
    const real = new HttpTotpApi();
    let stale = name === 'already on';
    const client: TotpApi = {
      create: (params, options) => real.create(params, options),
      authenticate: (params, options) => real.authenticate(params, options),
      getUser: async (options) => (stale ? (stale = false, { user_id: user.user_id, totps: [] }) : real.getUser(options)),
      recoveryCodes: rejecting(0, 'network_error'),
    };
    const el = await enrollElement(template, 'as is');
    await waitForState(el, 'enrolled');
    // Another backend: the element asks it who the user is (a stale answer, for 'already on').
    el.client = client;
    await el.updateComplete;
    await waitUntil(() => el.state !== 'checking', 'the lookup');
    if (name === 'already on') startButton(el).click();
    else await choose(el, 'view-codes-button');
    await waitForScreen(el, name === 'already on' ? 'on' : 'error');
    return el;
  }
  const el = await enrollElement(template, 'as is');
  await waitForState(el, 'enrolled');
  switch (name) {
    case 'step-up':
    case 'step-up, wrong code':
    case 'step-up, recovery code':
    case 'recovery codes':
      await choose(el, 'view-codes-button');
      await waitForScreen(el, 'step-up');
      if (name === 'step-up, wrong code') {
        await enterStepUpCode(el, wrongCode(user.secret));
        await waitUntil(() => errorText(el) !== '', 'the wrong-code message');
      } else if (name === 'step-up, recovery code') {
        await choose(el, 'method-button');
      } else if (name === 'recovery codes') {
        await enterStepUpCode(el, nextCode(user.secret));
        await waitForScreen(el, 'recovery-codes');
      }
      break;
    case 'remove':
    case 'replace':
      await choose(el, `${name}-button`);
      break;
    case 'removed elsewhere': {
      const { api } = user as Awaited<ReturnType<typeof twoFactorUser>>;
      const totp = (((await api.getUser())?.totps ?? []) as { totp_id: string }[])[0]!;
      await api.deleteTotp(totp.totp_id);
      await choose(el, 'view-codes-button');
      await waitForScreen(el, 'removed-elsewhere');
      break;
    }
  }
  await el.updateComplete;
  return el;
}

/** <totp-enroll>'s row in the suites that run over both elements. */
export const enrollStates: ElementStates<EnrollStateName, TotpEnroll> = { tag: 'totp-enroll', states: ENROLL_STATES, in: enrollIn };
