import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { TotpApiError } from '../api/errors.js';
import type { HttpTotpApiOptions } from '../api/http-client.js';
import { EXPIRATION_MINUTES, SESSION_DURATION_MINUTES, parseExpirationMinutes, parseSessionDurationMinutes } from '../api/params.js';
import { resolveTotpApi } from '../api/resolve.js';
import type { StytchClientLike } from '../api/stytch-client.js';
import type { AuthenticateTotpResponse, CreateTotpResponse, TotpApi, User } from '../api/types.js';
import { copyText, selectText } from './clipboard.js';
import { downloadText } from './download.js';
import { TotpCreatedEvent, TotpErrorEvent, TotpVerifiedEvent, UserChangeEvent, type TotpStep } from './events.js';
import { checkIcon, clockIcon, copyIcon, errorIcon } from './icons.js';
import { stringsFor, type TotpEnrollStrings } from './messages.js';
import { drawQrCode, otpauthUri, qrCodeDataUrl } from './otpauth-uri.js';
import { styles } from './totp-enroll.styles.js';

/** Where the element is in the enrollment flow. */
export type TotpEnrollState = 'idle' | 'creating' | 'created' | 'verifying' | 'verified' | 'expired' | 'error';

/** What the user is shown in a state that holds a live registration. */
interface Enrollment {
  created: CreateTotpResponse;
  /** Epoch ms after which the unverified registration is unusable. */
  expiresAt: number;
  /** The QR image: the backend's, or one drawn here when the backend sent none. */
  qrSrc: string;
  /** The QR code drawn on a canvas instead (`qr-canvas`): no `data:` image at all. */
  qrCanvas: HTMLCanvasElement | null;
  otpauthUri: string;
  /** The backend that created the registration: its code is confirmed there, whatever changed since. */
  api: TotpApi;
}

const CODE_PATTERN = /^\d{6}$/;

/**
 * Enrolls the signed-in user in authenticator-app (TOTP) two-factor authentication:
 * creates a TOTP registration, shows its QR code, setup key and recovery codes, and
 * confirms the first code.
 *
 * @summary Authenticator-app (TOTP) enrollment in one tag.
 *
 * @fires {TotpCreatedEvent} totp-created - A registration was created. `detail`: the Create response (`request_id`, `status_code`, `secret`, `totp_id`, `qr_code`, `recovery_codes`, `user_id`, `user`).
 * @fires {UserChangeEvent} user-change - The user changed. `detail.user`: the user, or `null` after logout.
 * @fires {TotpVerifiedEvent} totp-verified - The first code was accepted. `detail`: the Authenticate response.
 * @fires {TotpErrorEvent} totp-error - A step failed. `detail.error`: a `TotpApiError`; `detail.step`: `'create'` or `'authenticate'`.
 *
 * @slot heading - Replaces the heading ("Two-factor authentication").
 * @slot description - Replaces the text under the heading, shown before setup starts.
 *
 * @csspart card - The outer box.
 * @csspart start-button - The "Set up authenticator app" button.
 * @csspart qr - The QR code's white frame; `qr-image` is the image in it.
 * @csspart qr-image - The QR code image (a `<canvas>` with `qr-canvas`).
 * @csspart secret - The setup key.
 * @csspart copy-button - Every copy button (`copy-secret`, `copy-code`, `copy-all` name each kind).
 * @csspart open-in-app - The otpauth:// link shown on touch devices.
 * @csspart recovery-codes - The list of recovery codes.
 * @csspart download-button - The "Download .txt" button.
 * @csspart code-input - The six-digit code input.
 * @csspart submit - The Verify button.
 * @csspart error - An error message.
 * @csspart status - The expiry notice and the success message.
 *
 * @cssprop --totp-enroll-background - Card background.
 * @cssprop --totp-enroll-surface - Background of the setup key and recovery codes.
 * @cssprop --totp-enroll-text - Text colour.
 * @cssprop --totp-enroll-muted - Secondary text colour.
 * @cssprop --totp-enroll-border - Border colour.
 * @cssprop --totp-enroll-accent - Primary buttons, step numbers and focus ring.
 * @cssprop --totp-enroll-on-accent - Text on the accent colour.
 * @cssprop --totp-enroll-danger - Error colour.
 * @cssprop --totp-enroll-success - Success colour.
 * @cssprop --totp-enroll-focus-ring - Focus outline colour.
 * @cssprop --totp-enroll-radius - Corner radius of the card (controls scale from it).
 * @cssprop --totp-enroll-spacing - Base spacing.
 * @cssprop --totp-enroll-font - Font family.
 * @cssprop --totp-enroll-font-mono - Font family of the setup key and codes.
 * @cssprop --totp-enroll-max-width - Largest width of the element.
 */
@customElement('totp-enroll')
export class TotpEnroll extends LitElement {
  static override styles = styles;
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: false };

  @query('#code') private codeInput?: HTMLInputElement;
  @query('.secret') private secretNode?: HTMLElement;
  @query('.codes') private codesNode?: HTMLElement;

  /** Minutes before an unverified registration expires: a whole number from 5 to 1440. */
  @property({ attribute: 'expiration-minutes' }) expirationMinutes: number | string = EXPIRATION_MINUTES.default;

  /** Lifetime of the session started by a verified code, in minutes (5 to 527040). */
  @property({ attribute: 'session-duration-minutes' }) sessionDurationMinutes: number | string = SESSION_DURATION_MINUTES.default;

  /** Base URL of a server speaking Stytch's SDK REST protocol. Default: this page's origin. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** A Stytch public token, sent as the Stytch SDK sends it. Without it, cookies carry the session. */
  @property({ attribute: 'public-token' }) publicToken = '';

  /** Give up waiting for the server after this many milliseconds (HTTP backend only). */
  @property({ attribute: 'timeout-ms', type: Number }) timeoutMs = 15_000;

  /** Issuer shown in authenticator apps when the element draws the QR code itself. Default: the page's host name. */
  @property() issuer = '';

  /** Account name shown in authenticator apps when the element draws the QR code. Default: the user's email. */
  @property({ attribute: 'account-name' }) accountName = '';

  /** Start setting up as soon as the element is connected, instead of waiting for the button. */
  @property({ type: Boolean }) autostart = false;

  /**
   * Draw the QR code on a `<canvas>` from the secret and ignore the backend's `data:` image:
   * for pages whose Content-Security-Policy has no `img-src data:`.
   */
  @property({ type: Boolean, attribute: 'qr-canvas' }) qrCanvas = false;

  /**
   * The backend: a Stytch SDK client (`@stytch/vanilla-js`), or any object implementing
   * `TotpApi`. When unset, the element uses Stytch's SDK REST protocol at `api-base`.
   */
  @property({ attribute: false }) client: TotpApi | StytchClientLike | null = null;

  /** Overrides for any of the element's texts (see `TotpEnrollStrings`). */
  @property({ attribute: false }) strings: Partial<TotpEnrollStrings> = {};

  @state() private _state: TotpEnrollState = 'idle';
  @state() private enrollment: Enrollment | null = null;
  @state() private error: { error: TotpApiError; step: TotpStep } | null = null;
  @state() private codeError = '';
  @state() private announcement = '';
  @state() private now = Date.now();
  @state() private retryAt = 0;

  /** Aborts whatever request is in flight; replaced for each step. */
  private inFlight: AbortController | null = null;
  private ticker: ReturnType<typeof setInterval> | undefined;
  private unsubscribeUser: (() => void) | null = null;
  private lastUser: string | undefined;
  private focusAfterRender: string | null = null;

  /** Where the flow is: `idle`, `creating`, `created`, `verifying`, `verified`, `expired` or `error`. */
  get state(): TotpEnrollState {
    return this._state;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.subscribeToUser();
    if (this.autostart && this._state === 'idle') void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribeUser?.();
    this.unsubscribeUser = null;
    // A detached element keeps no secret and makes no further request or event.
    this.reset();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('client') && this.isConnected) this.subscribeToUser();
  }

  protected override updated(): void {
    if (this.focusAfterRender) {
      this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender)?.focus();
      this.focusAfterRender = null;
    }
  }

  /**
   * Creates a TOTP registration and shows it. Does nothing while one is being created or
   * verified, or while the element is not in a document. Invalid `expiration-minutes` or
   * `session-duration-minutes` lead to the error state without a request.
   *
   * A setup runs with the settings it started with: changing `expiration-minutes`,
   * `api-base`, `public-token`, `timeout-ms` or `client` meanwhile neither cancels the
   * request in flight nor moves the pending registration (its code is confirmed with the
   * backend that created it); the change applies to the next start. Only
   * `session-duration-minutes` is read when the code is submitted, as it belongs to that request.
   */
  async start(): Promise<void> {
    if (this._state === 'creating' || this._state === 'verifying' || !this.isConnected) return;
    this.abortInFlight();
    this.clearSecrets();
    let expiration_minutes: number;
    let api: TotpApi;
    try {
      expiration_minutes = parseExpirationMinutes(this.expirationMinutes);
      parseSessionDurationMinutes(this.sessionDurationMinutes);
      api = this.api();
    } catch (error) {
      this.fail(asTotpApiError(error), 'create');
      return;
    }
    const controller = new AbortController();
    this.inFlight = controller;
    this._state = 'creating';
    this.error = null;
    const startedAt = Date.now();
    let created: CreateTotpResponse;
    try {
      created = await api.create({ expiration_minutes }, { signal: controller.signal });
    } catch (error) {
      if (controller.signal.aborted) return;
      this.inFlight = null;
      this.fail(asTotpApiError(error), 'create');
      return;
    }
    if (controller.signal.aborted) return;
    const accountName = this.accountName || emailOf(created.user) || created.user_id;
    const uri = otpauthUri({ secret: created.secret, issuer: this.issuer || location.hostname, accountName });
    let qrSrc = this.qrCanvas ? '' : created.qr_code;
    let qrCanvas: HTMLCanvasElement | null = null;
    if (!qrSrc) {
      try {
        if (this.qrCanvas) qrCanvas = await drawQrCode(uri, this.t.qrAlt);
        else qrSrc = await qrCodeDataUrl(uri);
      } catch (error) {
        if (controller.signal.aborted) return;
        this.inFlight = null;
        this.fail(asTotpApiError(error), 'create');
        return;
      }
      if (controller.signal.aborted) return;
    }
    this.inFlight = null;
    // Count the lifetime from when the request left: the backend's clock started no earlier.
    this.enrollment = { created, expiresAt: startedAt + expiration_minutes * 60_000, qrSrc, qrCanvas, otpauthUri: uri, api };
    this._state = 'created';
    this.now = Date.now();
    this.startTicker();
    this.moveFocusAfterRender('#created-heading');
    this.announce(this.t.created);
    this.dispatchEvent(new TotpCreatedEvent(created));
    this.emitUser(created.user);
  }

  /** Cancels any request, forgets the registration's secrets and returns to the start. */
  reset(): void {
    this.abortInFlight();
    this.clearSecrets();
    this.error = null;
    this._state = 'idle';
  }

  private get t(): TotpEnrollStrings {
    return { ...stringsFor(this.locale), ...this.strings };
  }

  /** The language of the nearest `lang` attribute: it picks the texts and the Intl formats. */
  private get locale(): string {
    return this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
  }

  private api(): TotpApi {
    const http: HttpTotpApiOptions = { timeoutMs: this.timeoutMs };
    if (this.apiBase) http.baseUrl = new URL(this.apiBase, location.href).href;
    if (this.publicToken) http.publicToken = this.publicToken;
    return resolveTotpApi(this.client, http);
  }

  private subscribeToUser(): void {
    this.unsubscribeUser?.();
    this.unsubscribeUser = null;
    let api: TotpApi;
    try {
      api = this.api();
    } catch {
      return; // reported when a step runs
    }
    this.unsubscribeUser = api.onUserChange?.((user) => this.emitUser(user)) ?? null;
  }

  /** Fires user-change once per distinct user, however many sources report it. */
  private emitUser(user: User | null): void {
    const key = JSON.stringify(user);
    if (key === this.lastUser || !this.isConnected) return;
    this.lastUser = key;
    this.dispatchEvent(new UserChangeEvent(user));
  }

  private async submitCode(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this._state !== 'created' || !this.enrollment) return;
    const totp_code = (this.codeInput?.value ?? '').replace(/\s+/g, '');
    if (!CODE_PATTERN.test(totp_code)) {
      this.codeError = this.t.codeFormat;
      this.moveFocusAfterRender('#code');
      return;
    }
    if (this.isExpired()) {
      this.expire();
      return;
    }
    let session_duration_minutes: number;
    try {
      session_duration_minutes = parseSessionDurationMinutes(this.sessionDurationMinutes);
    } catch (error) {
      this.showCodeError(asTotpApiError(error));
      return;
    }
    const controller = new AbortController();
    this.inFlight = controller;
    this._state = 'verifying';
    this.codeError = '';
    let result: AuthenticateTotpResponse;
    try {
      result = await this.enrollment.api.authenticate({ totp_code, session_duration_minutes }, { signal: controller.signal });
    } catch (error) {
      if (controller.signal.aborted) return;
      this.inFlight = null;
      this._state = 'created';
      this.showCodeError(asTotpApiError(error));
      return;
    }
    if (controller.signal.aborted) return;
    this.inFlight = null;
    this._state = 'verified';
    this.stopTicker();
    this.moveFocusAfterRender('#verified-heading');
    this.announce(this.t.verifiedHeading);
    this.dispatchEvent(new TotpVerifiedEvent(result));
    this.emitUser(result.user);
  }

  private showCodeError(error: TotpApiError): void {
    const wrongCode = error.status_code === 401 || error.status_code === 404 && /code/.test(error.error_type);
    if (error.status_code === 429) {
      const seconds = error.retry_after ?? 30;
      this.retryAt = Date.now() + seconds * 1000;
      this.codeError = this.t.tooManyAttempts(this.formatNumber(seconds));
    } else {
      this.codeError = wrongCode ? this.t.wrongCode : error.error_message;
    }
    this.moveFocusAfterRender('#code');
    this.announce(this.codeError);
    this.dispatchEvent(new TotpErrorEvent(error, 'authenticate'));
  }

  private fail(error: TotpApiError, step: TotpStep): void {
    this.error = { error, step };
    this._state = 'error';
    this.moveFocusAfterRender('#error-heading');
    // A 429 or 503 with Retry-After: Retry stays disabled until then, with a countdown.
    const wait = error.retry_after ?? 0;
    if (wait > 0) {
      this.now = Date.now();
      this.retryAt = this.now + wait * 1000;
      this.startTicker();
    }
    this.announce(`${this.t.errorHeading}. ${error.error_message}${wait > 0 ? ` ${this.t.retryIn(this.formatNumber(wait))}` : ''}`);
    this.dispatchEvent(new TotpErrorEvent(error, step));
  }

  private expire(): void {
    this.abortInFlight();
    this.clearSecrets();
    this._state = 'expired';
    this.moveFocusAfterRender('#start-over');
    this.announce(this.t.expiredHeading);
  }

  private isExpired(): boolean {
    return !!this.enrollment && Date.now() >= this.enrollment.expiresAt;
  }

  private startTicker(): void {
    this.stopTicker();
    this.ticker = setInterval(() => {
      this.now = Date.now();
      if ((this._state === 'created') && this.isExpired()) this.expire();
      if (this._state === 'error' && this.now >= this.retryAt) this.stopTicker();
    }, 1000);
  }

  private stopTicker(): void {
    clearInterval(this.ticker);
    this.ticker = undefined;
  }

  /**
   * Moves focus to where the user continues once the next render is done, but only when
   * focus is in the element now: an autostart or a timer must not pull focus from the page.
   */
  private moveFocusAfterRender(selector: string): void {
    if (this.matches(':focus-within')) this.focusAfterRender = selector;
  }

  private abortInFlight(): void {
    this.inFlight?.abort();
    this.inFlight = null;
  }

  private clearSecrets(): void {
    this.stopTicker();
    // Blank the drawn QR code too: a detached canvas still holds the secret's pixels.
    if (this.enrollment?.qrCanvas) this.enrollment.qrCanvas.width = 0;
    this.enrollment = null;
    this.codeError = '';
    this.retryAt = 0;
    if (this.codeInput) this.codeInput.value = '';
  }

  private announce(text: string): void {
    // Re-setting the same text would not be announced again; clear first.
    this.announcement = '';
    requestAnimationFrame(() => { this.announcement = text; });
  }

  private formatNumber(value: number): string {
    return new Intl.NumberFormat(this.locale).format(value);
  }

  private async copy(text: string, node: Node | undefined): Promise<void> {
    try {
      await copyText(text);
      this.announce(this.t.copied);
    } catch {
      if (node) selectText(node);
      this.announce(this.t.copyFailed);
    }
  }

  private copySecret(): void {
    if (this.enrollment) void this.copy(this.enrollment.created.secret, this.secretNode);
  }

  private copyRecoveryCode(code: string, index: number): void {
    void this.copy(code, this.codesNode?.children[index]?.querySelector('code') ?? undefined);
  }

  private copyAllCodes(): void {
    const codes = this.enrollment?.created.recovery_codes;
    if (codes) void this.copy(codes.join('\n'), this.codesNode);
  }

  private downloadCodes(): void {
    const codes = this.enrollment?.created.recovery_codes;
    if (!codes) return;
    downloadText(this.t.downloadFileName, `${codes.join('\n')}\n`);
    this.announce(this.t.downloaded);
  }

  private clearCodeError(): void {
    if (this.codeError && Date.now() >= this.retryAt) this.codeError = '';
  }

  private retry(): void {
    if (this.retryAt > Date.now()) return;
    void this.start();
  }

  protected override render(): TemplateResult {
    const t = this.t;
    return html`
      <section class="card" part="card" aria-labelledby="heading" aria-busy=${this._state === 'creating' ? 'true' : 'false'}>
        <h2 id="heading"><slot name="heading">${t.heading}</slot></h2>
        ${this.renderState(t)}
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      </section>
    `;
  }

  private renderState(t: TotpEnrollStrings): TemplateResult {
    switch (this._state) {
      case 'idle':
      case 'creating':
        return this.renderStart(t);
      case 'created':
      case 'verifying':
        return this.renderEnrollment(t, this.enrollment!);
      case 'verified':
        return this.renderVerified(t);
      case 'expired':
        return this.renderExpired(t);
      case 'error':
        return this.renderError(t);
    }
  }

  private renderStart(t: TotpEnrollStrings): TemplateResult {
    const busy = this._state === 'creating';
    return html`
      <p class="muted"><slot name="description">${t.description}</slot></p>
      <div class="row">
        <button class="primary" part="start-button" id="start" aria-busy=${busy ? 'true' : 'false'}
          aria-disabled=${busy ? 'true' : 'false'} @click=${this.retry}>
          ${busy ? html`<span class="spinner" aria-hidden="true"></span>${t.starting}` : t.start}
        </button>
      </div>
    `;
  }

  private renderEnrollment(t: TotpEnrollStrings, enrollment: Enrollment): TemplateResult {
    const { created } = enrollment;
    const verifying = this._state === 'verifying';
    const locked = this.retryAt > this.now;
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
              <div class="secret" part="secret" role="group" aria-labelledby="secret-label">${this.renderSecret(created.secret)}</div>
              <div class="row">
                <button class="small" part="copy-button copy-secret" @click=${this.copySecret}>${copyIcon}${t.copySecret}</button>
                ${isTouchDevice() ? html`<a class="button small" part="open-in-app" href=${enrollment.otpauthUri}>${t.openInApp}</a>` : nothing}
              </div>
            </div>
          </div>
        </li>
        <li class="step">
          <h3><span class="step-number" aria-hidden="true">2</span>${t.stepCodes}</h3>
          <p class="muted">${t.codesHelp}</p>
          ${this.renderRecoveryCodes(t, created.recovery_codes)}
        </li>
        <li class="step">
          <h3><span class="step-number" aria-hidden="true">3</span>${t.stepVerify}</h3>
          <form @submit=${this.submitCode} novalidate>
            <label for="code">${t.codeLabel}</label>
            <p class="muted" id="code-help">${t.codeHelp}</p>
            <div class="row code-row">
              <input id="code" part="code-input" name="totp_code" type="text" autocomplete="one-time-code"
                inputmode="numeric" pattern="[0-9]*" maxlength="7" spellcheck="false" enterkeyhint="done"
                aria-describedby=${this.codeError ? 'code-help code-error' : 'code-help'}
                aria-invalid=${this.codeError ? 'true' : 'false'} ?readonly=${verifying}
                @input=${this.clearCodeError} />
              <button class="primary" part="submit" type="submit" aria-busy=${verifying ? 'true' : 'false'} ?disabled=${locked}>
                ${verifying ? html`<span class="spinner" aria-hidden="true"></span>${t.verifying}` : t.verify}
              </button>
            </div>
            ${this.codeError
              ? html`<p class="error" part="error" id="code-error">${errorIcon}<span>${this.codeError}</span></p>`
              : nothing}
          </form>
          <p class="expiry" part="status">${t.expiresIn(this.relativeTime(enrollment.expiresAt - this.now))}</p>
        </li>
      </ol>
    `;
  }

  /** Groups of four for the eye; one character at a time for a screen reader. */
  private renderSecret(secret: string): TemplateResult {
    const groups = secret.match(/.{1,4}/g) ?? [];
    // Rows of four groups: a 32-character key always reads as two even lines.
    const rows = Array.from({ length: Math.ceil(groups.length / 4) }, (_, i) => groups.slice(i * 4, i * 4 + 4).join(' '));
    return html`<span aria-hidden="true">${rows.map((row) => html`<span class="secret-row">${row}</span>`)}</span><span
      class="visually-hidden">${[...secret].join(' ')}</span>`;
  }

  private renderRecoveryCodes(t: TotpEnrollStrings, codes: string[]): TemplateResult {
    return html`
      <ul class="codes" part="recovery-codes">
        ${codes.map((code, index) => html`
          <li><code>${code}</code><button class="icon-button" part="copy-button copy-code"
            aria-label=${t.copyCode(index + 1)} title=${t.copyCode(index + 1)}
            @click=${() => this.copyRecoveryCode(code, index)}>${copyIcon}</button></li>`)}
      </ul>
      <div class="row">
        <button class="small" part="copy-button copy-all" @click=${this.copyAllCodes}>${copyIcon}${t.copyAllCodes}</button>
        <button class="small" part="download-button" @click=${this.downloadCodes}>${t.downloadCodes}</button>
      </div>
    `;
  }

  private renderVerified(t: TotpEnrollStrings): TemplateResult {
    return html`
      <div class="success-icon" part="status">${checkIcon}
        <h3 id="verified-heading" tabindex="-1">${t.verifiedHeading}</h3>
      </div>
      <p class="muted">${t.verifiedHelp}</p>
      ${this.enrollment
        ? html`<p class="muted">${t.verifiedCodesReminder}</p>${this.renderRecoveryCodes(t, this.enrollment.created.recovery_codes)}`
        : nothing}
    `;
  }

  private renderExpired(t: TotpEnrollStrings): TemplateResult {
    return html`
      <div class="notice-icon">${clockIcon}<h3 id="expired-heading">${t.expiredHeading}</h3></div>
      <p class="muted" part="status">${t.expiredHelp}</p>
      <div class="row"><button class="primary" id="start-over" @click=${this.retry}>${t.startOver}</button></div>
    `;
  }

  private renderError(t: TotpEnrollStrings): TemplateResult {
    const error = this.error?.error;
    const wait = Math.ceil((this.retryAt - this.now) / 1000);
    return html`
      <div class="error" part="error">${errorIcon}
        <div>
          <h3 id="error-heading" tabindex="-1">${t.errorHeading}</h3>
          <p>${error?.error_message}</p>
          ${wait > 0 ? html`<p id="retry-wait">${t.retryIn(this.formatNumber(wait))}</p>` : nothing}
        </div>
      </div>
      <div class="row"><button class="primary" id="retry" ?disabled=${wait > 0}
        aria-describedby=${wait > 0 ? 'retry-wait' : nothing} @click=${this.retry}>${t.retry}</button></div>
    `;
  }

  private relativeTime(ms: number): string {
    const format = new Intl.RelativeTimeFormat(this.locale, { numeric: 'always' });
    const seconds = Math.max(0, Math.ceil(ms / 1000));
    return seconds < 60 ? format.format(seconds, 'second') : format.format(Math.ceil(seconds / 60), 'minute');
  }
}

function asTotpApiError(error: unknown): TotpApiError {
  if (error instanceof TotpApiError) return error;
  return new TotpApiError({
    status_code: 0,
    error_type: error instanceof TypeError ? 'invalid_argument' : 'unexpected_error',
    error_message: error instanceof Error ? error.message : String(error),
  }, { cause: error });
}

function emailOf(user: User): string | undefined {
  const emails = user.emails;
  if (!Array.isArray(emails)) return undefined;
  const email = (emails[0] as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' ? email : undefined;
}

function isTouchDevice(): boolean {
  return globalThis.matchMedia?.('(pointer: coarse)').matches ?? false;
}

declare global {
  interface HTMLElementTagNameMap {
    'totp-enroll': TotpEnroll;
  }
}
