import type { TemplateResult } from 'lit';
import type { TotpApiError } from '../../../api/errors.js';
import type { User } from '../../../api/types.js';
import { localeOf, registeredStrings } from '../../i18n/registry.js';
import { adoptMoreStyles } from '../../shared/adopt-styles.js';
import { Announcer } from '../../shared/announcer.js';
import { Countdown } from '../../shared/countdown.js';
import { TotpErrorEvent, type TotpStep } from '../../shared/events.js';
import { continueOrHeading } from '../../shared/continue-slot.js';
import { FocusAfterRender, queried, type NodeRef } from '../../shared/focus-after-render.js';
import { formatNumber } from '../../shared/format-number.js';
import type { LatestRequest } from '../../shared/latest-request.js';
import { asTotpApiError, describeProblem, warnDevelopers, type Problem } from '../../shared/problems.js';
import { TotpCreatedEvent, TotpExpiredEvent, TotpFinishedEvent, TotpVerifiedEvent, type SavedCodesBy, type TotpExpiredReason } from '../events.js';
import type { EnrollSettings } from '../settings.js';
import { FLOW_STEPS, type FlowStep, type TotpEnrollState } from '../state.js';
import { startStringsFor, type SetupStrings } from '../strings.js';
import { CodeConfirmation } from './code-confirmation.js';
import { flowStrings } from './flow-strings.js';
import { flowStyles } from './flow.styles.js';
import { PendingRegistration } from './pending-registration.js';
import { CopyFeedback } from './platform/copy-feedback.js';
import { RecoveryCodes } from './recovery-codes.js';
import { accountOf } from './account.js';
import { issuerOf } from './issuer.js';
import { createRegistration, forgetRegistration } from './registration.js';
import { readStartSettings, type StartSettings } from './start-settings.js';
import { renderFlow, type FlowView } from './views/flow-view.js';
import { warmSteps } from './warm-steps.js';

/*
 * What knows the user (whether they have an app) loads in this chunk too, on connect: a chunk of
 * its own would split the modules it shares with the first screen (the errors) into yet another
 * file, bytes and a request more up front for every page.
 */
export { EnrolledUser } from '../enrolled-user.js';
import { enrolledUserOf } from '../enrolled-user.js';

/**
 * The enrollment from "Set up" on: the state and the order of the steps. Requests go through
 * the element's one LatestRequest; the pending registration, the Confirm step, the recovery
 * codes, copying, focus and announcements are each a small controller of their own; the
 * settings a start reads are checked in start-settings.ts, and which step's view shows is
 * views/flow-view.ts's. It lives in a chunk loaded when the element connects.
 */
export class EnrollmentFlow {
  state: TotpEnrollState = 'idle';
  step: FlowStep = 'scan';
  readonly announcer: Announcer;
  /** Why the setup ended without a code (`expired` state). */
  private ended: 'expired' | 'replaced' = 'expired';
  private problem: Problem | null = null;
  /** What the Scan step names while Create is out: the rules the registration's names follow, applied early. */
  private names = { issuer: '', account: '' };
  /** The step's heading, which takes focus when a step opens. */
  private readonly heading: NodeRef;
  /** The setup key as shown: what a manual copy selects. */
  private readonly secret: NodeRef;
  private readonly focus: FocusAfterRender;
  private readonly registration: PendingRegistration;
  private readonly copies: CopyFeedback;
  private readonly codes: RecoveryCodes;
  private readonly confirmation: CodeConfirmation;
  private readonly retryWait: Countdown;

  /**
   * `element`: controllers attach to it, events fire from it, its shadow root adopts the flow's
   * styles; `requests`: its one request primitive; `emitUser`: its user-change, once per user.
   */
  constructor(private readonly element: EnrollSettings, private readonly requests: LatestRequest, private readonly emitUser: (user: User | null) => void) {
    this.announcer = new Announcer(element);
    this.heading = queried(element, '#step-heading');
    this.secret = queried(element, '#secret-shown');
    this.focus = new FocusAfterRender(element);
    const strings = () => this.t;
    const announce = (text: string) => this.announcer.announce(text);
    const enrollment = () => this.registration.enrollment;
    this.registration = new PendingRegistration(element, (reason) => { if (this.state === 'created') this.end(reason); });
    this.copies = new CopyFeedback(element, { strings, announce });
    this.codes = new RecoveryCodes(element, {
      strings, announce, locale: () => this.locale,
      shown: () => { const e = enrollment(); return e && { issuer: e.issuer, account: e.account, codes: e.created.recovery_codes }; }, copy: (key, text, node) => this.copies.copy(key, text, node),
      finished: (savedBy) => this.finish(savedBy),
    });
    this.confirmation = new CodeConfirmation(element, {
      requests, strings, announce, focus: this.focus, formatNumber: (value) => formatNumber(this.locale, value),
      pending: () => (this.state === 'created' && this.step === 'confirm' ? enrollment() : null),
      busy: (verifying) => this.update({ state: verifying ? 'verifying' : 'created' }),
      verified: (response) => {
        this.verified();
        element.dispatchEvent(new TotpVerifiedEvent(response));
        emitUser(response.user);
      },
      ended: (reason) => this.end(reason),
    });
    this.retryWait = new Countdown(element);
    adoptMoreStyles(element, flowStyles);
  }

  private get locale(): string {
    return localeOf(this.element);
  }

  get t(): SetupStrings {
    const locale = this.locale;
    return flowStrings(registeredStrings('totp-enroll', locale), startStringsFor(locale), this.element.strings);
  }

  /** See {@link TotpEnroll.start}, which guards against a start while busy or detached. */
  async start(): Promise<void> {
    const settings = this.element;
    this.forget();
    let start: StartSettings;
    try {
      start = readStartSettings(settings, this.t.qrAlt);
    } catch (error) {
      return this.fail(asTotpApiError(error), 'create');
    }
    const { issuer, accountName } = start.registration;
    const user = enrolledUserOf.get(settings)?.user;
    this.names = { issuer: issuerOf(issuer), account: user ? accountOf(accountName, user) : accountName };
    const creating = this.requests.run((signal) => createRegistration(start.api, start.registration, signal), forgetRegistration);
    // The Scan step shows (and is laid out) at once, its QR and key filled in with the answer;
    // the other steps' templates are prepared meanwhile (see warmSteps).
    this.update({ state: 'creating', problem: null });
    this.show('scan');
    warmSteps(() => this.view());
    const outcome = await creating;
    if (!outcome) return;
    if (!outcome.ok) return this.fail(asTotpApiError(outcome.error), 'create');
    const { created } = outcome.value;
    this.update({ state: 'created' });
    this.registration.hold(outcome.value);
    settings.dispatchEvent(new TotpCreatedEvent(created));
    this.emitUser(created.user);
  }

  /** Cancels any request, forgets the registration's secrets and returns to the start. */
  reset(): void {
    this.forget();
    this.announcer.clear();
    this.update({ state: 'idle', problem: null });
  }

  /** The current step's view; the element renders the first screen itself. */
  render(): TemplateResult {
    return renderFlow(this.view());
  }

  private view(): FlowView {
    return {
      state: this.state, step: this.step, t: this.t, locale: this.locale,
      enrollment: this.registration.enrollment, names: this.names, copies: this.copies, saving: this.codes, ended: this.ended, problem: this.problem,
      retryIn: this.retryWait.seconds, codeField: (busy) => this.confirmation.field(busy),
      formatNumber: (value) => formatNumber(this.locale, value),
      next: () => { if (this.state === 'created') this.show('confirm', true); },
      back: () => this.show('scan', true),
      copySecret: () => {
        const enrollment = this.registration.enrollment;
        if (enrollment) void this.copies.copy('secret', enrollment.created.secret, this.secret.value ?? undefined);
      },
      retry: () => { if (!this.retryWait.running) void this.element.start(); },
    };
  }

  /**
   * Shows a step, and the live region names it once. Focus (when it is in the element, or `byUser`:
   * a click that left none there, as Safari's on a button) moves to the step's heading — on Confirm
   * to the code field, nothing to press before typing; on Done to the page's Continue, else the heading.
   */
  private show(step: FlowStep, byUser = false): void {
    this.copies.clear();
    this.update({ step });
    const t = this.t;
    if (step === 'done') {
      this.focus.request(continueOrHeading(this.element, this.heading), byUser);
      return this.announcer.announce(t.stepDone);
    }
    this.focus.request(step === 'confirm' ? this.confirmation.codeField : this.heading, byUser);
    const titles = { scan: t.stepScan, confirm: t.stepConfirm, codes: t.stepCodes };
    this.announcer.announce(`${t.stepOf(FLOW_STEPS.indexOf(step) + 1, FLOW_STEPS.length)}: ${titles[step]}`);
  }

  /** The code was accepted: on to the recovery codes. */
  private verified(): void {
    this.registration.confirmed();
    this.update({ state: 'verified' });
    this.show('codes');
  }

  /** Ends the flow at "Done" once the codes are saved, and tells the page. */
  private finish(savedBy: SavedCodesBy): void {
    const created = this.registration.enrollment?.created;
    if (this.state !== 'verified' || this.step !== 'codes' || !created) return;
    this.forget();
    // Only Finish, a click, gets here.
    this.show('done', true);
    this.element.dispatchEvent(new TotpFinishedEvent({ totp_id: created.totp_id, user_id: created.user_id, saved_by: savedBy }));
  }

  private fail(error: TotpApiError, step: TotpStep): void {
    this.forget();
    // The user has an app already (another tab, a stale page): no Try again, the element shows it.
    const exists = error.error_type === 'active_totp_exists';
    const problem = exists ? { message: this.t.alreadyOn, retry: false, configuration: false } : describeProblem(error, this.t, this.element.apiBase);
    if (problem.configuration) warnDevelopers(error);
    if (problem.retry && (error.retry_after ?? 0) > 0) this.retryWait.start(Date.now() + error.retry_after! * 1000);
    this.update({ state: 'error', problem });
    this.focus.request(this.heading);
    this.announcer.announce(`${this.t.errorHeading}. ${problem.message}`);
    this.element.dispatchEvent(new TotpErrorEvent(error, step));
    // A one-factor session of a user who has the app meets the MFA rule before `active_totp_exists`.
    // The element may know better now: if the app is on after all, it shows it so.
    if (exists || error.error_type === 'insufficient_session_factors') void enrolledUserOf.get(this.element)?.alreadyEnrolled().then((on) => on && this.reset());
  }

  /** The registration can no longer be confirmed: it expired, or a newer one replaced it. The page hears of it once. */
  private end(reason: TotpExpiredReason): void {
    const created = this.registration.enrollment?.created;
    this.requests.abort();
    this.forget();
    this.update({ state: 'expired', ended: reason });
    this.focus.request(this.heading);
    this.announcer.announce(reason === 'expired' ? this.t.expiredHeading : this.t.replacedHeading);
    // Forgotten above: a second word of the same end (the timer and a refused code) finds no registration.
    if (created) this.element.dispatchEvent(new TotpExpiredEvent({ totp_id: created.totp_id, user_id: created.user_id, reason }));
  }

  /** Forgets the registration's secrets and stops its timers. */
  private forget(): void {
    this.registration.forget();
    this.retryWait.stop();
    this.confirmation.reset();
    this.copies.clear();
    this.codes.reset();
    this.element.requestUpdate();
  }

  private update(changes: { state?: TotpEnrollState; step?: FlowStep; ended?: 'expired' | 'replaced'; problem?: Problem | null }): void {
    Object.assign(this, changes);
    this.element.requestUpdate();
  }
}
