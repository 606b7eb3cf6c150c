import { html, type TemplateResult } from 'lit';
import { codeInput, renderCodeField, type CodeFieldView } from '../../../shared/code-field.js';
import { recoveryInput } from '../../../shared/recovery-input.js';
import type { ManageView } from './on-view.js';

/** The step-up's view model: the challenge's code field, its switch to a recovery code, and Cancel. */
export interface StepUpView extends ManageView {
  readonly recovery: boolean;
  readonly field: CodeFieldView;
  switchMethod(): void;
  cancel(): void;
}

/** "Confirm it's you": a code from the app (or a recovery code) before the action goes ahead. */
export function renderStepUp(view: StepUpView): TemplateResult {
  const { t, field } = view;
  return html`
    <h3 id="step-heading" tabindex="-1">${t.stepUpHeading}</h3>
    ${renderCodeField(field, view.recovery ? recoveryInput : codeInput)}
    <div class="row">
      <button type="button" class="link" part="method-button" ?disabled=${field.busy}
        @click=${view.switchMethod}>${view.recovery ? t.useAuthenticator : t.useRecoveryCode}</button>
    </div>
    <div class="actions"><button part="cancel-button" ?disabled=${field.busy} @click=${view.cancel}>${t.cancel}</button></div>
  `;
}
