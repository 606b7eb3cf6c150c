import { html, nothing, type TemplateResult } from 'lit';
import { ref, type Ref } from 'lit/directives/ref.js';
import { downloadIcon, printIcon } from './flow-icons.js';
import { renderCopyButton, renderStepHeader, type CopyButtonsState, type StepView } from './step-parts.js';

/** How the codes can be saved, and whether they are (RecoveryCodes). */
export interface CodesSaving {
  readonly confirmed: boolean;
  readonly canFinish: boolean;
  copyAll(list: Element | undefined): void;
  download(): void;
  print(): void;
  setConfirmed(confirmed: boolean): void;
  finish(): void;
}

/** The "Save recovery codes" step's view model. */
export interface CodesView extends StepView {
  readonly codes: readonly string[];
  readonly copies: CopyButtonsState;
  /** The list as shown: what a manual copy selects. */
  readonly list: Ref<HTMLElement>;
  readonly saving: CodesSaving;
}

/** Step 3: the recovery codes, with Copy all, Download and Print; Finish once they are saved. */
export function renderCodes(view: CodesView): TemplateResult {
  const { t, saving } = view;
  return html`
    ${renderStepHeader(view, 'codes', t.stepCodes)}
    <p class="muted">${t.codesHelp}</p>
    <ul class="codes" part="recovery-codes" ${ref(view.list)}>
      ${view.codes.map((code) => html`<li><code>${code}</code></li>`)}
    </ul>
    <div class="row save-row">
      ${renderCopyButton(t, view.copies, 'all', t.copyAllCodes, () => void saving.copyAll(view.list.value))}
      <button class="small" part="download-button" @click=${() => saving.download()}>${downloadIcon}${t.downloadCodes}</button>
      <button class="small" part="print-button" @click=${() => saving.print()}>${printIcon}${t.printCodes}</button>
    </div>
    <label class="check" part="saved-checkbox">
      <input type="checkbox" .checked=${saving.confirmed} @change=${(event: Event) => saving.setConfirmed((event.target as HTMLInputElement).checked)} />
      ${t.savedCheckbox}
    </label>
    <div class="actions">
      <button class="primary" part="finish-button" ?disabled=${!saving.canFinish}
        aria-describedby=${saving.canFinish ? nothing : 'finish-hint'} @click=${() => saving.finish()}>${t.finish}</button>
      ${saving.canFinish ? nothing : html`<span class="hint" id="finish-hint">${t.finishHint}</span>`}
    </div>
  `;
}
