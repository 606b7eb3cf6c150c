import { html, type TemplateResult } from 'lit';
import { codeInput, renderCodeField, type CodeFieldView } from '../../../shared/code-field.js';
import { renderStepHeader, type StepView } from './step-parts.js';

/** The Confirm step's view model. */
export interface ConfirmView extends StepView {
  /** When the registration expires (epoch ms), for "This setup expires in 59 minutes". */
  readonly expiresAt: number;
  readonly locale: string;
  readonly field: CodeFieldView;
  back(): void;
}

/** Step 2: the six-digit code, submitted on the sixth digit; a live countdown while locked out. */
export function renderConfirm(view: ConfirmView): TemplateResult {
  const { t } = view;
  return html`
    ${renderStepHeader(view, 'confirm', t.stepConfirm)}
    ${renderCodeField(view.field, codeInput)}
    <p class="expiry" part="status">${t.expiresIn(relativeTime(view.locale, view.expiresAt - Date.now()))}</p>
    <div class="actions"><button part="back-button" @click=${view.back}>${t.back}</button></div>
  `;
}

function relativeTime(locale: string, ms: number): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return seconds < 60 ? format.format(seconds, 'second') : format.format(Math.ceil(seconds / 60), 'minute');
}
