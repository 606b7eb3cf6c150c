/*
 * Shadow-DOM look-ups and user actions on <totp-enroll>, shared by the element tests.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { TotpEnroll, TotpEnrollState } from '../../src/index.js';

export const EVENT_TYPES = ['totp-created', 'user-change', 'totp-verified', 'totp-error'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export function $(el: TotpEnroll, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

export function $$(el: TotpEnroll, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

/** Every event the element dispatches, in order, caught on the document (so bubbling+composed is tested too). */
export function recordEvents(): { events: Event[]; of(type: EventType): Event[]; stop(): void } {
  const events: Event[] = [];
  const listener = (event: Event) => events.push(event);
  for (const type of EVENT_TYPES) document.addEventListener(type, listener);
  return {
    events,
    of: (type) => events.filter((event) => event.type === type),
    stop: () => { for (const type of EVENT_TYPES) document.removeEventListener(type, listener); },
  };
}

export async function waitForState(el: TotpEnroll, state: TotpEnrollState, timeout = 10_000): Promise<void> {
  await waitUntil(() => el.state === state, `state stayed ${el.state}, expected ${state}`, { timeout });
  await el.updateComplete;
}

export function startButton(el: TotpEnroll): HTMLButtonElement {
  return $(el, 'button[part~="start-button"]') as HTMLButtonElement;
}

export function codeInput(el: TotpEnroll): HTMLInputElement {
  return $(el, '#code') as HTMLInputElement;
}

/** The setup key as a user reads it (groups of four). */
export function displayedSecret(el: TotpEnroll): string {
  return $$(el, '[part~="secret"] .secret-row').map((row) => row.textContent?.trim()).join(' ');
}

export function displayedRecoveryCodes(el: TotpEnroll): string[] {
  return $$(el, '[part~="recovery-codes"] code').map((node) => node.textContent ?? '');
}

export function errorText(el: TotpEnroll): string {
  return ($(el, '[part~="error"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Types a code and submits the form the way a user does (Enter in the input). */
export async function submitCode(el: TotpEnroll, code: string): Promise<void> {
  const input = codeInput(el);
  input.focus();
  input.value = code;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  input.form!.requestSubmit();
  await el.updateComplete;
}

/** A fresh element; the test removes it (fixture cleanup) afterwards. */
export async function enrollElement(template = html`<totp-enroll expiration-minutes="60"></totp-enroll>`): Promise<TotpEnroll> {
  return fixture<TotpEnroll>(template);
}

/** Clicks "Set up" and waits for the created state. */
export async function startAndWait(el: TotpEnroll): Promise<void> {
  // A pointer click focuses the button first; .click() alone would not.
  startButton(el).focus();
  startButton(el).click();
  await waitForState(el, 'created');
}

export function clearStytchCookies(): void {
  for (const name of ['stytch_session', 'stytch_session_jwt']) document.cookie = `${name}=; max-age=0; path=/`;
}
