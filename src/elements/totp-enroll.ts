import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { TotpApiError } from '../api/errors.js';
import { EXPIRATION_MINUTES, SESSION_DURATION_MINUTES } from '../api/limits.js';
import type { StytchClientLike } from '../api/stytch-client.js';
import type { TotpApi, User } from '../api/types.js';
import { subscribeToUserChanges } from '../api/user-changes.js';
import type { EnrollmentFlow } from './enrollment-flow.js';
import { TotpErrorEvent, UserChangeEvent } from './events.js';
import type { TotpEnrollStrings } from './messages.js';
import { localeOf, startStringsFor } from './start-strings.js';
import { styles } from './totp-enroll.styles.js';

/** Where the element is in the enrollment flow. */
export type TotpEnrollState = 'idle' | 'creating' | 'created' | 'verifying' | 'verified' | 'expired' | 'error';

type FlowModule = typeof import('./enrollment-flow.js');
let flowModule: Promise<FlowModule> | undefined;

/**
 * Loads the enrollment flow's chunk once per page. After a failure the next start asks
 * again, though browsers that cache failed module fetches (Chromium does) will refuse until
 * the page reloads: the message says so.
 */
function loadFlowModule(): Promise<FlowModule> {
  flowModule ??= import('./enrollment-flow.js').catch((error: unknown) => {
    flowModule = undefined;
    throw error;
  });
  return flowModule;
}

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

  /** Minutes before an unverified registration expires: a whole number from 5 to 1440. */
  @property({ attribute: 'expiration-minutes' }) expirationMinutes: number | string = EXPIRATION_MINUTES.default;

  /** Lifetime of the session started by a verified code, in minutes (5 to 527040). */
  @property({ attribute: 'session-duration-minutes' }) sessionDurationMinutes: number | string = SESSION_DURATION_MINUTES.default;

  /**
   * Base URL of a server speaking Stytch's SDK REST protocol: an `https:` URL, `http:` only for
   * localhost, or a path on this site (`/stytch`). Anything else is a configuration error.
   * Default: this page's origin.
   */
  @property({ attribute: 'api-base' }) apiBase = '';

  /**
   * A Stytch public token. With it, requests carry `Basic public_token:session_token` as the
   * Stytch SDK sends them, the session token coming from `sessionToken` or the `session-cookie`
   * cookie. Without it, cookies alone carry the session.
   */
  @property({ attribute: 'public-token' }) publicToken = '';

  /** The cookie the session token is read from (with `public-token`). Default `stytch_session`. */
  @property({ attribute: 'session-cookie' }) sessionCookie = '';

  /**
   * The session token, or a function returning the current one, for pages that keep it
   * elsewhere than the Stytch SDK's cookie. A property only: a token never goes into an attribute.
   */
  @property({ attribute: false }) sessionToken: string | (() => string | null | undefined) | null = null;

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

  /** Overrides for any of the element's texts (see `TotpEnrollStrings`); functions for texts with numbers. */
  @property({ attribute: false }) strings: Partial<TotpEnrollStrings> = {};

  /** True while the enrollment flow's code loads for a start (shown as the busy state). */
  @state() private loadingFlow = false;
  @state() private loadFailed = false;

  /** The steps after "Set up", loaded on first use. */
  private flow: EnrollmentFlow | null = null;
  /** Counts starts, so a reset or disconnect during the flow's load cancels that start. */
  private startCount = 0;
  private unsubscribeUser: (() => void) | null = null;
  private lastUser: string | undefined;

  /** Where the flow is: `idle`, `creating`, `created`, `verifying`, `verified`, `expired` or `error`. */
  get state(): TotpEnrollState {
    return this.loadingFlow ? 'creating' : this.flow?.state ?? 'idle';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.subscribeToUser();
    if (this.autostart && this.state === 'idle') void this.start();
    else preloadWhenIdle();
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
    const state = this.state;
    if (state === 'creating' || state === 'verifying' || !this.isConnected) return;
    if (!this.flow) {
      const attempt = ++this.startCount;
      this.loadingFlow = true;
      this.loadFailed = false;
      let module: FlowModule;
      try {
        module = await loadFlowModule();
      } catch (cause) {
        if (attempt !== this.startCount) return;
        this.loadingFlow = false;
        this.loadFailed = true;
        const error = new TotpApiError({ status_code: 0, error_type: 'load_failed', error_message: this.startStrings.loadFailed }, { cause });
        this.dispatchEvent(new TotpErrorEvent(error, 'create'));
        return;
      }
      if (attempt !== this.startCount || !this.isConnected) return;
      this.flow ??= new module.EnrollmentFlow(this);
      this.loadingFlow = false;
    }
    this.loadFailed = false;
    await this.flow.start();
  }

  /** Cancels any request, forgets the registration's secrets and returns to the start. */
  reset(): void {
    this.startCount++;
    this.loadingFlow = false;
    this.loadFailed = false;
    this.flow?.reset();
  }

  /**
   * Fires user-change once per distinct user, however many sources report it.
   * @internal
   */
  emitUser(user: User | null): void {
    const key = JSON.stringify(user);
    if (key === this.lastUser || !this.isConnected) return;
    this.lastUser = key;
    this.dispatchEvent(new UserChangeEvent(user));
  }

  private subscribeToUser(): void {
    this.unsubscribeUser?.();
    this.unsubscribeUser = subscribeToUserChanges(this.client, (user) => this.emitUser(user));
  }

  private get startStrings() {
    return { ...startStringsFor(localeOf(this)), ...this.strings };
  }

  protected override render(): TemplateResult {
    const state = this.state;
    const t = this.startStrings;
    const onFirstScreen = state === 'idle' || state === 'creating' || !this.flow;
    return html`
      <section class="card" part="card" aria-labelledby="heading" aria-busy=${state === 'creating' ? 'true' : 'false'}>
        <h2 id="heading"><slot name="heading">${t.heading}</slot></h2>
        ${onFirstScreen ? this.renderStart(t, state === 'creating') : this.flow!.render()}
        <div class="visually-hidden" role="status" aria-live="polite">${this.flow?.announcement ?? ''}</div>
      </section>
    `;
  }

  private renderStart(t: Pick<TotpEnrollStrings, 'description' | 'start' | 'starting' | 'loadFailed'>, busy: boolean): TemplateResult {
    return html`
      <p class="muted"><slot name="description">${t.description}</slot></p>
      <div class="row">
        <button class="primary" part="start-button" id="start" aria-busy=${busy ? 'true' : 'false'}
          aria-disabled=${busy ? 'true' : 'false'} @click=${this.start} @pointerenter=${loadFlowModuleQuietly}
          @focus=${loadFlowModuleQuietly}>
          ${busy ? html`<span class="spinner" aria-hidden="true"></span>${t.starting}` : t.start}
        </button>
      </div>
      ${this.loadFailed ? html`<p class="error" part="error" role="alert">${t.loadFailed}</p>` : nothing}
    `;
  }
}

function loadFlowModuleQuietly(): void {
  // A failure shows when the user starts; preloading only warms the cache.
  loadFlowModule().catch(() => {});
}

/** Fetches the flow's chunk once the page is idle, so "Set up" answers at once. */
function preloadWhenIdle(): void {
  if (flowModule) return;
  if ('requestIdleCallback' in globalThis) requestIdleCallback(loadFlowModuleQuietly, { timeout: 5000 });
  else setTimeout(loadFlowModuleQuietly, 2000);
}

declare global {
  interface HTMLElementTagNameMap {
    'totp-enroll': TotpEnroll;
  }
}
