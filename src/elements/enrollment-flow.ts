import { adoptStyles, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import { TotpApiError } from '../api/errors.js';
import type { HttpTotpApiOptions } from '../api/http-client.js';
import { parseExpirationMinutes, parseSessionDurationMinutes } from '../api/params.js';
import { resolveTotpApi } from '../api/resolve.js';
import type { AuthenticateTotpResponse, CreateTotpResponse, TotpApi, User } from '../api/types.js';
import { copyText, selectText } from './clipboard.js';
import { downloadText } from './download.js';
import { flowStyles } from './enrollment-flow.styles.js';
import { renderFlow } from './enrollment-views.js';
import { TotpCreatedEvent, TotpErrorEvent, TotpVerifiedEvent, type TotpStep } from './events.js';
import { flowStringsFor, type TotpEnrollStrings } from './messages.js';
import { drawQrCode, otpauthUri, qrCodeDataUrl } from './otpauth-uri.js';
import { localeOf, startStringsFor } from './start-strings.js';
import type { TotpEnroll, TotpEnrollState } from './totp-enroll.js';

/** What the user is shown in a state that holds a live registration. */
export interface Enrollment {
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
 * The enrollment itself, from "Set up" on: creating the registration, showing it,
 * confirming the first code, expiry, errors, copy and download. It lives in its own
 * chunk, loaded when the user starts (or ahead of time when the page is idle), so a
 * page that shows the element pays up front only for its first screen.
 */
export class EnrollmentFlow implements ReactiveController {
  readonly host: TotpEnroll;
  state: TotpEnrollState = 'idle';
  enrollment: Enrollment | null = null;
  error: { error: TotpApiError; step: TotpStep } | null = null;
  codeError = '';
  announcement = '';
  now = Date.now();
  retryAt = 0;

  /** Aborts whatever request is in flight; replaced for each step. */
  private inFlight: AbortController | null = null;
  private ticker: ReturnType<typeof setInterval> | undefined;
  private focusAfterRender: string | null = null;

  constructor(host: TotpEnroll) {
    this.host = host;
    host.addController(this);
    adoptStyles(host.renderRoot as ShadowRoot, [...(host.constructor as typeof LitElement).elementStyles, flowStyles]);
  }

  get t(): TotpEnrollStrings {
    return { ...startStringsFor(this.locale), ...flowStringsFor(this.locale), ...this.host.strings };
  }

  get locale(): string {
    return localeOf(this.host);
  }

  hostUpdated(): void {
    if (this.focusAfterRender) {
      this.host.renderRoot.querySelector<HTMLElement>(this.focusAfterRender)?.focus();
      this.focusAfterRender = null;
    }
  }

  render(): TemplateResult {
    return renderFlow(this);
  }

  private set(changes: Partial<Pick<EnrollmentFlow, 'state' | 'enrollment' | 'error' | 'codeError' | 'announcement' | 'now' | 'retryAt'>>): void {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }

  /** See {@link TotpEnroll.start}, which guards against a start while busy or detached. */
  async start(): Promise<void> {
    const host = this.host;
    this.abortInFlight();
    this.clearSecrets();
    let expiration_minutes: number;
    let api: TotpApi;
    try {
      expiration_minutes = parseExpirationMinutes(host.expirationMinutes);
      parseSessionDurationMinutes(host.sessionDurationMinutes);
      api = this.api();
    } catch (error) {
      this.fail(asTotpApiError(error), 'create');
      return;
    }
    const controller = new AbortController();
    this.inFlight = controller;
    this.set({ state: 'creating', error: null });
    const startedAt = Date.now();
    let created: CreateTotpResponse;
    let qrSrc: string;
    let qrCanvas: HTMLCanvasElement | null = null;
    let uri: string;
    try {
      created = await api.create({ expiration_minutes }, { signal: controller.signal });
      const accountName = host.accountName || emailOf(created.user) || created.user_id;
      uri = otpauthUri({ secret: created.secret, issuer: host.issuer || location.hostname, accountName });
      qrSrc = host.qrCanvas ? '' : created.qr_code;
      if (host.qrCanvas) qrCanvas = await drawQrCode(uri, this.t.qrAlt);
      else if (!qrSrc) qrSrc = await qrCodeDataUrl(uri);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.inFlight = null;
      this.fail(asTotpApiError(error), 'create');
      return;
    }
    if (controller.signal.aborted) {
      if (qrCanvas) qrCanvas.width = 0; // drawn for nothing: it still holds the secret's pixels
      return;
    }
    this.inFlight = null;
    // Count the lifetime from when the request left: the backend's clock started no earlier.
    const enrollment = { created, expiresAt: startedAt + expiration_minutes * 60_000, qrSrc, qrCanvas, otpauthUri: uri, api };
    this.set({ enrollment, state: 'created', now: Date.now() });
    this.startTicker();
    this.moveFocusAfterRender('#created-heading');
    this.announce(this.t.created);
    host.dispatchEvent(new TotpCreatedEvent(created));
    host.emitUser(created.user);
  }

  /** Cancels any request, forgets the registration's secrets and returns to the start. */
  reset(): void {
    this.abortInFlight();
    this.clearSecrets();
    this.set({ error: null, state: 'idle', announcement: '' });
  }

  private api(): TotpApi {
    const host = this.host;
    const http: HttpTotpApiOptions = { timeoutMs: host.timeoutMs };
    if (host.apiBase) http.baseUrl = host.apiBase;
    if (host.publicToken) http.publicToken = host.publicToken;
    if (host.sessionCookie) http.sessionCookie = host.sessionCookie;
    if (host.sessionToken) http.sessionToken = host.sessionToken;
    return resolveTotpApi(host.client, http);
  }

  async submitCode(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const enrollment = this.enrollment;
    if (this.state !== 'created' || !enrollment) return;
    const totp_code = (this.codeInput()?.value ?? '').replace(/\s+/g, '');
    if (!CODE_PATTERN.test(totp_code)) {
      this.set({ codeError: this.t.codeFormat });
      this.moveFocusAfterRender('#code');
      return;
    }
    if (this.isExpired()) {
      this.expire();
      return;
    }
    let session_duration_minutes: number;
    try {
      session_duration_minutes = parseSessionDurationMinutes(this.host.sessionDurationMinutes);
    } catch (error) {
      this.showCodeError(asTotpApiError(error));
      return;
    }
    const controller = new AbortController();
    this.inFlight = controller;
    this.set({ state: 'verifying', codeError: '' });
    let result: AuthenticateTotpResponse;
    try {
      result = await enrollment.api.authenticate({ totp_code, session_duration_minutes }, { signal: controller.signal });
    } catch (error) {
      if (controller.signal.aborted) return;
      this.inFlight = null;
      this.set({ state: 'created' });
      this.showCodeError(asTotpApiError(error));
      return;
    }
    if (controller.signal.aborted) return;
    this.inFlight = null;
    this.set({ state: 'verified' });
    this.stopTicker();
    this.moveFocusAfterRender('#verified-heading');
    this.announce(this.t.verifiedHeading);
    this.host.dispatchEvent(new TotpVerifiedEvent(result));
    this.host.emitUser(result.user);
  }

  private showCodeError(error: TotpApiError): void {
    const wrongCode = error.status_code === 401 || error.status_code === 404 && /code/.test(error.error_type);
    if (error.status_code === 429) {
      const seconds = error.retry_after ?? 30;
      this.set({ retryAt: Date.now() + seconds * 1000, codeError: this.t.tooManyAttempts(this.formatNumber(seconds)) });
    } else {
      this.set({ codeError: wrongCode ? this.t.wrongCode : error.error_message });
    }
    this.moveFocusAfterRender('#code');
    this.announce(this.codeError);
    this.host.dispatchEvent(new TotpErrorEvent(error, 'authenticate'));
  }

  private fail(error: TotpApiError, step: TotpStep): void {
    this.set({ error: { error, step }, state: 'error' });
    this.moveFocusAfterRender('#error-heading');
    // A 429 or 503 with Retry-After: Retry stays disabled until then, with a countdown.
    const wait = error.retry_after ?? 0;
    if (wait > 0) {
      const now = Date.now();
      this.set({ now, retryAt: now + wait * 1000 });
      this.startTicker();
    }
    this.announce(`${this.t.errorHeading}. ${error.error_message}${wait > 0 ? ` ${this.t.retryIn(this.formatNumber(wait))}` : ''}`);
    this.host.dispatchEvent(new TotpErrorEvent(error, step));
  }

  private expire(): void {
    this.abortInFlight();
    this.clearSecrets();
    this.set({ state: 'expired' });
    this.moveFocusAfterRender('#start-over');
    this.announce(this.t.expiredHeading);
  }

  private isExpired(): boolean {
    return !!this.enrollment && Date.now() >= this.enrollment.expiresAt;
  }

  private startTicker(): void {
    this.stopTicker();
    this.ticker = setInterval(() => {
      this.set({ now: Date.now() });
      if (this.state === 'created' && this.isExpired()) this.expire();
      if (this.state === 'error' && this.now >= this.retryAt) this.stopTicker();
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
    if (this.host.matches(':focus-within')) this.focusAfterRender = selector;
  }

  private abortInFlight(): void {
    this.inFlight?.abort();
    this.inFlight = null;
  }

  private clearSecrets(): void {
    this.stopTicker();
    // Blank the drawn QR code too: a detached canvas still holds the secret's pixels.
    if (this.enrollment?.qrCanvas) this.enrollment.qrCanvas.width = 0;
    const input = this.codeInput();
    if (input) input.value = '';
    this.set({ enrollment: null, codeError: '', retryAt: 0 });
  }

  private codeInput(): HTMLInputElement | null {
    return this.host.renderRoot.querySelector<HTMLInputElement>('#code');
  }

  private announce(text: string): void {
    // Re-setting the same text would not be announced again; clear first.
    this.set({ announcement: '' });
    requestAnimationFrame(() => this.set({ announcement: text }));
  }

  formatNumber(value: number): string {
    return new Intl.NumberFormat(this.locale).format(value);
  }

  relativeTime(ms: number): string {
    const format = new Intl.RelativeTimeFormat(this.locale, { numeric: 'always' });
    const seconds = Math.max(0, Math.ceil(ms / 1000));
    return seconds < 60 ? format.format(seconds, 'second') : format.format(Math.ceil(seconds / 60), 'minute');
  }

  private async copy(text: string, node: Node | null | undefined): Promise<void> {
    try {
      await copyText(text);
      this.announce(this.t.copied);
    } catch {
      if (node) selectText(node);
      this.announce(this.t.copyFailed);
    }
  }

  copySecret(): void {
    if (this.enrollment) void this.copy(this.enrollment.created.secret, this.host.renderRoot.querySelector('.secret'));
  }

  copyRecoveryCode(code: string, index: number): void {
    void this.copy(code, this.host.renderRoot.querySelectorAll('.codes code')[index]);
  }

  copyAllCodes(): void {
    const codes = this.enrollment?.created.recovery_codes;
    if (codes) void this.copy(codes.join('\n'), this.host.renderRoot.querySelector('.codes'));
  }

  downloadCodes(): void {
    const codes = this.enrollment?.created.recovery_codes;
    if (!codes) return;
    downloadText(this.t.downloadFileName, `${codes.join('\n')}\n`);
    this.announce(this.t.downloaded);
  }

  clearCodeError(): void {
    if (this.codeError && Date.now() >= this.retryAt) this.set({ codeError: '' });
  }

  retry(): void {
    if (this.retryAt > Date.now()) return;
    void this.host.start();
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
