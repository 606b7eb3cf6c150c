import { html, nothing, type TemplateResult } from 'lit';
import { checkIcon } from '../../shared/check-icon.js';
import { errorIcon } from '../../shared/icons.js';
import type { TotpChallengeMethod } from '../events.js';
import type { TotpChallengeStrings } from '../strings.js';

/** How the user signed in, and how many recovery codes are left when the backend says. */
export interface SignInResult {
  readonly method: TotpChallengeMethod;
  readonly remaining: number | undefined;
}

/** The signed-in screen's view model. */
export interface VerifiedView {
  readonly t: TotpChallengeStrings;
  readonly result: SignInResult | null;
  formatNumber(value: number): string;
}

export function renderVerified(view: VerifiedView): TemplateResult {
  const { t, result } = view;
  if (result?.method !== 'recovery_code') {
    return html`<div class="done" part="status">${checkIcon}<div><p><strong>${t.signedIn}</strong></p></div></div>`;
  }
  const remaining = result.remaining;
  return html`
    <div class="done" part="status">${checkIcon}<div>
      <p><strong>${t.signedInWithRecovery}</strong></p>
      ${remaining === undefined ? nothing : html`<p>${t.codesRemaining(view.formatNumber(remaining), remaining)}</p>`}
      <p>${t.setUpAgain}</p>
    </div></div>
  `;
}

/** No TOTP enrolled, or the first factor's session is gone: what happened and what to do. */
export function renderNotice(heading: string, help: string): TemplateResult {
  return html`
    <div class="notice" part="error">
      <h3>${errorIcon}<span>${heading}</span></h3>
      <p>${help}</p>
    </div>
  `;
}
