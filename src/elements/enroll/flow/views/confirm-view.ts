import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { EnrollmentFlow, Enrollment } from '../enrollment-flow.js';
import { renderStepHeader } from './step-parts.js';
import { errorIcon } from '../../../shared/icons.js';

/** Step 2: the six-digit code, submitted on the sixth digit; a live countdown while locked out. */
export function renderConfirm(flow: EnrollmentFlow, enrollment: Enrollment): TemplateResult {
  const t = flow.t;
  const verifying = flow.state === 'verifying';
  const locked = flow.confirmation.lockout.running;
  const message = locked ? t.tooManyAttempts(flow.formatNumber(flow.confirmation.lockout.seconds)) : flow.confirmation.error;
  return html`
    ${renderStepHeader(flow, 'confirm', t.stepConfirm)}
    <form @submit=${(event: SubmitEvent) => flow.confirmation.submit(event)} novalidate>
      <label for="code">${t.codeLabel}</label>
      <p class="muted" id="code-help">${t.codeHelp}</p>
      <div class="row code-row">
        <input id="code" ${ref(flow.refs.code)} part="code-input" name="totp_code" type="text" autocomplete="one-time-code"
          inputmode="numeric" maxlength="24" spellcheck="false" enterkeyhint="done"
          aria-describedby=${message ? 'code-help code-error' : 'code-help'}
          aria-invalid=${message ? 'true' : 'false'} ?readonly=${verifying} @input=${() => flow.confirmation.input()} />
        <button class="primary" part="submit" type="submit" aria-busy=${verifying ? 'true' : 'false'} ?disabled=${locked}>
          ${verifying ? html`<span class="spinner" aria-hidden="true"></span>${t.verifying}` : t.verify}
        </button>
      </div>
      ${message ? html`<p class="error" part="error" id="code-error">${errorIcon}<span>${message}</span></p>` : nothing}
    </form>
    <p class="expiry" part="status">${t.expiresIn(relativeTime(flow.locale, enrollment.expiresAt - Date.now()))}</p>
    <div class="actions"><button part="back-button" @click=${() => flow.show('scan')}>${t.back}</button></div>
  `;
}

function relativeTime(locale: string, ms: number): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return seconds < 60 ? format.format(seconds, 'second') : format.format(Math.ceil(seconds / 60), 'minute');
}
