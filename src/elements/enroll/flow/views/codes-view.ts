import { html, nothing, type TemplateResult } from 'lit';
import { downloadIcon, printIcon } from './flow-icons.js';
import type { SetupStrings } from '../../strings.js';
import { renderCopyButton, renderStepHeader, type CopyButtonsState, type StepView } from './step-parts.js';

/** How the codes can be saved (RecoveryCodes): Copy all, Download, Print. */
export interface CodesExport {
  copyAll(): void;
  download(): void;
  print(): void;
}

/** How the codes can be saved, and whether they are (RecoveryCodes). */
export interface CodesSaving extends CodesExport {
  readonly confirmed: boolean;
  readonly canFinish: boolean;
  setConfirmed(confirmed: boolean): void;
  finish(): void;
}

/** The list of recovery codes and its Copy all / Download / Print row: the Save-codes step's, and the "on" state's "View recovery codes". */
export interface CodeListView {
  readonly t: Pick<SetupStrings, 'copied' | 'pressToCopy' | 'copyAllCodes' | 'downloadCodes' | 'printCodes'>;
  readonly codes: readonly string[];
  readonly copies: CopyButtonsState;
  readonly saving: CodesExport;
}

/** The "Save recovery codes" step's view model. */
export interface CodesView extends StepView, CodeListView {
  readonly t: SetupStrings;
  readonly saving: CodesSaving;
}

/** The codes, each left-to-right, and the buttons that save them. */
export function renderCodeList(view: CodeListView): TemplateResult {
  const { t, saving } = view;
  return html`
    <ul class="codes" part="recovery-codes">
      ${view.codes.map((code) => html`<li><code>${code}</code></li>`)}
    </ul>
    <div class="row save-row">
      ${renderCopyButton(t, view.copies, 'all', t.copyAllCodes, () => void saving.copyAll())}
      <button class="small" part="download-button" @click=${() => saving.download()}>${downloadIcon}${t.downloadCodes}</button>
      <button class="small" part="print-button" @click=${() => saving.print()}>${printIcon}${t.printCodes}</button>
    </div>
  `;
}

/** Step 3: the recovery codes, with Copy all, Download and Print; Finish once they are saved. */
export function renderCodes(view: CodesView): TemplateResult {
  const { t, saving } = view;
  return html`
    ${renderStepHeader(view, 'codes', t.stepCodes)}
    <p class="muted">${t.codesHelp}</p>
    ${renderCodeList(view)}
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
