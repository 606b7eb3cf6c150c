import type { TotpApiError } from '../../../api/errors.js';
import { parseSessionDurationMinutes } from '../../../api/params.js';
import type { AuthenticateTotpResponse } from '../../../api/types.js';
import { CodeEntry, type CodeEntryOptions } from '../../shared/code-entry.js';
import { codeFieldOf, type CodeFieldView } from '../../shared/code-field.js';
import { TotpErrorEvent } from '../../shared/events.js';
import type { NodeRef } from '../../shared/focus-after-render.js';
import type { LatestRequest } from '../../shared/latest-request.js';
import { sixDigits } from '../../shared/six-digits.js';
import { asTotpApiError, describeProblem, warnDevelopers } from '../../shared/problems.js';
import type { EnrollSettings } from '../settings.js';
import type { SetupStrings } from '../strings.js';
import type { Enrollment } from './registration.js';

/** What the Confirm step needs from the flow: the registration to confirm, and what to do with the answer. */
export interface ConfirmationOptions extends Omit<CodeEntryOptions, 'strings' | 'field'> {
  readonly requests: LatestRequest;
  strings(): SetupStrings;
  /** The registration whose code may be submitted now, or `null` (another step, or a check running). */
  pending(): Enrollment | null;
  /** A check starts (`true`) or was refused (`false`). */
  busy(verifying: boolean): void;
  verified(response: AuthenticateTotpResponse): void;
  /** The registration can no longer be confirmed. */
  ended(reason: 'expired' | 'replaced'): void;
}

/**
 * The Confirm step: reads the code, submits it on the sixth digit, and says what went wrong —
 * a wrong code (with a hint at the phone's clock from the second miss), a lockout with a live
 * countdown (shared/code-entry.ts), or a registration that expired or was replaced.
 */
export class CodeConfirmation {
  private readonly entry: CodeEntry;

  constructor(private readonly element: EnrollSettings, private readonly options: ConfirmationOptions) {
    this.entry = new CodeEntry(element, { ...options, field: codeFieldOf(element) });
  }

  /** The code field, as its view rendered it: Confirm's focus lands there. */
  get codeField(): NodeRef<HTMLInputElement> {
    return this.entry.field;
  }

  /** The code field's view model. */
  field(busy: boolean): CodeFieldView {
    const t = this.options.strings();
    return {
      label: t.codeLabel, help: t.codeHelp, verify: t.verify, verifying: t.verifying,
      message: this.entry.message, busy, locked: this.entry.locked,
      submit: (event) => void this.submit(event), input: () => this.input(),
    };
  }

  reset(): void {
    this.entry.reset();
  }

  /** Submits on the sixth digit, whether typed or pasted. */
  private input(): void {
    this.entry.input();
    if (sixDigits(this.entry.value)) void this.submit();
  }

  /** Checks the code and, once accepted, moves on to the recovery codes. */
  private async submit(event?: Event): Promise<void> {
    event?.preventDefault();
    const { options, entry } = this;
    const enrollment = options.pending();
    if (!enrollment || entry.locked) return;
    const totp_code = sixDigits(entry.value);
    if (!totp_code) return entry.show(options.strings().codeFormat);
    if (Date.now() >= enrollment.expiresAt) return options.ended('expired');
    let session_duration_minutes: number;
    try {
      session_duration_minutes = parseSessionDurationMinutes(this.element.sessionDurationMinutes);
    } catch (error) {
      return this.failed(asTotpApiError(error));
    }
    entry.checking();
    options.busy(true);
    const outcome = await options.requests.run((signal) => enrollment.api.authenticate({ totp_code, session_duration_minutes }, { signal }));
    if (!outcome) return;
    if (!outcome.ok) {
      options.busy(false);
      return this.failed(asTotpApiError(outcome.error));
    }
    options.verified(outcome.value);
  }

  private failed(error: TotpApiError): void {
    this.element.dispatchEvent(new TotpErrorEvent(error, 'authenticate'));
    const failure = this.entry.refused(error, 'confirm');
    if (failure === 'expired' || failure === 'replaced') return this.options.ended(failure);
    if (failure !== 'other') return;
    const problem = describeProblem(error, this.options.strings(), this.element.apiBase);
    if (problem.configuration) warnDevelopers(error);
    this.entry.show(problem.message);
  }
}
