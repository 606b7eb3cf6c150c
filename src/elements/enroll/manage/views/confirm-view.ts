import { html, nothing, type TemplateResult } from 'lit';
import { errorIcon } from '../../../shared/icons.js';
import type { ManageView } from './on-view.js';

/** Remove's and Replace's confirmation: what it means, then the choice. */
export interface ConfirmView extends ManageView {
  readonly kind: 'remove' | 'replace';
  /** The removal is under way. */
  readonly busy: boolean;
  confirm(): void;
  cancel(): void;
}

export function renderConfirm(view: ConfirmView): TemplateResult {
  const { t, busy } = view;
  const remove = view.kind === 'remove';
  return html`
    <h3 id="step-heading" tabindex="-1">${remove ? t.removeHeading : t.replaceHeading}</h3>
    <p>${remove ? t.removeHelp : t.replaceHelp}</p>
    <div class="actions">
      <button class=${remove ? 'danger' : 'primary'} part=${remove ? 'remove-button' : 'replace-button'} aria-busy=${String(busy)}
        aria-disabled=${String(busy)} @click=${view.confirm}>
        ${busy ? html`<span class="spinner" aria-hidden="true"></span>${t.removing}` : remove ? t.removeConfirm : t.replaceConfirm}
      </button>
      <button part="cancel-button" ?disabled=${busy} @click=${view.cancel}>${t.cancel}</button>
    </div>
  `;
}

/** A screen that ends an action: the app was removed elsewhere, or the action failed. */
export interface OutcomeView extends ManageView {
  readonly title: string;
  readonly message: string;
  /** The one action that helps (Set up again, Try again), or none. */
  readonly action: { label: string; part: string; run(): void } | null;
  back(): void;
}

export function renderOutcome(view: OutcomeView): TemplateResult {
  const { t, action } = view;
  return html`
    <div class="error" part="error">${errorIcon}
      <div>
        <h3 id="step-heading" tabindex="-1">${view.title}</h3>
        <p>${view.message}</p>
      </div>
    </div>
    <div class="actions">
      ${action ? html`<button class="primary" part=${action.part} @click=${action.run}>${action.label}</button>` : nothing}
      <button part="cancel-button" @click=${view.back}>${action ? t.cancel : t.done}</button>
    </div>
  `;
}
