/*
 * Puts a <totp-challenge> into each visible state with a scripted client (no timing, no backend),
 * for the cross-cutting suites (test/a11y, test/i18n, test/theming).
 */
import { html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { ElementStates } from '../support/element-table.js';
import { slotContinue } from '../support/element-harness.js';
import { TotpApiError, type TotpApi, type TotpChallenge } from '../../src/challenge.js';
import { challengeElement, enter, errorText, typeCode, useRecoveryCode, waitForState } from './harness.js';

export const CHALLENGE_STATES = [
  'code', 'recovery code', 'verifying', 'wrong code', 'wrong recovery code', 'locked out', 'network error',
  'signed in', 'signed in with a recovery code', 'signed in, with continue', 'not enrolled', 'signed out',
] as const;
export type ChallengeStateName = (typeof CHALLENGE_STATES)[number];

const session = { request_id: 'r', status_code: 200, totp_id: 't', user_id: 'u', user: { user_id: 'u' }, session: { session_id: 's' }, session_token: 'x', session_jwt: 'y' };
const fail = (status_code: number, error_type: string, retry_after?: number) => () =>
  Promise.reject(new TotpApiError({ status_code, error_type, error_message: 'technical', ...(retry_after ? { retry_after } : {}) }));
const never = () => new Promise<never>(() => {});

/** What the scripted client answers in each state (unlisted: it never answers). */
const answers: Partial<Record<ChallengeStateName, { authenticate?: () => Promise<unknown>; recover?: () => Promise<unknown> }>> = {
  verifying: { authenticate: never },
  'wrong code': { authenticate: fail(401, 'otp_code_not_found') },
  'wrong recovery code': { recover: fail(401, 'recovery_code_not_found') },
  'locked out': { authenticate: fail(429, 'too_many_requests', 600) },
  'network error': { authenticate: fail(0, 'network_error') },
  'signed in': { authenticate: async () => session },
  'signed in, with continue': { authenticate: async () => session },
  'signed in with a recovery code': { recover: async () => ({ ...session, recovery_codes_remaining: 7 }) },
  'not enrolled': { authenticate: fail(404, 'totp_not_found') },
  'signed out': { authenticate: fail(401, 'unauthorized_credentials') },
};

/** A challenge element (inside the template's wrapper, if it has one) put into a named state. */
export async function challengeIn(name: ChallengeStateName, template: TemplateResult = html`<totp-challenge></totp-challenge>`): Promise<TotpChallenge> {
  const el = await challengeElement(template);
  const answer = answers[name] ?? {};
  el.client = {
    create: () => Promise.reject(new Error('unused')),
    authenticate: answer.authenticate ?? never,
    recover: answer.recover ?? never,
  } as TotpApi;
  if (name === 'signed in, with continue') slotContinue(el);
  await el.updateComplete;
  const byRecovery = name === 'recovery code' || name === 'wrong recovery code' || name === 'signed in with a recovery code';
  if (byRecovery) await useRecoveryCode(el);
  if (name === 'code' || name === 'recovery code') return el;
  if (byRecovery) await enter(el, 'abcd-efgh-2345');
  else await typeCode(el, '123456');
  if (name === 'verifying') await waitForState(el, 'verifying');
  else if (name.startsWith('signed in')) await waitForState(el, 'verified');
  else if (name === 'not enrolled') await waitForState(el, 'not-enrolled');
  else if (name === 'signed out') await waitForState(el, 'signed-out');
  else await waitUntil(() => errorText(el) !== '', `no error in ${name}`);
  await el.updateComplete;
  return el;
}

/** <totp-challenge>'s row in the suites that run over both elements. */
export const challengeStates: ElementStates<ChallengeStateName, TotpChallenge> = { tag: 'totp-challenge', states: CHALLENGE_STATES, in: challengeIn };
