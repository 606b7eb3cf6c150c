import { html, nothing, type TemplateResult } from 'lit';
import { checkIcon } from '../../../shared/check-icon.js';
import { continueSlot } from '../../../shared/continue-slot.js';
import { errorIcon } from '../../../shared/icons.js';
import { clockIcon } from './flow-icons.js';
import type { StepView } from './step-parts.js';

/* How a setup ends: "Done", or expired, replaced by a newer one, or failed. */

/**
 * "Done" says done: a success heading in place of "Step 4 of 4", what happens at the next sign-in,
 * and the page's own way on (the `continue` slot), which takes focus when there is one.
 */
export function renderDone(view: StepView): TemplateResult {
  return html`
    <div class="success" part="status">
      <h3 id="step-heading" tabindex="-1">${checkIcon}<span>${view.t.stepDone}</span></h3>
      <p>${view.t.doneHelp}</p>
    </div>
    ${continueSlot}
  `;
}

/** An expired or replaced setup's view model. */
export interface EndedView extends StepView {
  readonly reason: 'expired' | 'replaced';
  startOver(): void;
}

export function renderEnded(view: EndedView): TemplateResult {
  const { t } = view;
  const replaced = view.reason === 'replaced';
  return html`
    <div class="notice-icon">${clockIcon}
      <h3 id="step-heading" tabindex="-1">${replaced ? t.replacedHeading : t.expiredHeading}</h3>
    </div>
    <p class="muted" part="status">${replaced ? t.replacedHelp : t.expiredHelp}</p>
    <div class="actions"><button class="primary" part="start-over" @click=${view.startOver}>${t.startOver}</button></div>
  `;
}

/** A failed step's view model. */
export interface ErrorView extends StepView {
  readonly message: string;
  /** Trying again can help: "Try again" is offered. */
  readonly canRetry: boolean;
  /** Seconds until "Try again" is enabled (0: now), formatted for the language. */
  readonly retryIn: number;
  formatNumber(value: number): string;
  retry(): void;
}

export function renderError(view: ErrorView): TemplateResult {
  const { t } = view;
  const wait = view.retryIn;
  return html`
    <div class="error" part="error">${errorIcon}
      <div>
        <h3 id="step-heading" tabindex="-1">${t.errorHeading}</h3>
        <p>${view.message}</p>
        ${wait > 0 ? html`<p id="retry-wait">${t.retryIn(view.formatNumber(wait), wait)}</p>` : nothing}
      </div>
    </div>
    ${view.canRetry ? html`<div class="actions"><button class="primary" part="retry-button" ?disabled=${wait > 0}
      aria-describedby=${wait > 0 ? 'retry-wait' : nothing} @click=${view.retry}>${t.retry}</button></div>` : nothing}
  `;
}
