import type { TemplateResult } from 'lit';
import { TotpApiError } from '../../../api/errors.js';
import { parseSessionDurationMinutes } from '../../../api/params.js';
import { resolveTotpApi } from '../../../api/resolve.js';
import type { AuthenticateTotpResponse, RecoverTotpResponse, User } from '../../../api/types.js';
import { adoptMoreStyles } from '../../shared/adopt-styles.js';
import type { BasicCodeEntryOptions } from '../../shared/basic-code-entry.js';
import { CodeEntry } from '../../shared/code-entry.js';
import { continueOrHeading } from '../../shared/continue-slot.js';
import { queried } from '../../shared/focus-after-render.js';
import { TotpErrorEvent, type TotpStep } from '../../shared/events.js';
import { formatNumber } from '../../shared/format-number.js';
import { httpOptionsOf } from '../../shared/http-options.js';
import { warmTemplates } from '../../shared/warm-templates.js';
import type { LatestRequest } from '../../shared/latest-request.js';
import type { TotpElement } from '../../shared/totp-element.js';
import { asTotpApiError, describeProblem, warnDevelopers } from '../../shared/problems.js';
import { TotpAuthenticatedEvent, type TotpChallengeMethod } from '../events.js';
import type { TotpChallengeState } from '../state.js';
import type { FormStrings, TotpChallengeStrings } from '../strings.js';
import { challengeStrings } from './attempt-strings.js';
import { outcomeStyles } from './outcome.styles.js';
import { renderNotice, renderVerified, type SignInResult } from './outcome-views.js';

/** What an attempt needs from `<totp-challenge>`: the element, its request primitive and code field, and callbacks. */
export interface AttemptHost {
  /** Events fire from it; its settings are read when a check starts; its shadow root adopts the outcome's styles. */
  readonly element: TotpElement;
  readonly requests: LatestRequest;
  /** The form's code field, its focus and live region: the attempt's code entry takes them over. */
  readonly field: BasicCodeEntryOptions;
  /** The form's texts, with what the language and the page set for the rest (`formStringsFor`). */
  strings(): FormStrings;
  locale(): string;
  announce(text: string): void;
  emitUser(user: User | null): void;
  /** The sign-in is back at the form, or on a result screen (whose heading then takes focus). */
  moved(state: Exclude<TotpChallengeState, 'verifying'>): void;
}

/** One submitted code. */
export interface AttemptRequest {
  method: TotpChallengeMethod;
  /** The code, normalised (six digits, or a recovery code as Stytch compares it). */
  code: string;
}

/**
 * What happens once a code is submitted: Authenticate or Recover with the backend, then the
 * answer read — signed in, a wrong code or a lockout (the code entry's), no TOTP, a signed-out
 * session, or a problem worded for people — and the screens after. Its chunk loads with the API
 * clients from when the element connects.
 */
export class SignInAttempt {
  /** The form's code entry from now on: it also counts misses and runs the lockout. */
  readonly entry: CodeEntry;
  /** The accepted answer, for the success message (no token is rendered). */
  private result: SignInResult | null = null;
  /** The signed-in screen's heading. */
  private readonly heading;

  constructor(private readonly host: AttemptHost) {
    this.heading = queried(host.element, '#outcome-heading');
    this.entry = new CodeEntry(host.element, {
      ...host.field, strings: () => this.t, formatNumber: (value) => formatNumber(host.locale(), value),
    });
    adoptMoreStyles(host.element, outcomeStyles);
  }

  private get t(): TotpChallengeStrings {
    return challengeStrings(this.host.strings());
  }

  /**
   * Checks a code with the settings of now: a change while the request runs applies to the next one.
   * `early`: the fetch holding the request the form already sent for it (see early-check.ts).
   */
  async check({ method, code }: AttemptRequest, early?: typeof fetch): Promise<void> {
    const settings = this.host.element;
    const { client } = settings;
    const http = httpOptionsOf(settings);
    if (early) http.fetch = early;
    const step = method === 'totp' ? 'authenticate' : 'recover';
    let session_duration_minutes: number;
    try {
      session_duration_minutes = parseSessionDurationMinutes(settings.sessionDurationMinutes);
    } catch (error) {
      this.host.moved('ready');
      return this.failed(asTotpApiError(error), method, step);
    }
    const checking = this.host.requests.run(async (signal) => {
      const api = resolveTotpApi(client, http);
      if (method === 'totp') return api.authenticate({ totp_code: code, session_duration_minutes }, { signal });
      if (typeof api.recover !== 'function') {
        throw new TotpApiError({ status_code: 0, error_type: 'invalid_argument', error_message: 'client has no recover(): recovery codes need it.' });
      }
      return api.recover({ recovery_code: code, session_duration_minutes }, { signal });
    });
    // While the check is on the network: the signed-in screen, ready to fill (see warmTemplates).
    warmTemplates('totp-challenge outcome', () => [this.render('verified')]);
    const outcome = await checking;
    if (!outcome) return;
    if (!outcome.ok) {
      this.host.moved('ready');
      return this.failed(asTotpApiError(outcome.error), method, step);
    }
    this.succeeded(outcome.value, method);
  }

  /** The screen after the form: signed in, no TOTP, or signed out. */
  render(state: TotpChallengeState): TemplateResult {
    const { t } = this;
    if (state === 'verified') return renderVerified({ t, result: this.result, formatNumber: (value) => formatNumber(this.host.locale(), value) });
    return state === 'not-enrolled' ? renderNotice(t.notEnrolledHeading, t.notEnrolledHelp) : renderNotice(t.sessionExpiredHeading, t.sessionExpiredHelp);
  }

  reset(): void {
    this.result = null;
  }

  private succeeded(response: AuthenticateTotpResponse | RecoverTotpResponse, method: TotpChallengeMethod): void {
    const { host } = this;
    this.entry.reset();
    const remaining = method === 'recovery_code' ? (response as RecoverTotpResponse).recovery_codes_remaining : undefined;
    this.result = { method, remaining };
    host.moved('verified');
    // The way on: the page's Continue in the slot, else the success heading (the live region says it once).
    host.field.focus.request(continueOrHeading(host.element, this.heading));
    const { t } = this;
    host.announce(method === 'totp' ? t.signedIn
      : [t.signedInWithRecovery, remaining === undefined ? '' : t.codesRemaining(formatNumber(host.locale(), remaining), remaining), t.setUpAgain].filter(Boolean).join(' '));
    const detail = method === 'totp' ? { ...response, method } : { ...(response as RecoverTotpResponse), method };
    host.element.dispatchEvent(new TotpAuthenticatedEvent(detail as ConstructorParameters<typeof TotpAuthenticatedEvent>[0]));
    host.emitUser(response.user);
  }

  private failed(error: TotpApiError, method: TotpChallengeMethod, step: TotpStep): void {
    if (error.aborted) return;
    const { host, t } = this;
    host.element.dispatchEvent(new TotpErrorEvent(error, step));
    const failure = this.entry.refused(error, method, method === 'recovery_code' ? t.wrongRecoveryCode : undefined);
    if (failure === 'not-enrolled' || failure === 'signed-out') {
      this.entry.clear();
      host.moved(failure);
      host.announce(failure === 'not-enrolled' ? t.notEnrolledHeading : t.sessionExpiredHeading);
    } else if (failure === 'other') {
      const problem = describeProblem(error, t, host.element.apiBase);
      if (problem.configuration) warnDevelopers(error, 'totp-challenge');
      this.entry.show(problem.message);
    }
  }
}
