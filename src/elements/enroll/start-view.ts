import { html, nothing, type TemplateResult } from 'lit';
import type { StartStrings } from './strings.js';

/** The first screen's view model: "Set up", or the same button busy while the element checks or starts. */
export interface StartView {
  readonly t: StartStrings;
  /** `checking`: still learning whether the user has an app; `starting`: the setup is on its way. */
  readonly busy: 'checking' | 'starting' | null;
  readonly loadFailed: boolean;
  start(): void;
}

/**
 * The description and "Set up authenticator app". While the element checks the user, the button
 * stays in place, busy and inert ("Checking…"): no "Set up" flashes that a click could hit.
 */
export function renderStart(view: StartView): TemplateResult {
  const { t, busy } = view;
  return html`
    <p class="muted"><slot name="description">${t.description}</slot></p>
    <div class="row">
      <button class="primary" part="start-button" id="start" aria-busy=${String(!!busy)}
        aria-disabled=${String(!!busy)} @click=${view.start}>
        ${busy ? html`<span class="spinner" aria-hidden="true"></span>${busy === 'checking' ? t.checking : t.starting}` : t.start}
      </button>
    </div>
    ${view.loadFailed ? html`<p class="error" part="error" role="alert">${t.loadFailed}</p>` : nothing}
  `;
}
