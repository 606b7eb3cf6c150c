import { html, type TemplateResult } from 'lit';
import { codeInput, renderCodeField } from '../shared/code-field.js';
import type { TotpChallengeMethod } from './events.js';
import { recoveryInput } from '../shared/recovery-input.js';
import type { ChallengeFormStrings } from './strings.js';

/** The sign-in form's view model. */
export interface ChallengeFormView {
  readonly t: ChallengeFormStrings;
  readonly method: TotpChallengeMethod;
  readonly message: string;
  readonly busy: boolean;
  readonly locked: boolean;
  submit(event: SubmitEvent): void;
  input(): void;
  /** "Use a recovery code instead" / "Use your authenticator app instead". */
  switchMethod(): void;
}

/** The code (or recovery code) field, Verify, the message under them, and the switch to the other method. */
export function renderForm(view: ChallengeFormView): TemplateResult {
  const { t } = view;
  const recovery = view.method === 'recovery_code';
  return html`
    ${renderCodeField({
      label: recovery ? t.recoveryLabel : t.codeLabel, help: recovery ? t.recoveryHelp : t.signInHelp,
      verify: t.verify, verifying: t.verifying, message: view.message, busy: view.busy, locked: view.locked, submit: view.submit, input: view.input,
    }, recovery ? recoveryInput : codeInput)}
    <div class="row">
      <button type="button" class="link" part="method-button" ?disabled=${view.busy}
        @click=${view.switchMethod}>${recovery ? t.useAuthenticator : t.useRecoveryCode}</button>
    </div>
  `;
}
