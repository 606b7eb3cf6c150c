import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { EnrollmentFlow, Enrollment } from '../enrollment-flow.js';
import { renderCopyButton, renderStepHeader } from './step-parts.js';

/** Step 1: the QR code, the service and account it adds, and the setup key behind "Can't scan it?". */
export function renderScan(flow: EnrollmentFlow, enrollment: Enrollment): TemplateResult {
  const t = flow.t;
  const secret = enrollment.created.secret;
  return html`
    ${renderStepHeader(flow, 'scan', t.stepScan)}
    <p class="muted">${t.scanHelp}</p>
    <div class="scan">
      <div class="qr" part="qr">
        ${enrollment.qrCanvas ?? html`<img part="qr-image" src=${enrollment.qrSrc} alt=${t.qrAlt} width="184" height="184" />`}
      </div>
      <div class="scan-side">
        <p class="account" part="account">${t.addsAccount} <strong><bdi>${enrollment.issuer}</bdi></strong>
          <span class="muted"><bdi>${enrollment.account}</bdi></span></p>
        ${isTouchDevice() ? html`<a class="button" part="open-in-app" href=${enrollment.otpauthUri}>${t.openInApp}</a>` : nothing}
        <details part="manual-entry">
          <summary>${t.cantScan}</summary>
          <p class="muted">${t.secretHelp}</p>
          <span class="visually-hidden" id="secret-label">${t.secretLabel}</span>
          <div class="secret" part="secret" role="group" aria-labelledby="secret-label">${renderSecret(flow, secret)}</div>
          <div class="row">${renderCopyButton(flow, 'secret', t.copySecret,
            () => void flow.codes.copy('secret', secret, flow.refs.secret.value))}</div>
        </details>
      </div>
    </div>
    <div class="actions"><button class="primary" part="next-button" @click=${() => flow.show('confirm')}>${t.next}</button></div>
  `;
}

/**
 * Groups of four for the eye, in rows of four groups; one character at a time for a screen
 * reader. A manual copy selects only the visible groups (the `ref`), never the spelled-out copy.
 */
function renderSecret(flow: EnrollmentFlow, secret: string): TemplateResult {
  const groups = secret.match(/.{1,4}/g) ?? [];
  const rows = Array.from({ length: Math.ceil(groups.length / 4) }, (_, i) => groups.slice(i * 4, i * 4 + 4).join(' '));
  return html`<span aria-hidden="true" ${ref(flow.refs.secret)}>${rows.map((row) => html`<span class="secret-row">${row}</span>`)}</span><span
    class="visually-hidden">${[...secret].join(' ')}</span>`;
}

function isTouchDevice(): boolean {
  return globalThis.matchMedia?.('(pointer: coarse)').matches ?? false;
}
