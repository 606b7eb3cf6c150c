import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { checkIcon, errorIcon } from '../shared/icons.js';
import type { TotpChallenge } from './totp-challenge.component.js';

/** The whole element: the heading, the state's body, and the polite live region. */
export function renderChallenge(el: TotpChallenge): TemplateResult {
  const t = el.t;
  const state = el.state;
  return html`
    <section class="card" part="card" aria-labelledby="heading" aria-busy=${state === 'verifying' ? 'true' : 'false'}>
      <h2 id="heading" tabindex="-1" ${ref(el.refs.heading)}><slot name="heading">${t.heading}</slot></h2>
      ${state === 'verified' ? renderVerified(el)
        : state === 'not-enrolled' ? renderNotice(t.notEnrolledHeading, t.notEnrolledHelp)
        : state === 'signed-out' ? renderNotice(t.sessionExpiredHeading, t.sessionExpiredHelp)
        : renderForm(el)}
      <div class="visually-hidden" role="status" aria-live="polite">${el.announcer.text}</div>
    </section>
  `;
}

/** The code (or recovery code) field, Verify, the message under them, and the switch to the other method. */
function renderForm(el: TotpChallenge): TemplateResult {
  const t = el.t;
  const verifying = el.state === 'verifying';
  const locked = el.lockout.running;
  const message = locked ? t.tooManyAttempts(el.formatNumber(el.lockout.seconds)) : el.error;
  const recovery = el.method === 'recovery_code';
  const describedBy = message ? 'help error' : 'help';
  return html`
    <form @submit=${(event: SubmitEvent) => el.submit(event)} novalidate>
      <label for="code">${recovery ? t.recoveryLabel : t.codeLabel}</label>
      <p class="muted" id="help">${recovery ? t.recoveryHelp : t.signInHelp}</p>
      <div class="row code-row">
        ${recovery
          ? html`<input id="code" class="recovery" ${ref(el.refs.input)} part="recovery-input" name="recovery_code" type="text"
              autocomplete="off" autocapitalize="none" maxlength="64" spellcheck="false" enterkeyhint="done"
              aria-describedby=${describedBy} aria-invalid=${message ? 'true' : 'false'} ?readonly=${verifying}
              @input=${() => el.input()} />`
          : html`<input id="code" ${ref(el.refs.input)} part="code-input" name="totp_code" type="text" autocomplete="one-time-code"
              inputmode="numeric" maxlength="24" spellcheck="false" enterkeyhint="done"
              aria-describedby=${describedBy} aria-invalid=${message ? 'true' : 'false'} ?readonly=${verifying}
              @input=${() => el.input()} />`}
        <button class="primary" part="submit" type="submit" aria-busy=${verifying ? 'true' : 'false'} ?disabled=${locked}>
          ${verifying ? html`<span class="spinner" aria-hidden="true"></span>${t.verifying}` : t.verify}
        </button>
      </div>
      ${message ? html`<p class="error" part="error" id="error">${errorIcon}<span>${message}</span></p>` : nothing}
    </form>
    <div class="row">
      <button type="button" class="link" part="method-button" ?disabled=${verifying}
        @click=${() => el.useMethod(recovery ? 'totp' : 'recovery_code')}>${recovery ? t.useAuthenticator : t.useRecoveryCode}</button>
    </div>
  `;
}

function renderVerified(el: TotpChallenge): TemplateResult {
  const t = el.t;
  const result = el.result;
  if (result?.method !== 'recovery_code') {
    return html`<div class="done" part="status">${checkIcon}<div><p><strong>${t.signedIn}</strong></p></div></div>`;
  }
  const remaining = result.remaining;
  return html`
    <div class="done" part="status">${checkIcon}<div>
      <p><strong>${t.signedInWithRecovery}</strong></p>
      ${remaining === undefined ? nothing : html`<p>${t.codesRemaining(el.formatNumber(remaining), remaining)}</p>`}
      <p>${t.setUpAgain}</p>
    </div></div>
  `;
}

function renderNotice(heading: string, help: string): TemplateResult {
  return html`
    <div class="notice" part="error">
      <h3>${errorIcon}<span>${heading}</span></h3>
      <p>${help}</p>
    </div>
  `;
}
