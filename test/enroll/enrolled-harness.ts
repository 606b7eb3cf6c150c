/*
 * An enrolled user for <totp-enroll>'s "on" state, and its selectors: the element on the local
 * backend with a real session in the `stytch_session` cookie (public token set), as a page
 * that signed the user in has it.
 */
import { html, waitUntil } from '@open-wc/testing';
import { HttpTotpApi } from '../../src/api/index.js';
import type { TotpEnroll } from '../../src/index.js';
import { enrolledUser, type EnrolledUser } from '../challenge/harness.js';
import { PUBLIC_TOKEN, currentCode, newSession } from '../support/backend.js';
import { $, $$, textOf, typeInto } from '../support/element-harness.js';
import { enrollElement } from './harness.js';

export type { EnrolledUser };

/** Signs the page in with `session_token` (the cookie the element reads with its public token). */
export function signIn(session_token: string): void {
  document.cookie = `stytch_session=${session_token}; path=/`;
}

/** An enrolled user signed in with the first factor only (a new sign-in after the enrollment). */
export async function oneFactorUser(): Promise<EnrolledUser> {
  const user = await enrolledUser();
  signIn(user.session_token);
  return user;
}

/** An enrolled user whose session passed the TOTP too (the enrollment's own session, as right after setup). */
export async function twoFactorUser(): Promise<EnrolledUser & { api: HttpTotpApi }> {
  const first = await newSession();
  const api = new HttpTotpApi({ publicToken: PUBLIC_TOKEN, sessionToken: first.session_token });
  const created = await api.create({ expiration_minutes: 60 });
  await api.authenticate({ totp_code: currentCode(created.secret), session_duration_minutes: 60 });
  signIn(first.session_token);
  return { user_id: first.user_id, session_token: first.session_token, secret: created.secret, recovery_codes: created.recovery_codes, api };
}

/** `<totp-enroll>` on the local backend for the signed-in user, once it knows them. */
export async function managedElement(): Promise<TotpEnroll> {
  return enrollElement(html`<totp-enroll public-token=${PUBLIC_TOKEN}></totp-enroll>`, 'as is');
}

/** The screen's heading (each screen of the "on" state has one; it takes focus when the screen opens). */
export function screenHeading(el: TotpEnroll): string {
  return textOf($(el, '#step-heading'));
}

/** Clicks the button of a part on the current screen and waits for the render. */
export async function choose(el: TotpEnroll, part: string): Promise<void> {
  const button = $(el, `[part~="${part}"]`);
  if (!button) throw new Error(`No [part~="${part}"] on ${el.getAttribute('step')} (state ${el.state})`);
  // A pointer click focuses the button first; .click() alone would not.
  button.focus();
  button.click();
  await el.updateComplete;
}

/** Waits for a screen of the "on" state (its `step`). */
export async function waitForScreen(el: TotpEnroll, step: string): Promise<void> {
  await waitUntil(() => el.getAttribute('step') === step, `step stayed ${el.getAttribute('step')}, expected ${step}`, { timeout: 10_000 });
  await el.updateComplete;
}

/** Types a code (or a recovery code, then submits) into the step-up's field. */
export async function enterStepUpCode(el: TotpEnroll, code: string): Promise<void> {
  const field = $(el, '#code') as HTMLInputElement;
  await typeInto(el, field, code);
  if (!/^\d{6}$/.test(code)) field.form?.requestSubmit();
  await el.updateComplete;
}

/** The recovery codes on screen. */
export function shownCodes(el: TotpEnroll): string[] {
  return $$(el, '[part~="recovery-codes"] code').map((node) => node.textContent ?? '');
}
