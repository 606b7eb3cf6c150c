import { html, nothing, type TemplateResult } from 'lit';
import { checkIcon } from '../../shared/check-icon.js';
import { continueSlot } from '../../shared/continue-slot.js';
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

/** Signed in: a success heading, what a used recovery code means, and the page's own way on (the `continue` slot). */
export function renderVerified(view: VerifiedView): TemplateResult {
  const { t, result } = view;
  const remaining = result?.method === 'recovery_code' ? result.remaining : undefined;
  return html`
    <div class="success" part="status">
      <h3 id="outcome-heading" tabindex="-1">${checkIcon}<span>${t.signedInHeading}</span></h3>
      ${result?.method === 'recovery_code' ? html`
        <p>${t.signedInWithRecovery}</p>
        ${remaining === undefined ? nothing : html`<p>${t.codesRemaining(view.formatNumber(remaining), remaining)}</p>`}
        <p>${t.setUpAgain}</p>` : nothing}
    </div>
    ${continueSlot}
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
