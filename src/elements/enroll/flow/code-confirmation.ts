import type { TotpApiError } from '../../../api/errors.js';
import { parseSessionDurationMinutes } from '../../../api/params.js';
import { sixDigits } from '../../shared/six-digits.js';
import { Countdown } from '../../shared/countdown.js';
import type { EnrollmentFlow } from './enrollment-flow.js';
import { TotpErrorEvent, TotpVerifiedEvent } from '../events.js';
import type { LatestRequest } from '../../shared/latest-request.js';
import { asTotpApiError, describeProblem, warnDevelopers } from '../../shared/problems.js';

/**
 * The Confirm step: reads the code, submits it on the sixth digit, and says what went wrong —
 * a wrong code (with a hint at the phone's clock from the second miss), a lockout with a live
 * countdown, or a registration that expired or was replaced.
 */
export class CodeConfirmation {
  /** The message under the input ('' when none). */
  error = '';
  /** Wrong codes for this registration. */
  misses = 0;
  /** Running while the backend refuses codes (429 + Retry-After); Verify re-enables at zero. */
  readonly lockout: Countdown;

  constructor(private readonly flow: EnrollmentFlow, private readonly requests: LatestRequest) {
    this.lockout = new Countdown(flow.host, () => {
      this.error = '';
      flow.announcer.announce(flow.t.canRetryNow);
    });
  }

  reset(): void {
    this.lockout.stop();
    this.error = '';
    this.misses = 0;
    const input = this.flow.refs.code.value;
    if (input) input.value = '';
  }

  /** Submits on the sixth digit, whether typed or pasted. */
  input(): void {
    if (!this.lockout.running && this.error) {
      this.error = '';
      this.flow.host.requestUpdate();
    }
    if (sixDigits(this.flow.refs.code.value?.value ?? '')) void this.submit();
  }

  /** Checks the code and, once accepted, moves on to the recovery codes. */
  async submit(event?: Event): Promise<void> {
    event?.preventDefault();
    const flow = this.flow;
    const enrollment = flow.enrollment;
    if (flow.state !== 'created' || flow.step !== 'confirm' || !enrollment || this.lockout.running) return;
    const totp_code = sixDigits(flow.refs.code.value?.value ?? '');
    if (!totp_code) return this.show(flow.t.codeFormat);
    if (Date.now() >= enrollment.expiresAt) return flow.end('expired');
    let session_duration_minutes: number;
    try {
      session_duration_minutes = parseSessionDurationMinutes(flow.host.sessionDurationMinutes);
    } catch (error) {
      return this.failed(asTotpApiError(error));
    }
    this.error = '';
    flow.setState('verifying');
    const outcome = await this.requests.run((signal) => enrollment.api.authenticate({ totp_code, session_duration_minutes }, { signal }));
    if (!outcome) return;
    if (!outcome.ok) {
      flow.setState('created');
      return this.failed(asTotpApiError(outcome.error));
    }
    flow.verified();
    flow.host.dispatchEvent(new TotpVerifiedEvent(outcome.value));
    flow.host.emitUser(outcome.value.user);
  }

  private failed(error: TotpApiError): void {
    const { flow } = this;
    const t = flow.t;
    flow.host.dispatchEvent(new TotpErrorEvent(error, 'authenticate'));
    if (error.error_type === 'totp_expired') return flow.end('expired');
    if (error.error_type === 'totp_not_found') return flow.end('replaced');
    if (error.status_code === 429) {
      this.lockout.start(Date.now() + (error.retry_after ?? 30) * 1000);
      return this.show(t.tooManyAttempts(flow.formatNumber(this.lockout.seconds)));
    }
    if (error.status_code === 401 || /code/.test(error.error_type)) {
      this.misses++;
      return this.show(this.misses >= 2 ? `${t.wrongCode} ${t.clockHint}` : t.wrongCode);
    }
    const problem = describeProblem(error, t, flow.host.apiBase);
    if (problem.configuration) warnDevelopers(error);
    this.show(problem.message);
  }

  private show(message: string): void {
    this.error = message;
    this.flow.host.requestUpdate();
    this.flow.announcer.announce(message);
    this.flow.focus.request(this.flow.refs.code);
    this.flow.refs.code.value?.select();
  }
}
