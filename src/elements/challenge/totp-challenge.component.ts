import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { TotpApiError } from '../../api/errors.js';
import { Announcer } from '../shared/announcer.js';
import { BasicCodeEntry, type BasicCodeEntryOptions } from '../shared/basic-code-entry.js';
import { codeFieldOf } from '../shared/code-field.js';
import { TotpErrorEvent } from '../shared/events.js';
import { FocusAfterRender, queried } from '../shared/focus-after-render.js';
import { LatestRequest } from '../shared/latest-request.js';
import { sixDigits } from '../shared/six-digits.js';
import { tokenStyles } from '../shared/tokens.styles.js';
import { TotpElement } from '../shared/totp-element.js';
import type { SignInAttempt } from './attempt/sign-in-attempt.js';
import { attemptModule } from './attempt-module.js';
import { startEarlyCheck } from './early-check.js';
import type { TotpChallengeMethod } from './events.js';
import { renderForm } from './form-view.js';
import type { TotpChallengeState } from './state.js';
import { recoveryCodeOf } from '../shared/recovery-code.js';
import { formStringsFor, type FormStrings, type TotpChallengeStrings } from './strings.js';
import { challengeStyles } from './styles.js';

/**
 * The sign-in half of TOTP two-factor authentication: asks the signed-in user (first factor done)
 * for the 6-digit code from their authenticator app — or one of their recovery codes — and
 * completes the session's second factor with Stytch's Authenticate or Recover.
 *
 * @summary The second step of a sign-in: a code from the authenticator app, or a recovery code.
 * @tagname totp-challenge
 *
 * @fires {TotpAuthenticatedEvent} totp-authenticated - The sign-in's ending, fired once: the code was accepted and "You're signed in" shows (focus on the `continue` slot's action, else on its heading). Route on it, or put your own Continue in the `continue` slot. `detail`: the Authenticate or Recover response (`session_token`, `session_jwt`, `session`, `user`, `totp_id`, …; after a recovery `recovery_codes_remaining` when the backend says) and `method` (`'totp'` or `'recovery_code'`).
 * @fires {UserChangeEvent} user-change - The user changed. `detail.user`: the user, or `null` after logout.
 * @fires {TotpErrorEvent} totp-error - A sign-in attempt failed. `detail.error`: a `TotpApiError` (`totp_not_found`: no TOTP enrolled, route the user to `<totp-enroll>`; `unauthorized_credentials`/`session_not_found`: sign in again; 429 with `retry_after`: locked out); `detail.step`: `'authenticate'` or `'recover'`.
 *
 * @slot heading - Replaces the heading ("Two-factor authentication").
 * @slot continue - Your page's way on (a Continue button or link: `<a slot="continue" href="/">Continue</a>`), shown under "You're signed in" only and focused then; hidden until then. The same slot as `<totp-enroll>`'s.
 *
 * @csspart card - The outer box.
 * @csspart code-input - The six-digit code input.
 * @csspart recovery-input - The recovery code input.
 * @csspart submit - The Verify button.
 * @csspart method-button - "Use a recovery code instead" / "Use your authenticator app instead".
 * @csspart error - An error message (and the not-enrolled and signed-out notices).
 * @csspart status - The success message and its heading.
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
export class TotpChallenge extends TotpElement {
  static override styles = [tokenStyles, challengeStyles];
  // `attribute: false` spelled out on the internal state, so the manifest does not list it as attributes.
  static override properties: PropertyDeclarations = {
    strings: { attribute: false }, phase: { state: true, attribute: false }, kind: { state: true, attribute: false },
  };

  /** Overrides for any of the element's texts (see `TotpChallengeStrings`). */
  strings: Partial<TotpChallengeStrings> = {};

  private phase: TotpChallengeState = 'ready';
  /** Which field is shown: the app's code or a recovery code. */
  private kind: TotpChallengeMethod = 'totp';
  /** Checking a code and the screens after it, loaded from when the element connects. */
  #attempt: SignInAttempt | null = null;
  readonly #requests = new LatestRequest(this);
  readonly #announcer = new Announcer(this);
  readonly #focusAfterRender = new FocusAfterRender(this);
  readonly #heading = queried(this, '#heading');
  readonly #field: BasicCodeEntryOptions = {
    field: codeFieldOf(this), focus: this.#focusAfterRender, announce: (text) => this.#announcer.announce(text),
  };
  /** The form's; the attempt's `CodeEntry`, which also reads refused codes, takes over once it loads. */
  #entry = new BasicCodeEntry(this, this.#field);

  /** Where the sign-in is: `ready`, `verifying`, `verified`, `not-enrolled` or `signed-out`. */
  get state(): TotpChallengeState {
    return this.phase;
  }

  /** Which code the field takes: `totp` (the app's) or `recovery_code`; reflected as the `method` attribute. */
  get method(): TotpChallengeMethod {
    return this.kind;
  }

  /** The form's texts (and what the language and the page set for the attempt's). */
  get #t(): FormStrings {
    return formStringsFor(this.locale, this.strings);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Every visit types a code: the check's chunk loads now, not at the first keystroke or when idle,
    // so a code a password manager fills in at load waits for less of it (see attempt-module.ts).
    attemptModule.loadQuietly();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A detached element makes no further request or event, and keeps no typed code.
    this.reset();
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Reflected for the host page's styles: `totp-challenge[state='verified']`, `[method='recovery_code']`.
    super.updated(changed);
    this.setAttribute('method', this.kind);
  }

  /** Back to an empty code field: cancels a request in flight and forgets what was typed. */
  reset(): void {
    this.#requests.abort();
    this.#entry.reset();
    this.#attempt?.reset();
    this.phase = 'ready';
    this.kind = 'totp';
    this.#announcer.clear();
  }

  /** Shows the recovery-code field (`'recovery_code'`) or the app's code field (`'totp'`). */
  useMethod(method: TotpChallengeMethod): void {
    if (this.phase !== 'ready' || method === this.kind) return;
    this.kind = method;
    this.#entry.switched();
    this.#focusAfterRender.request(this.#entry.field);
    this.#announcer.announce(method === 'recovery_code' ? this.#t.recoveryLabel : this.#t.codeLabel);
  }

  protected override render(): TemplateResult {
    const t = this.#t;
    const phase = this.phase;
    const busy = phase === 'verifying';
    const onForm = phase === 'ready' || busy || !this.#attempt;
    return html`
      <section class="card" part="card" dir=${t.dir ?? nothing} aria-labelledby="heading" aria-busy=${busy ? 'true' : 'false'}>
        <h2 id="heading" tabindex="-1"><slot name="heading">${t.heading}</slot></h2>
        ${onForm ? renderForm({
          t, method: this.kind, message: this.#entry.message, busy, locked: this.#entry.locked,
          submit: (event) => void this.#submit(event), input: () => this.#input(),
          switchMethod: () => this.useMethod(this.kind === 'totp' ? 'recovery_code' : 'totp'),
        }) : this.#attempt!.render(phase)}
        <div class="visually-hidden" role="status" aria-live="polite">${this.#announcer.text}</div>
      </section>
    `;
  }

  /** Submits the app's code on its sixth digit, typed or pasted. */
  #input(): void {
    attemptModule.loadQuietly();
    this.#entry.input();
    if (this.kind === 'totp' && sixDigits(this.#entry.value)) void this.#submit();
  }

  /** Checks what is in the field with the backend: Authenticate for a code, Recover for a recovery code. */
  async #submit(event?: Event): Promise<void> {
    event?.preventDefault();
    if (this.phase !== 'ready' || this.#entry.locked || !this.isConnected) return;
    const method = this.kind;
    const t = this.#t;
    const code = method === 'totp' ? sixDigits(this.#entry.value) : recoveryCodeOf(this.#entry.value);
    if (!code) return this.#entry.show(method === 'totp' ? t.codeFormat : t.recoveryFormat);
    const request = { method, code };
    this.#entry.checking();
    this.phase = 'verifying';
    // The request leaves now, whether or not the check's chunk has arrived (see early-check.ts).
    let early: typeof fetch | undefined;
    const loaded = await this.#requests.run((signal) => {
      early = startEarlyCheck(this, request, signal);
      return attemptModule.load();
    });
    if (!loaded) return;
    if (!loaded.ok) {
      this.phase = 'ready';
      const error = new TotpApiError({ status_code: 0, error_type: 'load_failed', error_message: String(loaded.error) }, { cause: loaded.error });
      this.dispatchEvent(new TotpErrorEvent(error, method === 'totp' ? 'authenticate' : 'recover'));
      console.warn(`<totp-challenge>: load_failed: ${error.error_message}`);
      return this.#entry.show(t.loadFailed);
    }
    this.#attempt ??= new loaded.value.SignInAttempt({
      element: this, requests: this.#requests, field: this.#field, strings: () => this.#t, locale: () => this.locale,
      announce: this.#field.announce, emitUser: (user) => this.emitUser(user),
      moved: (phase) => {
        this.phase = phase;
        if (phase !== 'ready') this.#focusAfterRender.request(this.#heading);
      },
    });
    this.#entry = this.#attempt.entry;
    await this.#attempt.check(request, early);
  }
}
