import { parseSessionDurationMinutes } from '../../../api/params.js';
import { TotpApiError } from '../../../api/errors.js';
import type { AuthenticateTotpResponse, TotpApi } from '../../../api/types.js';
import { recoveryCodeOf } from '../../shared/recovery-code.js';
import { CodeEntry } from '../../shared/code-entry.js';
import { codeFieldOf, type CodeFieldView } from '../../shared/code-field.js';
import { TotpErrorEvent } from '../../shared/events.js';
import type { FocusAfterRender } from '../../shared/focus-after-render.js';
import { formatNumber } from '../../shared/format-number.js';
import type { LatestRequest } from '../../shared/latest-request.js';
import { asTotpApiError, describeProblem } from '../../shared/problems.js';
import { sixDigits } from '../../shared/six-digits.js';
import type { EnrollSettings } from '../settings.js';
import type { TotpEnrollStrings } from '../strings.js';

/** How the second factor was passed. */
export type StepUpMethod = 'totp' | 'recovery_code';

/** What the step-up needs from the "on" state. */
export interface StepUpOptions {
  readonly element: EnrollSettings;
  readonly requests: LatestRequest;
  readonly focus: FocusAfterRender;
  strings(): TotpEnrollStrings;
  locale(): string;
  announce(text: string): void;
  /** The backend to check the code with (the same as the action's). */
  api(): TotpApi | null;
  /** The code was accepted: the session now holds a second factor. */
  passed(method: StepUpMethod, response: AuthenticateTotpResponse): void;
  /** No code can be checked here: the app is gone (`not-enrolled`) or the sign-in has expired. */
  ended(failure: 'not-enrolled' | 'signed-out'): void;
}

/**
 * A code before an action that needs a second factor, with `<totp-challenge>`'s code entry:
 * submit on the sixth digit, a recovery code instead, wrong codes counted (the backend's one
 * lockout counts them too), the lockout's countdown, and the same messages.
 */
export class StepUp {
  method: StepUpMethod = 'totp';
  busy = false;
  readonly entry: CodeEntry;

  constructor(private readonly options: StepUpOptions) {
    this.entry = new CodeEntry(options.element, {
      field: codeFieldOf(options.element), focus: options.focus, strings: options.strings,
      formatNumber: (value) => formatNumber(options.locale(), value), announce: options.announce,
    });
  }

  /** The code field's view model. */
  field(): CodeFieldView {
    const t = this.options.strings();
    const recovery = this.method === 'recovery_code';
    return {
      label: recovery ? t.recoveryLabel : t.codeLabel, help: recovery ? t.recoveryHelp : t.stepUpHelp,
      verify: t.verify, verifying: t.verifying, message: this.entry.message, busy: this.busy, locked: this.entry.locked,
      submit: (event) => void this.submit(event), input: () => this.input(),
    };
  }

  /** "Use a recovery code instead" and back. */
  switchMethod(): void {
    if (this.busy) return;
    const t = this.options.strings();
    this.method = this.method === 'totp' ? 'recovery_code' : 'totp';
    this.entry.switched();
    this.options.focus.request(this.entry.field);
    this.options.announce(this.method === 'recovery_code' ? t.recoveryLabel : t.codeLabel);
    this.options.element.requestUpdate();
  }

  reset(): void {
    this.entry.reset();
    this.method = 'totp';
    this.busy = false;
  }

  private input(): void {
    this.entry.input();
    if (this.method === 'totp' && sixDigits(this.entry.value)) void this.submit();
  }

  private async submit(event?: Event): Promise<void> {
    event?.preventDefault();
    if (this.busy || this.entry.locked) return;
    const { options } = this;
    const t = options.strings();
    const method = this.method;
    const code = method === 'totp' ? sixDigits(this.entry.value) : recoveryCodeOf(this.entry.value);
    if (!code) return this.entry.show(method === 'totp' ? t.codeFormat : t.recoveryFormat);
    const api = options.api();
    if (!api) return;
    this.entry.checking();
    this.busy = true;
    options.element.requestUpdate();
    const outcome = await options.requests.run(async (signal) => {
      const session_duration_minutes = parseSessionDurationMinutes(options.element.sessionDurationMinutes);
      if (method === 'totp') return api.authenticate({ totp_code: code, session_duration_minutes }, { signal });
      if (typeof api.recover !== 'function') {
        throw new TotpApiError({ status_code: 0, error_type: 'invalid_argument', error_message: 'client has no recover(): recovery codes need it.' });
      }
      return api.recover({ recovery_code: code, session_duration_minutes }, { signal });
    });
    if (!outcome) return;
    this.busy = false;
    options.element.requestUpdate();
    if (outcome.ok) {
      this.entry.reset();
      return options.passed(method, outcome.value);
    }
    const error = asTotpApiError(outcome.error);
    options.element.dispatchEvent(new TotpErrorEvent(error, method === 'totp' ? 'authenticate' : 'recover'));
    const failure = this.entry.refused(error, method, method === 'recovery_code' ? t.wrongRecoveryCode : undefined);
    if (failure === 'not-enrolled' || failure === 'signed-out') {
      this.entry.clear();
      options.ended(failure);
    } else if (failure === 'other') {
      this.entry.show(describeProblem(error, t, options.element.apiBase).message);
    }
  }
}
