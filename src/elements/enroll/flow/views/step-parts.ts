import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { EnrollmentFlow } from '../enrollment-flow.js';
import { FLOW_STEPS, type FlowStep } from '../../state.js';
import { checkIcon, copyIcon } from '../../../shared/icons.js';

/** "Step 2 of 4" with a bar per step, and the step's heading, which takes focus when the step opens. */
export function renderStepHeader(flow: EnrollmentFlow, step: FlowStep, title: string): TemplateResult {
  const index = FLOW_STEPS.indexOf(step);
  return html`
    <div class="progress" part="progress">
      <span class="bars" aria-hidden="true">${FLOW_STEPS.map((_, i) => html`<span class=${i <= index ? 'bar done' : 'bar'}></span>`)}</span>
      <span>${flow.t.stepOf(index + 1, FLOW_STEPS.length)}</span>
    </div>
    <h3 id="step-heading" tabindex="-1" ${ref(flow.refs.heading)}>${title}</h3>
  `;
}

/** A copy button that says "Copied" for two seconds, or shows how to copy the selected text by hand. */
export function renderCopyButton(flow: EnrollmentFlow, key: string, label: string, copy: () => void): TemplateResult {
  const copies = flow.codes.copies;
  const copied = copies.copied === key;
  const manual = copies.manual?.key === key ? copies.manual : null;
  return html`
    <button class="small" part=${`copy-button copy-${key}`} @click=${copy} data-copied=${copied ? 'true' : 'false'}>
      ${copied ? checkIcon : copyIcon}<span>${copied ? flow.t.copied : label}</span>
    </button>
    ${manual ? html`<span class="copy-hint" part="copy-hint">${flow.t.pressToCopy(manual.keys)}</span>` : nothing}
  `;
}
