import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { EnrollmentFlow, Enrollment } from '../enrollment-flow.js';
import { renderCopyButton, renderStepHeader } from './step-parts.js';
import { downloadIcon, printIcon } from '../../../shared/icons.js';

/** Step 3: the recovery codes, with Copy all, Download and Print; Finish once they are saved. */
export function renderCodes(flow: EnrollmentFlow, enrollment: Enrollment): TemplateResult {
  const t = flow.t;
  const codes = flow.codes;
  return html`
    ${renderStepHeader(flow, 'codes', t.stepCodes)}
    <p class="muted">${t.codesHelp}</p>
    <ul class="codes" part="recovery-codes" ${ref(flow.refs.codes)}>
      ${enrollment.created.recovery_codes.map((code) => html`<li><code>${code}</code></li>`)}
    </ul>
    <div class="row save-row">
      ${renderCopyButton(flow, 'all', t.copyAllCodes, () => void codes.copyAll())}
      <button class="small" part="download-button" @click=${() => codes.download()}>${downloadIcon}${t.downloadCodes}</button>
      <button class="small" part="print-button" @click=${() => codes.print()}>${printIcon}${t.printCodes}</button>
    </div>
    <label class="check" part="saved-checkbox">
      <input type="checkbox" .checked=${codes.confirmed} @change=${(event: Event) => codes.setConfirmed((event.target as HTMLInputElement).checked)} />
      ${t.savedCheckbox}
    </label>
    <div class="actions">
      <button class="primary" part="finish-button" ?disabled=${!codes.canFinish}
        aria-describedby=${codes.canFinish ? nothing : 'finish-hint'} @click=${() => codes.finish()}>${t.finish}</button>
      ${codes.canFinish ? nothing : html`<span class="hint" id="finish-hint">${t.finishHint}</span>`}
    </div>
  `;
}
