import { html, nothing, type TemplateResult } from 'lit';
import type { Enrollment, EnrollmentFlow } from './enrollment-flow.js';
import { checkIcon, clockIcon, copyIcon, errorIcon } from './icons.js';
import type { TotpEnrollStrings } from './messages.js';

/** The views after "Set up", one per state; the element renders the first screen itself. */
export function renderFlow(flow: EnrollmentFlow): TemplateResult {
  const t = flow.t;
  switch (flow.state) {
    case 'created':
    case 'verifying':
      return flow.enrollment ? renderEnrollment(flow, t, flow.enrollment) : html``;
    case 'verified':
      return renderVerified(flow, t);
    case 'expired':
      return renderExpired(flow, t);
    case 'error':
      return renderError(flow, t);
    default:
      return html``;
  }
}

function renderEnrollment(flow: EnrollmentFlow, t: TotpEnrollStrings, enrollment: Enrollment): TemplateResult {
  const { created } = enrollment;
  const verifying = flow.state === 'verifying';
  const locked = flow.retryAt > flow.now;
  const codeError = flow.codeError;
  return html`
    <ol class="steps">
      <li class="step">
        <h3 id="created-heading" tabindex="-1"><span class="step-number" aria-hidden="true">1</span>${t.stepScan}</h3>
        <div class="scan">
          <div class="qr" part="qr">
            ${enrollment.qrCanvas ?? html`<img part="qr-image" src=${enrollment.qrSrc} alt=${t.qrAlt} width="184" height="184" />`}
          </div>
          <div class="secret-box">
            <p class="muted">${t.scanHelp} ${t.cantScan}</p>
            <span class="visually-hidden" id="secret-label">${t.secretLabel}</span>
            <div class="secret" part="secret" role="group" aria-labelledby="secret-label">${renderSecret(created.secret)}</div>
            <div class="row">
              <button class="small" part="copy-button copy-secret" @click=${() => flow.copySecret()}>${copyIcon}${t.copySecret}</button>
              ${isTouchDevice() ? html`<a class="button small" part="open-in-app" href=${enrollment.otpauthUri}>${t.openInApp}</a>` : nothing}
            </div>
          </div>
        </div>
      </li>
      <li class="step">
        <h3><span class="step-number" aria-hidden="true">2</span>${t.stepCodes}</h3>
        <p class="muted">${t.codesHelp}</p>
        ${renderRecoveryCodes(flow, t, created.recovery_codes)}
      </li>
      <li class="step">
        <h3><span class="step-number" aria-hidden="true">3</span>${t.stepVerify}</h3>
        <form @submit=${(event: SubmitEvent) => flow.submitCode(event)} novalidate>
          <label for="code">${t.codeLabel}</label>
          <p class="muted" id="code-help">${t.codeHelp}</p>
          <div class="row code-row">
            <input id="code" part="code-input" name="totp_code" type="text" autocomplete="one-time-code"
              inputmode="numeric" pattern="[0-9]*" maxlength="7" spellcheck="false" enterkeyhint="done"
              aria-describedby=${codeError ? 'code-help code-error' : 'code-help'}
              aria-invalid=${codeError ? 'true' : 'false'} ?readonly=${verifying}
              @input=${() => flow.clearCodeError()} />
            <button class="primary" part="submit" type="submit" aria-busy=${verifying ? 'true' : 'false'} ?disabled=${locked}>
              ${verifying ? html`<span class="spinner" aria-hidden="true"></span>${t.verifying}` : t.verify}
            </button>
          </div>
          ${codeError ? html`<p class="error" part="error" id="code-error">${errorIcon}<span>${codeError}</span></p>` : nothing}
        </form>
        <p class="expiry" part="status">${t.expiresIn(flow.relativeTime(enrollment.expiresAt - flow.now))}</p>
      </li>
    </ol>
  `;
}

/** Groups of four for the eye, in rows of four groups; one character at a time for a screen reader. */
function renderSecret(secret: string): TemplateResult {
  const groups = secret.match(/.{1,4}/g) ?? [];
  // Rows of four groups: a 32-character key always reads as two even lines.
  const rows = Array.from({ length: Math.ceil(groups.length / 4) }, (_, i) => groups.slice(i * 4, i * 4 + 4).join(' '));
  return html`<span aria-hidden="true">${rows.map((row) => html`<span class="secret-row">${row}</span>`)}</span><span
    class="visually-hidden">${[...secret].join(' ')}</span>`;
}

function renderRecoveryCodes(flow: EnrollmentFlow, t: TotpEnrollStrings, codes: string[]): TemplateResult {
  return html`
    <ul class="codes" part="recovery-codes">
      ${codes.map((code, index) => html`
        <li><code>${code}</code><button class="icon-button" part="copy-button copy-code"
          aria-label=${t.copyCode(index + 1)} title=${t.copyCode(index + 1)}
          @click=${() => flow.copyRecoveryCode(code, index)}>${copyIcon}</button></li>`)}
    </ul>
    <div class="row">
      <button class="small" part="copy-button copy-all" @click=${() => flow.copyAllCodes()}>${copyIcon}${t.copyAllCodes}</button>
      <button class="small" part="download-button" @click=${() => flow.downloadCodes()}>${t.downloadCodes}</button>
    </div>
  `;
}

function renderVerified(flow: EnrollmentFlow, t: TotpEnrollStrings): TemplateResult {
  return html`
    <div class="success-icon" part="status">${checkIcon}
      <h3 id="verified-heading" tabindex="-1">${t.verifiedHeading}</h3>
    </div>
    <p class="muted">${t.verifiedHelp}</p>
    ${flow.enrollment
      ? html`<p class="muted">${t.verifiedCodesReminder}</p>${renderRecoveryCodes(flow, t, flow.enrollment.created.recovery_codes)}`
      : nothing}
  `;
}

function renderExpired(flow: EnrollmentFlow, t: TotpEnrollStrings): TemplateResult {
  return html`
    <div class="notice-icon">${clockIcon}<h3 id="expired-heading">${t.expiredHeading}</h3></div>
    <p class="muted" part="status">${t.expiredHelp}</p>
    <div class="row"><button class="primary" id="start-over" @click=${() => flow.retry()}>${t.startOver}</button></div>
  `;
}

function renderError(flow: EnrollmentFlow, t: TotpEnrollStrings): TemplateResult {
  const error = flow.error?.error;
  const wait = Math.ceil((flow.retryAt - flow.now) / 1000);
  return html`
    <div class="error" part="error">${errorIcon}
      <div>
        <h3 id="error-heading" tabindex="-1">${t.errorHeading}</h3>
        <p>${error?.error_message}</p>
        ${wait > 0 ? html`<p id="retry-wait">${t.retryIn(flow.formatNumber(wait))}</p>` : nothing}
      </div>
    </div>
    <div class="row"><button class="primary" id="retry" ?disabled=${wait > 0}
      aria-describedby=${wait > 0 ? 'retry-wait' : nothing} @click=${() => flow.retry()}>${t.retry}</button></div>
  `;
}

function isTouchDevice(): boolean {
  return globalThis.matchMedia?.('(pointer: coarse)').matches ?? false;
}
