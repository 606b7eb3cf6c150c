import { adoptStyles, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import { createRef } from 'lit/directives/ref.js';
import type { TotpApiError } from '../../../api/errors.js';
import { parseExpirationMinutes, parseSessionDurationMinutes } from '../../../api/params.js';
import { resolveTotpApi } from '../../../api/resolve.js';
import type { TotpApi } from '../../../api/types.js';
import { Announcer } from '../../shared/announcer.js';
import { CodeConfirmation } from './code-confirmation.js';
import { Countdown } from '../../shared/countdown.js';
import { flowStyles } from './flow.styles.js';
import { renderFlow } from './views/outcome-views.js';
import { TotpCreatedEvent, TotpErrorEvent, TotpFinishedEvent, type SavedCodesBy, type TotpStep } from '../events.js';
import { FLOW_STEPS, type FlowStep } from '../state.js';
import { FocusAfterRender } from '../../shared/focus-after-render.js';
import type { LatestRequest } from '../../shared/latest-request.js';
import { flowStrings, type TotpEnrollStrings } from './flow-strings.js';
import { asTotpApiError, describeProblem, warnDevelopers, type Problem } from '../../shared/problems.js';
import { RecoveryCodes } from './recovery-codes.js';
import { RegistrationChannel } from './registration-channel.js';
import { createRegistration, forgetRegistration, httpOptionsOf, type Enrollment } from './registration.js';
import { localeOf, registeredStrings } from '../../i18n/registry.js';
import { startStringsFor } from '../strings.js';
import type { TotpEnroll, TotpEnrollState } from '../totp-enroll.component.js';

export type { Enrollment } from './registration.js';
export type { FlowStep } from '../state.js';


/**
 * The enrollment from "Set up" on: state and the order of the steps. Requests go through the
 * element's one LatestRequest; timers, copy, files, focus and announcements are each a small
 * module of their own. It lives in a chunk loaded when the user starts (or when the page is idle).
 */
export class EnrollmentFlow implements ReactiveController {
  state: TotpEnrollState = 'idle';
  step: FlowStep = 'scan';
  enrollment: Enrollment | null = null;
  /** Why the setup ended without a code (`expired` state). */
  ended: 'expired' | 'replaced' = 'expired';
  problem: (Problem & { error: TotpApiError }) | null = null;

  /** Nodes the views render and the flow reaches: one owner, no selector strings. */
  readonly refs = { heading: createRef<HTMLElement>(), code: createRef<HTMLInputElement>(), secret: createRef<HTMLElement>(), codes: createRef<HTMLElement>() };
  readonly announcer: Announcer;
  readonly focus: FocusAfterRender;
  readonly codes: RecoveryCodes;
  readonly expiry: Countdown;
  readonly confirmation: CodeConfirmation;
  readonly retryWait: Countdown;
  private readonly channel = new RegistrationChannel();

  constructor(readonly host: TotpEnroll, private readonly requests: LatestRequest) {
    host.addController(this);
    this.announcer = new Announcer(host);
    this.focus = new FocusAfterRender(host);
    this.codes = new RecoveryCodes(this);
    this.expiry = new Countdown(host, () => { if (this.state === 'created') this.end('expired'); });
    this.confirmation = new CodeConfirmation(this, requests);
    this.retryWait = new Countdown(host);
    adoptStyles(host.renderRoot as ShadowRoot, [...(host.constructor as typeof LitElement).elementStyles, ...flowStyles]);
  }

  get locale(): string {
    return localeOf(this.host);
  }

  get t(): TotpEnrollStrings {
    const locale = this.locale;
    return flowStrings(registeredStrings('totp-enroll', locale), startStringsFor(locale), this.host.strings);
  }

  hostDisconnected(): void {
    this.channel.close();
  }

  render(): TemplateResult {
    return renderFlow(this);
  }

  /** See {@link TotpEnroll.start}, which guards against a start while busy or detached. */
  async start(): Promise<void> {
    const host = this.host;
    this.forget();
    let api: TotpApi;
    let expirationMinutes: number;
    try {
      expirationMinutes = parseExpirationMinutes(host.expirationMinutes);
      parseSessionDurationMinutes(host.sessionDurationMinutes);
      api = resolveTotpApi(host.client, httpOptionsOf(host));
    } catch (error) {
      return this.fail(asTotpApiError(error), 'create');
    }
    this.update({ state: 'creating', problem: null });
    const settings = { expirationMinutes, issuer: host.issuer, accountName: host.accountName, canvas: host.qrCanvas, qrAlt: this.t.qrAlt };
    const outcome = await this.requests.run((signal) => createRegistration(api, settings, signal), forgetRegistration);
    if (!outcome) return;
    if (!outcome.ok) return this.fail(asTotpApiError(outcome.error), 'create');
    const enrollment = outcome.value;
    const { created } = enrollment;
    this.update({ enrollment, state: 'created' });
    this.expiry.start(enrollment.expiresAt);
    this.channel.listen(created.user_id, created.totp_id, () => { if (this.state === 'created') this.end('replaced'); });
    RegistrationChannel.announce(created);
    this.show('scan');
    host.dispatchEvent(new TotpCreatedEvent(created));
    host.emitUser(created.user);
  }

  /** Cancels any request, forgets the registration's secrets and returns to the start. */
  reset(): void {
    this.forget();
    this.announcer.clear();
    this.update({ state: 'idle', problem: null });
  }

  /** Shows a step: its heading takes focus (when focus is in the element) and the live region names it. */
  show(step: FlowStep): void {
    this.codes.copies.clear();
    this.update({ step });
    this.focus.request(this.refs.heading);
    const titles = { scan: this.t.stepScan, confirm: this.t.stepConfirm, codes: this.t.stepCodes, done: this.t.stepDone };
    this.announcer.announce(`${this.t.stepOf(FLOW_STEPS.indexOf(step) + 1, FLOW_STEPS.length)}: ${titles[step]}`);
  }

  setState(state: TotpEnrollState): void {
    this.update({ state });
  }

  /** The code was accepted: on to the recovery codes. */
  verified(): void {
    this.expiry.stop();
    this.channel.close();
    this.update({ state: 'verified' });
    this.show('codes');
  }

  /** Ends the flow at "Done" once the codes are saved, and tells the page. */
  finish(savedBy: SavedCodesBy): void {
    const created = this.enrollment?.created;
    if (this.state !== 'verified' || this.step !== 'codes' || !created) return;
    this.forget();
    this.show('done');
    this.host.dispatchEvent(new TotpFinishedEvent({ totp_id: created.totp_id, user_id: created.user_id, saved_by: savedBy }));
  }

  retry(): void {
    if (!this.retryWait.running) void this.host.start();
  }

  private fail(error: TotpApiError, step: TotpStep): void {
    this.forget();
    const problem = describeProblem(error, this.t, this.host.apiBase);
    if (problem.configuration) warnDevelopers(error);
    if (problem.retry && (error.retry_after ?? 0) > 0) this.retryWait.start(Date.now() + error.retry_after! * 1000);
    this.update({ state: 'error', problem: { ...problem, error } });
    this.focus.request(this.refs.heading);
    this.announcer.announce(`${this.t.errorHeading}. ${problem.message}`);
    this.host.dispatchEvent(new TotpErrorEvent(error, step));
  }

  /** The registration can no longer be confirmed: it expired, or a newer one replaced it. */
  end(reason: 'expired' | 'replaced'): void {
    this.requests.abort();
    this.forget();
    this.update({ state: 'expired', ended: reason });
    this.focus.request(this.refs.heading);
    this.announcer.announce(reason === 'expired' ? this.t.expiredHeading : this.t.replacedHeading);
  }

  /** Forgets the registration's secrets and stops its timers. */
  private forget(): void {
    for (const timer of [this.expiry, this.retryWait]) timer.stop();
    this.channel.close();
    forgetRegistration(this.enrollment);
    this.confirmation.reset();
    this.codes.reset();
    this.update({ enrollment: null });
  }

  private update(changes: Partial<Pick<EnrollmentFlow, 'state' | 'step' | 'enrollment' | 'ended' | 'problem'>>): void {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }

  formatNumber(value: number): string {
    return new Intl.NumberFormat(this.locale).format(value);
  }
}
