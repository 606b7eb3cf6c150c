import { html, nothing, type TemplateResult } from 'lit';
import { renderCodeList, type CodeListView } from '../../flow/views/codes-view.js';
import type { TotpEnrollStrings } from '../../strings.js';
import type { ManageView } from './on-view.js';

/** "View recovery codes"'s view model: the Save-codes step's list and buttons, and how many are left. */
export interface ViewedCodesView extends ManageView, CodeListView {
  readonly t: TotpEnrollStrings;
  /** How many are left, formatted for the language. */
  readonly left: string;
  /** 3 or fewer left: say so, and what helps. */
  readonly low: boolean;
  done(): void;
}

/** The unused codes with Copy all / Download / Print, how many are left, and Done. */
export function renderViewedCodes(view: ViewedCodesView): TemplateResult {
  const { t } = view;
  return html`
    <h3 id="step-heading" tabindex="-1">${t.codesHeading}</h3>
    <p class="muted">${t.codesViewHelp}</p>
    <p part="status" class=${view.low ? 'low' : ''}>${t.codesLeft(view.left, view.codes.length)}${view.low ? html` ${t.codesLow}` : nothing}</p>
    ${view.codes.length ? renderCodeList(view) : nothing}
    <div class="actions"><button class="primary" part="done-button" @click=${view.done}>${t.done}</button></div>
  `;
}
