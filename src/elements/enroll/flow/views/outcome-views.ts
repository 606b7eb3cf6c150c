import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { renderCodes } from './codes-view.js';
import { renderConfirm } from './confirm-view.js';
import type { EnrollmentFlow } from '../enrollment-flow.js';
import { checkIcon, clockIcon, errorIcon } from '../../../shared/icons.js';
import { renderScan } from './scan-view.js';
import { renderStepHeader } from './step-parts.js';

/** The views after "Set up", one per step or outcome; the element renders the first screen itself. */
export function renderFlow(flow: EnrollmentFlow): TemplateResult {
  switch (flow.state) {
    case 'created':
    case 'verifying':
      if (!flow.enrollment) return html``;
      return flow.step === 'scan' ? renderScan(flow, flow.enrollment) : renderConfirm(flow, flow.enrollment);
    case 'verified':
      return flow.step === 'done' ? renderDone(flow) : flow.enrollment ? renderCodes(flow, flow.enrollment) : html``;
    case 'expired':
      return renderEnded(flow);
    case 'error':
      return renderError(flow);
    default:
      return html``;
  }
}

function renderDone(flow: EnrollmentFlow): TemplateResult {
  return html`
    ${renderStepHeader(flow, 'done', flow.t.stepDone)}
    <div class="done" part="status">${checkIcon}<p>${flow.t.doneHelp}</p></div>
  `;
}

function renderEnded(flow: EnrollmentFlow): TemplateResult {
  const t = flow.t;
  const replaced = flow.ended === 'replaced';
  return html`
    <div class="notice-icon">${clockIcon}
      <h3 id="step-heading" tabindex="-1" ${ref(flow.refs.heading)}>${replaced ? t.replacedHeading : t.expiredHeading}</h3>
    </div>
    <p class="muted" part="status">${replaced ? t.replacedHelp : t.expiredHelp}</p>
    <div class="actions"><button class="primary" part="start-over" @click=${() => flow.retry()}>${t.startOver}</button></div>
  `;
}

function renderError(flow: EnrollmentFlow): TemplateResult {
  const t = flow.t;
  const problem = flow.problem;
  const wait = flow.retryWait.seconds;
  return html`
    <div class="error" part="error">${errorIcon}
      <div>
        <h3 id="step-heading" tabindex="-1" ${ref(flow.refs.heading)}>${t.errorHeading}</h3>
        <p>${problem?.message}</p>
        ${wait > 0 ? html`<p id="retry-wait">${t.retryIn(flow.formatNumber(wait))}</p>` : nothing}
      </div>
    </div>
    ${problem?.retry ? html`<div class="actions"><button class="primary" part="retry-button" ?disabled=${wait > 0}
      aria-describedby=${wait > 0 ? 'retry-wait' : nothing} @click=${() => flow.retry()}>${t.retry}</button></div>` : nothing}
  `;
}
