import { html, nothing, type TemplateResult } from 'lit';
import type { Enrollment } from '../registration.js';
import { renderCopyButton, renderStepHeader, type CopyButtonsState, type StepView } from './step-parts.js';

/** The Scan step's view model. */
export interface ScanView extends StepView {
  /**
   * The registration; `null` while Create is out: the step shows from the tap on, laid out, and
   * its QR, key and link fill in with the answer (nothing moves then, little is left to lay out).
   */
  readonly enrollment: Enrollment | null;
  /** The service and account it adds: the registration's, or the same rule's guess before it. */
  readonly names: { readonly issuer: string; readonly account: string };
  readonly copies: CopyButtonsState;
  copySecret(): void;
  next(): void;
}

/** Step 1: the QR code, the service and account it adds, and the setup key behind "Can't scan it?". */
export function renderScan(view: ScanView): TemplateResult {
  const { t, enrollment, names } = view;
  // The same places while Create is out: a QR box saying so, an inert link and Next, the key's help.
  const waiting = html`<span class="spinner" aria-hidden="true"></span><span>${t.starting}</span>`;
  return html`
    ${renderStepHeader(view, 'scan', t.stepScan)}
    <p class="muted">${t.scanHelp}</p>
    <div class="scan">
      <div class="qr" part="qr">
        ${!enrollment ? html`<span class="qr-waiting">${waiting}</span>`
          : enrollment.qrCanvas ?? html`<img part="qr-image" src=${enrollment.qrSrc} alt=${t.qrAlt} width="184" height="184" />`}
      </div>
      <div class="scan-side">
        <p class="account" part="account">${t.addsAccount} <strong><bdi>${names.issuer}</bdi></strong>
          <span class="muted"><bdi>${names.account}</bdi></span></p>
        ${isTouchDevice() ? html`<a class="button" part="open-in-app" href=${enrollment?.otpauthUri ?? nothing} aria-disabled=${enrollment ? nothing : 'true'}>${t.openInApp}</a>` : nothing}
        <details part="manual-entry">
          <summary>${t.cantScan}</summary>
          <p class="muted">${t.secretHelp}</p>
          ${enrollment ? html`
            <span class="visually-hidden" id="secret-label">${t.secretLabel}</span>
            <div class="secret" part="secret" role="group" aria-labelledby="secret-label">${renderSecret(enrollment.created.secret)}</div>
            <div class="row">${renderCopyButton(t, view.copies, 'secret', t.copySecret, view.copySecret)}</div>` : html`<p class="muted row">${waiting}</p>`}
        </details>
      </div>
    </div>
    <div class="actions"><button class="primary" part="next-button" aria-disabled=${enrollment ? 'false' : 'true'}
      @click=${view.next}>${t.next}</button></div>
  `;
}

/**
 * Groups of four for the eye, in rows of four groups; one character at a time for a screen
 * reader. A manual copy selects only the visible groups (`#secret-shown`), never the spelled-out copy.
 */
function renderSecret(secret: string): TemplateResult {
  const groups = secret.match(/.{1,4}/g) ?? [];
  const rows = Array.from({ length: Math.ceil(groups.length / 4) }, (_, i) => groups.slice(i * 4, i * 4 + 4).join(' '));
  return html`<span aria-hidden="true" id="secret-shown">${rows.map((row) => html`<span class="secret-row">${row}</span>`)}</span><span
    class="visually-hidden">${[...secret].join(' ')}</span>`;
}

function isTouchDevice(): boolean {
  return globalThis.matchMedia?.('(pointer: coarse)').matches ?? false;
}
