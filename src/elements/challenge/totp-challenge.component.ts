import type { PropertyValues, TemplateResult } from 'lit';
import { createRef } from 'lit/directives/ref.js';
import { TotpApiError } from '../../api/errors.js';
import { parseSessionDurationMinutes } from '../../api/params.js';
import type { AuthenticateTotpResponse, RecoverTotpResponse, TotpApi, User } from '../../api/types.js';
import { subscribeToUserChanges } from '../../api/user-changes.js';
import { Announcer } from '../shared/announcer.js';
import { loadApiModule, loadApiModuleQuietly, preloadApiWhenIdle } from './attempt-module.js';
import { TotpAuthenticatedEvent, type TotpChallengeMethod } from './events.js';
import { recoveryCodeOf } from './recovery-code.js';
import { classifyFailure } from '../shared/code-failure.js';
import { TotpChallengeSettings } from '../shared/totp-element.js';
import { challengeStringsFor, type TotpChallengeStrings } from './strings.js';
import { renderChallenge } from './form-view.js';
import { sixDigits } from '../shared/six-digits.js';
import { Countdown } from '../shared/countdown.js';
import { defineOnce } from '../shared/define.js';
import { TotpErrorEvent, UserChangeEvent } from '../enroll/events.js';
import { FocusAfterRender } from '../shared/focus-after-render.js';
import { LatestRequest } from '../shared/latest-request.js';
import { asTotpApiError, describeProblem, warnDevelopers } from '../shared/problems.js';
import { localeOf } from '../i18n/registry.js';
import { styles } from '../shared/tokens.styles.js';
import { challengeStyles } from './styles.js';

/**
 * Where `<totp-challenge>` is: `ready` (waiting for a code), `verifying`, `verified` (signed in),
 * `not-enrolled` (the user has no TOTP: offer `<totp-enroll>`), `signed-out` (the session expired).
 */
export type TotpChallengeState = 'ready' | 'verifying' | 'verified' | 'not-enrolled' | 'signed-out';

/**
 * The sign-in half of TOTP two-factor authentication: asks the signed-in user (first factor done)
 * for the 6-digit code from their authenticator app — or one of their recovery codes — and
 * completes the session's second factor with Stytch's Authenticate or Recover.
 *
 * @summary The second step of a sign-in: a code from the authenticator app, or a recovery code.
 * @tagname totp-challenge
 *
 * @fires {TotpAuthenticatedEvent} totp-authenticated - The code was accepted. `detail`: the Authenticate or Recover response (`session_token`, `session_jwt`, `session`, `user`, `totp_id`, …; after a recovery `recovery_codes_remaining` when the backend says) and `method` (`'totp'` or `'recovery_code'`).
 * @fires {UserChangeEvent} user-change - The user changed. `detail.user`: the user, or `null` after logout.
 * @fires {TotpErrorEvent} totp-error - A sign-in attempt failed. `detail.error`: a `TotpApiError` (`totp_not_found`: no TOTP enrolled, route the user to `<totp-enroll>`; `unauthorized_credentials`/`session_not_found`: sign in again; 429 with `retry_after`: locked out); `detail.step`: `'authenticate'` or `'recover'`.
 *
 * @slot heading - Replaces the heading ("Two-factor authentication").
 *
 * @csspart card - The outer box.
 * @csspart code-input - The six-digit code input.
 * @csspart recovery-input - The recovery code input.
 * @csspart submit - The Verify button.
 * @csspart method-button - "Use a recovery code instead" / "Use your authenticator app instead".
 * @csspart error - An error message (and the not-enrolled and signed-out notices).
 * @csspart status - The success message.
 *
 * @cssprop --totp-enroll-background - Card background (the properties are shared with `<totp-enroll>`).
 * @cssprop --totp-enroll-surface - Surface colour.
 * @cssprop --totp-enroll-text - Text colour.
 * @cssprop --totp-enroll-muted - Secondary text colour.
 * @cssprop --totp-enroll-border - Border colour.
 * @cssprop --totp-enroll-accent - Primary button, links and focus ring.
 * @cssprop --totp-enroll-on-accent - Text on the accent colour.
 * @cssprop --totp-enroll-danger - Error colour.
 * @cssprop --totp-enroll-success - Success colour.
 * @cssprop --totp-enroll-focus-ring - Focus outline colour.
 * @cssprop --totp-enroll-radius - Corner radius of the card.
 * @cssprop --totp-enroll-spacing - Base spacing.
 * @cssprop --totp-enroll-font - Font family.
 * @cssprop --totp-enroll-font-mono - Font family of the inputs.
 * @cssprop --totp-enroll-max-width - Largest width of the element.
 */
export class TotpChallenge extends TotpChallengeSettings {
  static override styles = [styles, challengeStyles];

  /** @internal */ phase: TotpChallengeState = 'ready';
  /** @internal Which field is shown: the app's code or a recovery code. */
  method: TotpChallengeMethod = 'totp';
  /** @internal The message under the input ('' when none). */
  error = '';
  /** @internal The accepted answer, for the success message (no token is rendered). */
  result: { method: TotpChallengeMethod; remaining: number | undefined } | null = null;

  /** @internal Nodes the view renders and the element reaches. */
  readonly refs = { heading: createRef<HTMLElement>(), input: createRef<HTMLInputElement>() };
  /** @internal */ readonly announcer = new Announcer(this);
  /** @internal Running while the backend refuses codes (429 + Retry-After); Verify re-enables at zero. */
  readonly lockout = new Countdown(this, () => {
    this.error = '';
    this.announcer.announce(this.t.canRetryNow);
  });
  private readonly focusAfterRender = new FocusAfterRender(this);
  private readonly requests = new LatestRequest();
  private misses = 0;
  private unsubscribeUser: (() => void) | null = null;
  private lastUser: string | undefined;

  /** Where the sign-in is: `ready`, `verifying`, `verified`, `not-enrolled` or `signed-out`. */
  get state(): TotpChallengeState {
    return this.phase;
  }

  /** @internal */
  get locale(): string {
    return localeOf(this);
  }

  /** @internal */
  get t(): TotpChallengeStrings {
    return challengeStringsFor(this.locale, this.strings);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.subscribeToUser();
    preloadApiWhenIdle();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribeUser?.();
    this.unsubscribeUser = null;
    // A detached element makes no further request or event, and keeps no typed code.
    this.reset();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('client') && this.isConnected) this.subscribeToUser();
  }

  protected override updated(): void {
    // Reflected for the host page's styles: `totp-challenge[state='verified']`, `[method='recovery_code']`.
    this.setAttribute('state', this.phase);
    this.setAttribute('method', this.method);
  }

  /** Back to an empty code field: cancels a request in flight and forgets what was typed. */
  reset(): void {
    this.requests.abort();
    this.lockout.stop();
    this.misses = 0;
    this.error = '';
    this.result = null;
    this.phase = 'ready';
    this.method = 'totp';
    this.clearInput();
    this.announcer.clear();
    this.requestUpdate();
  }

  /** Shows the recovery-code field (`'recovery_code'`) or the app's code field (`'totp'`). */
  useMethod(method: TotpChallengeMethod): void {
    if (this.phase !== 'ready' || method === this.method) return;
    this.method = method;
    this.error = this.lockout.running ? this.error : '';
    this.misses = 0;
    this.clearInput();
    this.requestUpdate();
    this.focusAfterRender.request(this.refs.input);
    this.announcer.announce(method === 'recovery_code' ? this.t.recoveryLabel : this.t.codeLabel);
  }

  /** @internal Submits the app's code on its sixth digit, typed or pasted. */
  input(): void {
    loadApiModuleQuietly();
    if (!this.lockout.running && this.error) {
      this.error = '';
      this.requestUpdate();
    }
    if (this.method === 'totp' && sixDigits(this.refs.input.value?.value ?? '')) void this.submit();
  }

  /** Checks what is in the field with the backend: Authenticate for a code, Recover for a recovery code. */
  async submit(event?: Event): Promise<void> {
    event?.preventDefault();
    if (this.phase !== 'ready' || this.lockout.running || !this.isConnected) return;
    const method = this.method;
    const t = this.t;
    const raw = this.refs.input.value?.value ?? '';
    const code = method === 'totp' ? sixDigits(raw) : recoveryCodeOf(raw);
    if (!code) return this.show(method === 'totp' ? t.codeFormat : t.recoveryFormat);
    const step = method === 'totp' ? 'authenticate' : 'recover';
    let session_duration_minutes: number;
    try {
      session_duration_minutes = parseSessionDurationMinutes(this.sessionDurationMinutes);
    } catch (error) {
      return this.failed(asTotpApiError(error), method);
    }
    // Read now: a change while the request runs applies to the next one.
    const client = this.client;
    const httpOptions = this.httpOptions();
    this.error = '';
    this.phase = 'verifying';
    this.requestUpdate();
    const outcome = await this.requests.run(async (signal) => {
      let api: TotpApi;
      try {
        api = (await loadApiModule()).resolveTotpApi(client, httpOptions);
      } catch (error) {
        throw error instanceof TypeError && /client/.test(error.message) ? error : loadFailed(error);
      }
      if (method === 'totp') return api.authenticate({ totp_code: code, session_duration_minutes }, { signal });
      if (typeof api.recover !== 'function') {
        throw new TotpApiError({ status_code: 0, error_type: 'invalid_argument', error_message: 'client has no recover(): recovery codes need it.' });
      }
      return api.recover({ recovery_code: code, session_duration_minutes }, { signal });
    });
    if (!outcome) return;
    if (!outcome.ok) {
      this.phase = 'ready';
      return this.failed(asTotpApiError(outcome.error), method, step);
    }
    this.succeeded(outcome.value, method);
  }

  /** @internal Fires user-change once per distinct user, however many sources report it. */
  emitUser(user: User | null): void {
    const key = JSON.stringify(user);
    if (key === this.lastUser || !this.isConnected) return;
    this.lastUser = key;
    this.dispatchEvent(new UserChangeEvent(user));
  }

  /** @internal */
  formatNumber(value: number): string {
    return new Intl.NumberFormat(this.locale).format(value);
  }

  protected override render(): TemplateResult {
    return renderChallenge(this);
  }

  private succeeded(response: AuthenticateTotpResponse | RecoverTotpResponse, method: TotpChallengeMethod): void {
    this.clearInput();
    this.lockout.stop();
    const remaining = method === 'recovery_code' ? (response as RecoverTotpResponse).recovery_codes_remaining : undefined;
    this.result = { method, remaining };
    this.phase = 'verified';
    this.requestUpdate();
    this.focusAfterRender.request(this.refs.heading);
    const t = this.t;
    this.announcer.announce(method === 'totp' ? t.signedIn
      : [t.signedInWithRecovery, remaining === undefined ? '' : t.codesRemaining(this.formatNumber(remaining), remaining), t.setUpAgain].filter(Boolean).join(' '));
    const detail = method === 'totp' ? { ...response, method } : { ...(response as RecoverTotpResponse), method };
    this.dispatchEvent(new TotpAuthenticatedEvent(detail as ConstructorParameters<typeof TotpAuthenticatedEvent>[0]));
    this.emitUser(response.user);
  }

  private failed(error: TotpApiError, method: TotpChallengeMethod, step: 'authenticate' | 'recover' = method === 'totp' ? 'authenticate' : 'recover'): void {
    if (error.aborted) return;
    const t = this.t;
    this.dispatchEvent(new TotpErrorEvent(error, step));
    switch (classifyFailure(error, method)) {
      case 'not-enrolled':
      case 'signed-out':
        this.clearInput();
        this.phase = error.error_type === 'totp_not_found' ? 'not-enrolled' : 'signed-out';
        this.requestUpdate();
        this.focusAfterRender.request(this.refs.heading);
        this.announcer.announce(this.phase === 'not-enrolled' ? t.notEnrolledHeading : t.sessionExpiredHeading);
        return;
      case 'locked':
        this.lockout.start(Date.now() + (error.retry_after ?? 30) * 1000);
        return this.show(t.tooManyAttempts(this.formatNumber(this.lockout.seconds)));
      case 'wrong':
        this.misses++;
        if (method === 'recovery_code') return this.show(t.wrongRecoveryCode);
        return this.show(this.misses >= 2 ? `${t.wrongCode} ${t.clockHint}` : t.wrongCode);
      default: {
        const problem = describeProblem(error, t, this.apiBase);
        if (problem.configuration || error.error_type === 'load_failed') warnDevelopers(error, 'totp-challenge');
        this.show(error.error_type === 'load_failed' ? t.loadFailed : problem.message);
      }
    }
  }

  private show(message: string): void {
    this.error = message;
    this.requestUpdate();
    this.announcer.announce(message);
    this.focusAfterRender.request(this.refs.input);
    this.refs.input.value?.select();
  }

  private clearInput(): void {
    const input = this.refs.input.value;
    if (input) input.value = '';
  }

  private subscribeToUser(): void {
    this.unsubscribeUser?.();
    this.unsubscribeUser = subscribeToUserChanges(this.client, (user) => this.emitUser(user));
  }
}

function loadFailed(cause: unknown): TotpApiError {
  return new TotpApiError({ status_code: 0, error_type: 'load_failed', error_message: String(cause) }, { cause });
}

// Not `@customElement`: a second copy of the package on the page must not throw (define.ts).
defineOnce('totp-challenge', TotpChallenge);

declare global {
  interface HTMLElementTagNameMap {
    'totp-challenge': TotpChallenge;
  }
}
