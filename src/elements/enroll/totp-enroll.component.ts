import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { TotpApiError } from '../../api/errors.js';
import { TotpErrorEvent } from '../shared/events.js';
import { LatestRequest } from '../shared/latest-request.js';
import { tokenStyles } from '../shared/tokens.styles.js';
import type { EnrolledUser } from './enrolled-user.js';
import type { EnrollmentFlow } from './flow/enrollment-flow.js';
import { flowModule } from './flow-module.js';
import { startEarlyLookup } from './early-lookup.js';
import type { EnrollSettings } from './settings.js';
import { TotpEnrollSettings } from './totp-enroll-settings.js';
import { renderStart } from './start-view.js';
import type { FlowStep, ManageStep, TotpEnrollState } from './state.js';
import { startStringsFor } from './strings.js';

/**
 * Enrolls the signed-in user in authenticator-app (TOTP) two-factor authentication:
 * in four steps — Scan the QR code, Confirm a code, Save the recovery codes, Done (a success
 * heading, and the page's own way on in the `continue` slot; `totp-finished` tells the page). For a user
 * who already has an authenticator app it shows that it is on, with View recovery codes,
 * Replace authenticator app and Remove (each asks for a code first when the session has not
 * passed a second factor).
 *
 * @summary Authenticator-app (TOTP) enrollment in one tag.
 * @tagname totp-enroll
 *
 * @fires {TotpCreatedEvent} totp-created - A registration was created. `detail`: the Create response (`request_id`, `status_code`, `secret`, `totp_id`, `qr_code`, `recovery_codes`, `user_id`, `user`).
 * @fires {UserChangeEvent} user-change - The user changed. `detail.user`: the user, or `null` after logout.
 * @fires {TotpVerifiedEvent} totp-verified - The first code was accepted. `detail`: the Authenticate response.
 * @fires {TotpErrorEvent} totp-error - A step failed. `detail.error`: a `TotpApiError` with the technical text; `detail.step`: `'create'`, `'authenticate'`, `'recover'` (a step-up's recovery code), `'recovery_codes'` or `'delete'`.
 * @fires {TotpRemovedEvent} totp-removed - The user's authenticator app was removed (Remove, or Replace before its new setup). `detail`: `totp_id`, `user` (without it).
 * @fires {TotpStepUpEvent} totp-step-up - The session passed a second factor in place, before an action that needs one. `detail`: `method` (`'totp'` or `'recovery_code'`), `action` (`'recovery-codes'`, `'remove'`, `'replace'`), `user_id`, `totp_id` (no code, no token).
 * @fires {TotpFinishedEvent} totp-finished - The setup's ending, fired once: the user saved the recovery codes and "Done" shows (focus on the `continue` slot's action, else on its heading). Route on it, or put your own Continue in the `continue` slot. `detail`: `totp_id`, `user_id`, `saved_by` (`'copied'`, `'downloaded'`, `'printed'` or `'confirmed'`).
 * @fires {TotpExpiredEvent} totp-expired - A setup on screen can no longer be confirmed, fired once as the element shows it with Start over: its time ran out (`expiration-minutes`) or a newer setup, perhaps in another tab, replaced it. `detail`: `totp_id`, `user_id`, `reason` (`'expired'` or `'replaced'`); no secret.
 *
 * @slot heading - Replaces the heading ("Two-factor authentication").
 * @slot description - Replaces the text under the heading, shown before setup starts.
 * @slot continue - Your page's way on (a Continue button or link: `<a slot="continue" href="/account">Continue</a>`), shown under "Done" only and focused when the setup finishes; hidden until then. The same slot as `<totp-challenge>`'s.
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
 * @csspart manage-actions - The "on" state's View recovery codes, Replace and Remove.
 * @csspart view-codes-button - "View recovery codes".
 * @csspart replace-button - "Replace authenticator app", and its confirmation.
 * @csspart remove-button - "Remove", and its confirmation.
 * @csspart cancel-button - "Cancel" on the step-up and the confirmations.
 * @csspart method-button - The step-up's "Use a recovery code instead" / "Use your authenticator app instead".
 * @csspart recovery-input - The step-up's recovery code input.
 * @csspart done-button - "Done" under the viewed recovery codes.
 * @csspart start-over - "Start over", after an expired or replaced setup.
 * @csspart retry-button - "Try again", after an error that trying again can fix.
 * @csspart error - An error message.
 * @csspart status - The expiry notice, the success message, the "on" state's notice and how many recovery codes are left.
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
export class TotpEnroll extends TotpEnrollSettings implements EnrollSettings {
  static override styles = tokenStyles;
  static override properties: PropertyDeclarations = {
    // Internal state: `attribute: false` spelled out, so the manifest does not list them as attributes.
    loadingFlow: { state: true, attribute: false },
    loadFailed: { state: true, attribute: false },
  };

  /** True while the enrollment flow's code loads for a start (shown as the busy state). */
  private loadingFlow = false;
  private loadFailed = false;
  /** The chunk that knows the user could not be loaded: the user counts as new. */
  #unknown = false;

  /** Aborted when the element disconnects: the lookup sent at connect before its chunk arrived. */
  #connection: AbortController | null = null;
  /** The steps after "Set up", loaded on first use. */
  private flow: EnrollmentFlow | null = null;
  /** Loading the flow, creating, confirming, the actions: one request at a time, a stale one dropped. */
  private readonly requests = new LatestRequest(this);
  /** Whether the user has an app, and the "on" state for one who has: loaded on connect (the first screen is busy until it knows). */
  private user: EnrolledUser | null = null;

  /** Where the element is: `checking`, `idle`, `enrolled`, or the setup's `creating`, `created`, `verifying`, `verified`, `expired`, `error`. */
  get state(): TotpEnrollState {
    if (this.loadingFlow) return 'creating';
    const flow = this.flow?.state ?? 'idle';
    if (flow !== 'idle') return flow;
    return this.user?.state ?? (this.#unknown ? 'idle' : 'checking');
  }

  /** The screen: the setup's step (`scan`, `confirm`, `codes`, `done`), the enrolled user's (`on`, `step-up`, `recovery-codes`, `remove`, …), or none. */
  get step(): FlowStep | ManageStep | null {
    const state = this.state;
    if (state === 'enrolled') return this.user!.manage!.step;
    return state === 'created' || state === 'verifying' || state === 'verified' ? this.flow?.step ?? null : null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.lookUp();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#connection?.abort();
    // A detached element keeps no secret and makes no further request or event.
    this.reset();
  }

  /**
   * Creates a TOTP registration and shows it. Does nothing while one is being created or
   * verified, while the element still checks the user or the user has an authenticator app
   * (Replace removes it first), or while the element is not in a document. Invalid
   * `expiration-minutes` or `session-duration-minutes` lead to the error state without a request.
   *
   * A setup runs with the settings it started with: changing `expiration-minutes`,
   * `api-base`, `public-token`, `timeout-ms` or `client` meanwhile neither cancels the
   * request in flight nor moves the pending registration (its code is confirmed with the
   * backend that created it); the change applies to the next start. Only
   * `session-duration-minutes` is read when the code is submitted, as it belongs to that request.
   */
  async start(): Promise<void> {
    const state = this.state;
    if (state === 'creating' || state === 'verifying' || state === 'checking' || state === 'enrolled' || !this.isConnected) return;
    if (!this.flow) {
      this.loadingFlow = true;
      this.loadFailed = false;
      const loaded = await this.requests.run(() => flowModule.load());
      if (!loaded) return;
      this.loadingFlow = false;
      if (!loaded.ok) return this.failedToLoad(loaded.error);
      this.flow = new loaded.value.EnrollmentFlow(this, this.requests, (user) => this.emitUser(user));
    }
    this.loadFailed = false;
    await this.flow.start();
  }

  /** Cancels any request, forgets the registration's secrets and the codes shown, and returns to the first screen. */
  reset(): void {
    this.requests.abort();
    this.loadingFlow = false;
    this.loadFailed = false;
    this.flow?.reset();
    this.user?.manage?.reset();
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
    // Creating: the flow's Scan step, waiting for its QR; "Set up" busy only while the flow's chunk loads.
    const busy = state === 'checking' ? 'checking' : this.loadingFlow ? 'starting' : null;
    const setup = this.flow && !busy && state !== 'idle' && state !== 'enrolled';
    return html`
      <section class="card" part="card" dir=${t.dir ?? nothing} aria-labelledby="heading"
        aria-busy=${String(!!busy || state === 'creating' || !!this.user?.manage?.busy)}>
        <h2 id="heading" tabindex="-1"><slot name="heading">${t.heading}</slot></h2>
        ${setup ? this.flow!.render() : state === 'enrolled' ? this.user!.manage!.render() : renderStart({
          t, busy, loadFailed: this.loadFailed, start: () => void this.start(),
        })}
        <div class="visually-hidden" role="status" aria-live="polite">${(setup ? this.flow?.announcer.text : this.user?.manage?.announcer.text) ?? ''}</div>
      </section>
    `;
  }

  /**
   * Loads what knows the user (with the flow's chunk, once per page), then asks who the user is.
   * If the chunk cannot load, the user counts as new: "Set up" then says the setup could not be loaded.
   */
  private async lookUp(): Promise<void> {
    // The lookup leaves now, beside the chunk that reads it (see early-lookup.ts); a disconnection
    // cancels it. A microtask later: frameworks set `client` just after inserting the element.
    await null;
    this.#connection = new AbortController();
    const early = this.isConnected ? startEarlyLookup(this, this.#connection.signal) : undefined;
    const loaded = await flowModule.load().catch(() => null);
    if (!loaded) {
      this.#unknown = this.loadFailed = true;
      return;
    }
    if (!this.isConnected) return;
    this.user ??= new loaded.EnrolledUser({
      element: this, requests: this.requests, lookups: new LatestRequest(this),
      emitUser: (user) => this.emitUser(user), failedToLoad: (cause) => this.failedToLoad(cause),
    });
    await this.user.lookUp(true, true, early);
  }

  private failedToLoad(cause: unknown): void {
    this.loadFailed = true;
    const error = new TotpApiError({ status_code: 0, error_type: 'load_failed', error_message: String(cause) }, { cause });
    console.warn(`<totp-enroll>: load_failed: ${error.error_message}`);
    this.dispatchEvent(new TotpErrorEvent(error, 'create'));
  }
}
