import { html, nothing, type TemplateResult } from 'lit';
import type { StepUpAction } from '../../events.js';
import { checkIcon } from '../../../shared/check-icon.js';
import type { ManageStrings } from '../../strings.js';

/** What every screen of the "on" state gets: its texts (its heading, `#step-heading`, takes focus when it opens). */
export interface ManageView {
  readonly t: ManageStrings;
}

/** The "on" state's view model. */
export interface OnView extends ManageView {
  /** When the app was added, formatted for the language, when the backend says. */
  readonly since: string;
  /** A line above the actions (why this screen opened), or ''. */
  readonly notice: string;
  choose(action: StepUpAction): void;
}

/** "Authenticator app is on", since when, and View recovery codes, Replace, Remove. */
export function renderOn(view: OnView): TemplateResult {
  const { t } = view;
  return html`
    <div class="on" part="status">${checkIcon}
      <h3 id="step-heading" tabindex="-1">${t.onHeading}</h3>
    </div>
    ${view.since ? html`<p class="muted">${t.onSince(view.since)}</p>` : nothing}
    ${view.notice ? html`<p class="notice">${view.notice}</p>` : nothing}
    <p class="muted">${t.onHelp}</p>
    <div class="manage-actions" part="manage-actions">
      <button part="view-codes-button" @click=${() => view.choose('recovery-codes')}>${t.viewCodes}</button>
      <button part="replace-button" @click=${() => view.choose('replace')}>${t.replaceApp}</button>
      <button class="danger" part="remove-button" @click=${() => view.choose('remove')}>${t.removeApp}</button>
    </div>
  `;
}
