/*
 * <totp-challenge>'s own selectors and user actions, over the generic harness
 * (test/support/element-harness.ts), and an enrolled user to sign in with.
 */
import { html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/challenge.js';
import { HttpTotpApi } from '../../src/api/index.js';
import type { TotpChallenge } from '../../src/challenge.js';
import { PUBLIC_TOKEN, currentCode, newSession } from '../support/backend.js';
import { $, mountElement, recordEvents as recordEventsOf, textOf, typeInto, type EventRecorder } from '../support/element-harness.js';

export { $, announcement, clearStytchCookies, errorText, waitForState } from '../support/element-harness.js';

export const CHALLENGE_EVENTS = ['totp-authenticated', 'user-change', 'totp-error'] as const;
export type ChallengeEventType = (typeof CHALLENGE_EVENTS)[number];

/** Every event <totp-challenge> dispatches, in order, as the page hears them. */
export function recordEvents(): EventRecorder<ChallengeEventType> {
  return recordEventsOf(CHALLENGE_EVENTS);
}

/** A user who finished enrolling (one code used), with a session that passed only the first factor. */
export interface EnrolledUser { user_id: string; session_token: string; secret: string; recovery_codes: string[] }

/** Seeds a user and session, enrolls a TOTP for them over HTTP and confirms it, then starts a fresh first-factor session. */
export async function enrolledUser(): Promise<EnrolledUser> {
  const first = await newSession();
  const api = new HttpTotpApi({ publicToken: PUBLIC_TOKEN, sessionToken: first.session_token });
  const created = await api.create({ expiration_minutes: 60 });
  await api.authenticate({ totp_code: currentCode(created.secret), session_duration_minutes: 60 });
  // "Sign out, sign in again": a new session for the same user holds the first factor only.
  const again = await fetch(`/__test__/session?user_id=${encodeURIComponent(first.user_id)}`, { method: 'POST' });
  const { session_token } = (await again.json()) as { session_token: string };
  return { user_id: first.user_id, session_token, secret: created.secret, recovery_codes: created.recovery_codes };
}

/** A code the app shows in the next time step: valid (±1 step) and not yet used by the enrollment. */
export function nextCode(secret: string): string {
  return currentCode(secret, 1);
}

/** A fresh element (inside the template's wrapper, if it has one); the test removes it (fixture cleanup) afterwards. */
export async function challengeElement(template: TemplateResult = html`<totp-challenge public-token=${PUBLIC_TOKEN}></totp-challenge>`): Promise<TotpChallenge> {
  return mountElement<TotpChallenge>('totp-challenge', template);
}

/** The code field, or the recovery-code field once the user switched to it. */
export function codeField(el: TotpChallenge): HTMLInputElement {
  return $(el, '#code') as HTMLInputElement;
}

export function submitButton(el: TotpChallenge): HTMLButtonElement {
  return $(el, '[part~="submit"]') as HTMLButtonElement;
}

export function methodButton(el: TotpChallenge): HTMLButtonElement {
  return $(el, '[part~="method-button"]') as HTMLButtonElement;
}

/** The heading, which takes focus when the sign-in ends without a sign-in (not enrolled, signed out). */
export function heading(el: TotpChallenge): HTMLElement | null {
  return $(el, '#heading');
}

/** The signed-in screen's heading, which takes focus when the page slotted no Continue; `null` elsewhere. */
export function resultHeading(el: TotpChallenge): HTMLElement | null {
  return $(el, '#outcome-heading');
}

/** Types (or pastes) text as one input event: six digits of an app's code submit themselves. */
export async function typeCode(el: TotpChallenge, text: string): Promise<void> {
  await typeInto(el, codeField(el), text);
}

/** Types and presses Enter (the form's submit). */
export async function enter(el: TotpChallenge, text: string): Promise<void> {
  await typeCode(el, text);
  if (el.state === 'ready') codeField(el).form?.requestSubmit();
  await el.updateComplete;
}

export async function useRecoveryCode(el: TotpChallenge): Promise<void> {
  methodButton(el).click();
  await el.updateComplete;
}

/** The success message ('' before sign-in). */
export function statusText(el: TotpChallenge): string {
  return textOf($(el, '[part~="status"]'));
}
