/*
 * <totp-enroll>'s own selectors and user actions, over the generic harness
 * (test/support/element-harness.ts), which the element tests import from here too.
 */
import { html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { currentCode, resetDemoUser } from '../support/backend.js';
import { $, $$, mountElement, recordEvents as recordEventsOf, typeInto, waitForState, type EventRecorder } from '../support/element-harness.js';
import type { TotpEnroll } from '../../src/index.js';

export { $, $$, announcement, clearStytchCookies, errorText, waitForState } from '../support/element-harness.js';

export const EVENT_TYPES = ['totp-created', 'user-change', 'totp-verified', 'totp-error', 'totp-finished', 'totp-expired'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Every event <totp-enroll> dispatches, in order, as the page hears them. */
export function recordEvents(): EventRecorder<EventType> {
  return recordEventsOf(EVENT_TYPES);
}

/**
 * A fresh element (inside the template's wrapper, if it has one), once it knows whether the user
 * has an app (`checking` over); the test removes it (fixture cleanup) afterwards. `demo: 'new'`
 * first makes the demo user (every call without a session) new again, whatever an earlier test
 * enrolled; `'as is'` keeps what it has.
 */
export async function enrollElement(
  template: TemplateResult = html`<totp-enroll expiration-minutes="60"></totp-enroll>`, demo: 'new' | 'as is' = 'new',
): Promise<TotpEnroll> {
  if (demo === 'new') await resetDemoUser();
  const el = await mountElement<TotpEnroll>('totp-enroll', template);
  await waitUntil(() => el.state !== 'checking', 'the element still checks the user', { timeout: 10_000 });
  await el.updateComplete;
  return el;
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
  await typeInto(el, codeInput(el), text);
}

/** Types a code and submits the form the way a user does (Enter in the input). */
export async function submitCode(el: TotpEnroll, code: string): Promise<void> {
  await typeCode(el, code);
  codeInput(el).form?.requestSubmit();
  await el.updateComplete;
}

/** Clicks "Set up" and waits for the created state. */
export async function startAndWait(el: TotpEnroll): Promise<void> {
  // A client set just now makes the element ask who the user is on its next update.
  await el.updateComplete;
  await waitUntil(() => el.state !== 'checking', 'the element still checks the user', { timeout: 10_000 });
  // A pointer click focuses the button first; .click() alone would not.
  startButton(el).focus();
  startButton(el).click();
  await waitForState(el, 'created');
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
