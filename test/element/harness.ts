/*
 * Shadow-DOM look-ups and user actions on <totp-enroll>, shared by the element tests.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { currentCode } from '../support/backend.js';
import type { TotpEnroll, TotpEnrollState } from '../../src/index.js';

export const EVENT_TYPES = ['totp-created', 'user-change', 'totp-verified', 'totp-error', 'totp-finished'] as const;
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

/** The button of a part (`next-button`, `finish-button`, `copy-all`, …). */
export function partButton(el: TotpEnroll, part: string): HTMLButtonElement {
  const button = $(el, `[part~="${part}"]`);
  if (!button) throw new Error(`No [part~="${part}"] in step ${el.getAttribute('step')} (state ${el.state})`);
  return button as HTMLButtonElement;
}

/** Clicks a part's button and waits for the render. */
export async function press(el: TotpEnroll, part: string): Promise<void> {
  partButton(el, part).click();
  await el.updateComplete;
}

/** The step's heading (each step has one, and it takes focus when the step opens). */
export function stepHeading(el: TotpEnroll): HTMLElement | null {
  return $(el, '#step-heading');
}

/** From Scan, "Next" to the code step (nothing when already there). */
export async function goToConfirm(el: TotpEnroll): Promise<void> {
  if (el.getAttribute('step') === 'scan') await press(el, 'next-button');
}

/** Types (or pastes) text into the code input as one input event: six digits submit themselves. */
export async function typeCode(el: TotpEnroll, text: string): Promise<void> {
  await goToConfirm(el);
  const input = codeInput(el);
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Types a code and submits the form the way a user does (Enter in the input). */
export async function submitCode(el: TotpEnroll, code: string): Promise<void> {
  await typeCode(el, code);
  codeInput(el).form?.requestSubmit();
  await el.updateComplete;
}

/** The text of the element's live region. */
export function announcement(el: TotpEnroll): string {
  return $(el, '[role="status"]')?.textContent?.trim() ?? '';
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

/** The secret of the registration on screen, read as a user would (the setup key). */
export function secretOnScreen(el: TotpEnroll): string {
  return displayedSecret(el).replace(/ /g, '');
}

/** Scan → Confirm with the current code for `secret` (typed: it submits itself) → the codes step. */
export async function confirmCode(el: TotpEnroll, secret?: string): Promise<void> {
  // The key is on the Scan step only: read it there, as a user would.
  if (!secret && el.getAttribute('step') === 'confirm') await press(el, 'back-button');
  await typeCode(el, currentCode(secret ?? secretOnScreen(el)));
  await waitForState(el, 'verified');
}

/** The step the element reflects (`scan`, `confirm`, `codes`, `done`). */
export function stepOf(el: TotpEnroll): string | null {
  return el.getAttribute('step');
}

/** Ticks "I have saved these codes". */
export async function tickSaved(el: TotpEnroll): Promise<void> {
  const box = $(el, '[part~="saved-checkbox"] input') as HTMLInputElement;
  box.click();
  await el.updateComplete;
}

/** The "Can't scan it?" disclosure, opened. */
export async function openManualEntry(el: TotpEnroll): Promise<void> {
  const details = $(el, '[part~="manual-entry"]') as HTMLDetailsElement;
  details.open = true;
  await el.updateComplete;
}

export function qrImage(el: TotpEnroll): HTMLImageElement | null {
  return $(el, 'img[part~="qr-image"]') as HTMLImageElement | null;
}

/** What the current selection holds (in the shadow root too). */
export function selectedText(el: TotpEnroll): string {
  const root = el.shadowRoot as unknown as { getSelection?: () => Selection | null };
  return (root.getSelection?.() ?? getSelection())?.toString() ?? '';
}
