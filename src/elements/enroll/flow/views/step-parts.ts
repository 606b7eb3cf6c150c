import { html, nothing, type TemplateResult } from 'lit';
import { checkIcon } from '../../../shared/check-icon.js';
import { copyIcon } from './flow-icons.js';
import { FLOW_STEPS, type FlowStep } from '../../state.js';
import type { SetupStrings } from '../../strings.js';

/** What every step view gets: the texts (its heading, `#step-heading`, takes focus when the step opens). */
export interface StepView {
  readonly t: SetupStrings;
}

/** What the copy buttons show (CopyFeedback): "Copied", or a hint to copy the selected text by hand. */
export interface CopyButtonsState {
  readonly copied: string | null;
  readonly manual: { readonly key: string; readonly keys: string } | null;
}

/** "Step 2 of 4" with a bar per step, and the step's heading, which takes focus when the step opens. */
export function renderStepHeader(view: StepView, step: FlowStep, title: string): TemplateResult {
  const index = FLOW_STEPS.indexOf(step);
  return html`
    <div class="progress" part="progress">
      <span class="bars" aria-hidden="true">${FLOW_STEPS.map((_, i) => html`<span class=${i <= index ? 'bar done' : 'bar'}></span>`)}</span>
      <span>${view.t.stepOf(index + 1, FLOW_STEPS.length)}</span>
    </div>
    <h3 id="step-heading" tabindex="-1">${title}</h3>
  `;
}

/** A copy button that says "Copied" for two seconds, or shows how to copy the selected text by hand. */
export function renderCopyButton(
  t: Pick<SetupStrings, 'copied' | 'pressToCopy'>, copies: CopyButtonsState, key: string, label: string, copy: () => void,
): TemplateResult {
  const copied = copies.copied === key;
  const manual = copies.manual?.key === key ? copies.manual : null;
  return html`
    <button class="small" part=${`copy-button copy-${key}`} @click=${copy} data-copied=${copied ? 'true' : 'false'}>
      ${copied ? checkIcon : copyIcon}<span>${copied ? t.copied : label}</span>
    </button>
    ${manual ? html`<span class="copy-hint" part="copy-hint">${t.pressToCopy(manual.keys)}</span>` : nothing}
  `;
}
