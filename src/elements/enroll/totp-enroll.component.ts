import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { TotpApiError } from '../../api/errors.js';
import { EXPIRATION_MINUTES } from '../../api/limits.js';
import { TotpErrorEvent } from '../shared/events.js';
import { LatestRequest } from '../shared/latest-request.js';
import { tokenStyles } from '../shared/tokens.styles.js';
import { TotpElement } from '../shared/totp-element.js';
import type { EnrollmentFlow } from './flow/enrollment-flow.js';
import { flowModule } from './flow-module.js';
import type { EnrollSettings } from './settings.js';
import type { FlowStep, TotpEnrollState } from './state.js';
import { startStringsFor, type StartStrings, type TotpEnrollStrings } from './strings.js';

/**
 * Enrolls the signed-in user in authenticator-app (TOTP) two-factor authentication:
 * in four steps — Scan the QR code, Confirm a code, Save the recovery codes, Done.
 *
 * @summary Authenticator-app (TOTP) enrollment in one tag.
 * @tagname totp-enroll
 *
 * @fires {TotpCreatedEvent} totp-created - A registration was created. `detail`: the Create response (`request_id`, `status_code`, `secret`, `totp_id`, `qr_code`, `recovery_codes`, `user_id`, `user`).
 * @fires {UserChangeEvent} user-change - The user changed. `detail.user`: the user, or `null` after logout.
 * @fires {TotpVerifiedEvent} totp-verified - The first code was accepted. `detail`: the Authenticate response.
 * @fires {TotpErrorEvent} totp-error - A step failed. `detail.error`: a `TotpApiError` with the technical text; `detail.step`: `'create'` or `'authenticate'`.
 * @fires {TotpFinishedEvent} totp-finished - The user finished after saving the recovery codes. `detail`: `totp_id`, `user_id`, `saved_by` (`'copied'`, `'downloaded'`, `'printed'` or `'confirmed'`).
 *
 * @slot heading - Replaces the heading ("Two-factor authentication").
 * @slot description - Replaces the text under the heading, shown before setup starts.
 *
 * @csspart card - The outer box.
 * @csspart start-button - The "Set up authenticator app" button.
 * @csspart progress - "Step 2 of 4" and its bars, above each step's heading.
 * @csspart qr - The QR code's white frame; `qr-image` is the image in it.
 * @csspart qr-image - The QR code image (a `<canvas>` with `qr-canvas`).
 * @csspart account - The service and account the QR code adds.
 * @csspart open-in-app - The otpauth:// link shown on touch devices.
 * @csspart manual-entry - The "Can't scan it?" disclosure with the setup key.
 * @csspart secret - The setup key.
 * @csspart copy-button - Every copy button (`copy-secret`, `copy-all` name each kind).
 * @csspart copy-hint - "Selected: press Ctrl+C to copy", when the clipboard refused.
 * @csspart next-button - Scan's "Next".
 * @csspart back-button - Confirm's "Back".
 * @csspart code-input - The six-digit code input.
 * @csspart submit - The Verify button.
 * @csspart recovery-codes - The list of recovery codes.
 * @csspart download-button - The "Download" button.
 * @csspart print-button - The "Print" button.
 * @csspart saved-checkbox - "I have saved these codes".
 * @csspart finish-button - The "Finish" button.
 * @csspart start-over - "Start over", after an expired or replaced setup.
 * @csspart retry-button - "Try again", after an error that trying again can fix.
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
export class TotpEnroll extends TotpElement implements EnrollSettings {
  static override styles = tokenStyles;
  // Its own settings; the backend settings both elements share are TotpElement's.
  static override properties: PropertyDeclarations = {
    expirationMinutes: { attribute: 'expiration-minutes' },
    issuer: {},
    accountName: { attribute: 'account-name' },
    autostart: { type: Boolean },
    qrCanvas: { type: Boolean, attribute: 'qr-canvas' },
    strings: { attribute: false },
    // Internal state: `attribute: false` spelled out, so the manifest does not list them as attributes.
    loadingFlow: { state: true, attribute: false },
    loadFailed: { state: true, attribute: false },
  };

  /** Minutes before an unverified registration expires: a whole number from 5 to 1440. */
  expirationMinutes: number | string = EXPIRATION_MINUTES.default;

  /** The service the authenticator app lists, in the QR code, the "Open in app" link and the codes file. Default: the page's host name. */
  issuer = '';

  /** The account the authenticator app lists under the issuer. Default: the user's email, else the user id. */
  accountName = '';

  /** Start setting up as soon as the element is connected, instead of waiting for the button. */
  autostart = false;

  /**
   * Draw the QR code on a `<canvas>` instead of a `data:` image: for pages whose
   * Content-Security-Policy has no `img-src data:`.
   */
  qrCanvas = false;

  /** Overrides for any of the element's texts (see `TotpEnrollStrings`); functions for texts with numbers. */
  strings: Partial<TotpEnrollStrings> = {};


  /** True while the enrollment flow's code loads for a start (shown as the busy state). */
  private loadingFlow = false;
  private loadFailed = false;

  /** The steps after "Set up", loaded on first use. */
  private flow: EnrollmentFlow | null = null;
  /** Loading the flow, creating, confirming: one request at a time, a stale one dropped. */
  private readonly requests = new LatestRequest(this);

  /** Where the flow is: `idle`, `creating`, `created`, `verifying`, `verified`, `expired` or `error`. */
  get state(): TotpEnrollState {
    return this.loadingFlow ? 'creating' : this.flow?.state ?? 'idle';
  }

  /** The step shown after "Set up" (`scan`, `confirm`, `codes`, `done`), or none. */
  get step(): FlowStep | null {
    const state = this.state;
    return state === 'created' || state === 'verifying' || state === 'verified' ? this.flow?.step ?? null : null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.autostart && this.state === 'idle') void this.start();
    else flowModule.preloadWhenIdle();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A detached element keeps no secret and makes no further request or event.
    this.reset();
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
      this.loadingFlow = true;
      this.loadFailed = false;
      const loaded = await this.requests.run(() => flowModule.load());
      if (!loaded) return;
      this.loadingFlow = false;
      if (!loaded.ok) {
        this.loadFailed = true;
        const error = new TotpApiError({ status_code: 0, error_type: 'load_failed', error_message: String(loaded.error) }, { cause: loaded.error });
        console.warn(`<totp-enroll>: load_failed: ${error.error_message}`);
        this.dispatchEvent(new TotpErrorEvent(error, 'create'));
        return;
      }
      this.flow = new loaded.value.EnrollmentFlow(this, this.requests, (user) => this.emitUser(user));
    }
    this.loadFailed = false;
    await this.flow.start();
  }

  /** Cancels any request, forgets the registration's secrets and returns to the start. */
  reset(): void {
    this.requests.abort();
    this.loadingFlow = false;
    this.loadFailed = false;
    this.flow?.reset();
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Reflected for the host page's styles: `totp-enroll[state='verified']`, `[step='codes']`.
    super.updated(changed);
    const step = this.step;
    if (step) this.setAttribute('step', step);
    else this.removeAttribute('step');
  }

  protected override render(): TemplateResult {
    const state = this.state;
    const t = { ...startStringsFor(this.locale), ...this.strings };
    const onFirstScreen = state === 'idle' || state === 'creating' || !this.flow;
    return html`
      <section class="card" part="card" aria-labelledby="heading" aria-busy=${String(state === 'creating')}>
        <h2 id="heading"><slot name="heading">${t.heading}</slot></h2>
        ${onFirstScreen ? this.renderStart(t, state === 'creating') : this.flow!.render()}
        <div class="visually-hidden" role="status" aria-live="polite">${this.flow?.announcer.text ?? ''}</div>
      </section>
    `;
  }

  private renderStart(t: StartStrings, busy: boolean): TemplateResult {
    return html`
      <p class="muted"><slot name="description">${t.description}</slot></p>
      <div class="row">
        <button class="primary" part="start-button" id="start" aria-busy=${String(busy)}
          aria-disabled=${String(busy)} @click=${this.start} @pointerenter=${flowModule.loadQuietly}
          @focus=${flowModule.loadQuietly}>
          ${busy ? html`<span class="spinner" aria-hidden="true"></span>${t.starting}` : t.start}
        </button>
      </div>
      ${this.loadFailed ? html`<p class="error" part="error" role="alert">${t.loadFailed}</p>` : nothing}
    `;
  }
}
