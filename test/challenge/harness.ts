/*
 * <totp-challenge>'s shadow-DOM look-ups and user actions, and an enrolled user to sign in with.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/challenge.js';
import { HttpTotpApi } from '../../src/api/index.js';
import type { TotpChallenge, TotpChallengeState } from '../../src/challenge.js';
import { PUBLIC_TOKEN, currentCode, newSession } from '../support/backend.js';

export const CHALLENGE_EVENTS = ['totp-authenticated', 'user-change', 'totp-error'] as const;
export type ChallengeEventType = (typeof CHALLENGE_EVENTS)[number];

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

export function $(el: TotpChallenge, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

export function recordChallengeEvents(): { events: Event[]; of(type: ChallengeEventType): Event[]; stop(): void } {
  const events: Event[] = [];
  const listener = (event: Event) => events.push(event);
  for (const type of CHALLENGE_EVENTS) document.addEventListener(type, listener);
  return {
    events,
    of: (type) => events.filter((event) => event.type === type),
    stop: () => { for (const type of CHALLENGE_EVENTS) document.removeEventListener(type, listener); },
  };
}

export async function challengeElement(template = html`<totp-challenge public-token=${PUBLIC_TOKEN}></totp-challenge>`): Promise<TotpChallenge> {
  return fixture<TotpChallenge>(template);
}

export async function waitForChallengeState(el: TotpChallenge, state: TotpChallengeState, timeout = 10_000): Promise<void> {
  await waitUntil(() => el.state === state, `state stayed ${el.state}, expected ${state}`, { timeout });
  await el.updateComplete;
}

export function codeField(el: TotpChallenge): HTMLInputElement {
  return $(el, '#code') as HTMLInputElement;
}

export function submitButton(el: TotpChallenge): HTMLButtonElement {
  return $(el, '[part~="submit"]') as HTMLButtonElement;
}

export function methodButton(el: TotpChallenge): HTMLButtonElement {
  return $(el, '[part~="method-button"]') as HTMLButtonElement;
}

/** Types (or pastes) text as one input event: six digits of an app's code submit themselves. */
export async function typeInto(el: TotpChallenge, text: string): Promise<void> {
  const input = codeField(el);
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Types and presses Enter (the form's submit). */
export async function enter(el: TotpChallenge, text: string): Promise<void> {
  await typeInto(el, text);
  if (el.state === 'ready') codeField(el).form?.requestSubmit();
  await el.updateComplete;
}

export async function useRecoveryCode(el: TotpChallenge): Promise<void> {
  methodButton(el).click();
  await el.updateComplete;
}

export function errorText(el: TotpChallenge): string {
  return ($(el, '[part~="error"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function statusText(el: TotpChallenge): string {
  return ($(el, '[part~="status"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function announcement(el: TotpChallenge): string {
  return $(el, '[role="status"]')?.textContent?.trim() ?? '';
}

export function clearStytchCookies(): void {
  for (const name of ['stytch_session', 'stytch_session_jwt']) document.cookie = `${name}=; max-age=0; path=/`;
}
