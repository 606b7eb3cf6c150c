import type { TemplateResult } from 'lit';
import type { TotpApiError } from '../../../api/errors.js';
import type { TotpApi, User, UserTotp } from '../../../api/types.js';
import { localeOf } from '../../i18n/registry.js';
import { Announcer } from '../../shared/announcer.js';
import { TotpErrorEvent } from '../../shared/events.js';
import { FocusAfterRender, queried } from '../../shared/focus-after-render.js';
import type { LatestRequest } from '../../shared/latest-request.js';
import { asTotpApiError, describeProblem, warnDevelopers } from '../../shared/problems.js';
import { adoptMoreStyles } from '../../shared/adopt-styles.js';
import { TotpRemovedEvent, TotpStepUpEvent, type StepUpAction } from '../events.js';
import { flowStyles } from '../flow/flow.styles.js';
import type { EnrollSettings } from '../settings.js';
import type { ManageStep } from '../state.js';
import type { TotpEnrollStrings } from '../strings.js';
import { actionApi, requestAction, withoutTotp } from './actions.js';
import { manageStringsFor } from './manage-strings.js';
import { manageStyles } from './manage.styles.js';
import { StepUp } from './step-up.js';
import { renderScreen, screenTitle, type ActionOutcome } from './screens.js';
import { ViewedCodes } from './viewed-codes.js';

/** What the "on" state needs from `<totp-enroll>`. */
export interface ManageHost {
  /** Events fire from it, its settings pick the backend; `start()` opens the setup after Replace. */
  readonly element: EnrollSettings;
  readonly requests: LatestRequest;
  user(): User | null;
  /** The user's verified app, as last known. */
  totp(): UserTotp | null;
  /** A user the backend answered with: the element fires `user-change` and learns from it whether the app is on. */
  emitUser(user: User | null): void;
}

/**
 * The enrolled user's screens: the app is on, with View recovery codes, Replace and Remove.
 * An action that needs a second factor asks for a code first (in place, the step-up) when the
 * session is known to lack one, or when the backend answers 403 `insufficient_session_factors`,
 * then carries on. Its chunk loads only for a user who has an authenticator app.
 */
export class ManagePanel {
  step: ManageStep = 'on';
  /** A request of an action is under way. */
  busy = false;
  readonly announcer: Announcer;
  #action: StepUpAction = 'recovery-codes';
  #notice = '';
  #outcome: ActionOutcome | null = null;
  readonly #heading;
  readonly #focus: FocusAfterRender;
  readonly #codes: ViewedCodes;
  readonly #stepUp: StepUp;

  constructor(private readonly host: ManageHost) {
    const { element } = host;
    this.announcer = new Announcer(element);
    this.#focus = new FocusAfterRender(element);
    this.#heading = queried(element, '#step-heading');
    const strings = () => this.t;
    const announce = (text: string) => this.announcer.announce(text);
    this.#codes = new ViewedCodes({ element, strings, announce, locale: () => this.locale, user: host.user });
    this.#stepUp = new StepUp({
      element, requests: host.requests, focus: this.#focus, strings, locale: () => this.locale, announce, api: () => this.api(),
      passed: (method, response) => {
        const totp = host.totp();
        element.dispatchEvent(new TotpStepUpEvent({ method, action: this.#action, user_id: response.user_id, totp_id: totp?.totp_id ?? response.totp_id }));
        host.emitUser(response.user);
        void this.run(this.#action, true);
      },
      ended: (failure) => (failure === 'not-enrolled' ? this.show('removed-elsewhere') : this.show('error', { title: this.t.actionFailed, message: this.t.sessionExpired, retry: false })),
    });
    adoptMoreStyles(element, [...flowStyles, manageStyles]);
  }

  private get locale(): string {
    return localeOf(this.host.element);
  }

  get t(): TotpEnrollStrings {
    return manageStringsFor(this.locale, this.host.element.strings);
  }

  /** Create met `active_totp_exists`: the "on" state, saying why it opened. */
  alreadyOn(): void {
    this.reset();
    this.#notice = this.t.alreadyOn;
    this.show('on');
  }

  /**
   * The user has no app now (signed out, removed elsewhere — or by this very Remove, which the
   * Stytch SDK reports before its answer arrives): back to "on", except that a removal in flight
   * finishes, so its `totp-removed` fires and Replace opens the setup.
   */
  userLeft(): void {
    if (!(this.busy && this.#action !== 'recovery-codes')) this.reset();
  }

  /** Back to "on": forgets the codes shown and what was typed, cancels a request in flight. */
  reset(): void {
    if (this.busy || this.#stepUp.busy) this.host.requests.abort();
    this.busy = false;
    this.#notice = '';
    this.#outcome = null;
    this.#stepUp.reset();
    this.#codes.clear();
    this.announcer.clear();
    this.step = 'on';
    this.host.element.requestUpdate();
  }

  render(): TemplateResult {
    const stepUp = this.#stepUp;
    return renderScreen(this.step, {
      t: this.t, locale: this.locale, busy: this.busy, createdAt: this.host.totp()?.created_at,
      notice: this.#notice, outcome: this.#outcome, action: this.#action,
      stepUp: { recovery: stepUp.method === 'recovery_code', field: stepUp.field(), switchMethod: () => stepUp.switchMethod() },
      codes: () => this.#codes.render(() => this.back()),
      choose: (action) => this.choose(action), run: (action) => void this.guarded(action), back: () => this.back(),
      setUpAgain: (start) => void this.setUpAgain(start),
    });
  }

  /** An action from the "on" state: the codes at once (after a step-up if needed); Remove and Replace ask to confirm first. */
  private choose(action: StepUpAction): void {
    this.#notice = '';
    if (action === 'recovery-codes') void this.guarded(action);
    else this.show(action);
  }

  /** Runs the action, asking for a code first when the session is known to lack a second factor. */
  private async guarded(action: StepUpAction): Promise<void> {
    if (this.busy) return;
    this.#action = action;
    const api = this.api();
    if (!api) return;
    if (api.sessionHasSecondFactor?.() === false) return this.askForCode();
    await this.run(action, false);
  }

  private askForCode(): void {
    this.#stepUp.reset();
    this.show('step-up');
  }

  private async run(action: StepUpAction, afterStepUp: boolean): Promise<void> {
    const api = this.api();
    const totp = this.host.totp();
    if (!api || !totp) return;
    this.busy = true;
    this.host.element.requestUpdate();
    const outcome = await this.host.requests.run((signal) => requestAction(api, action, totp, signal));
    if (!outcome) return;
    this.busy = false;
    if (!outcome.ok) return this.failed(asTotpApiError(outcome.error), action, afterStepUp);
    const answer = outcome.value;
    if ('removed' in answer) return this.removed(totp, answer.removed.user, action === 'replace');
    const said = this.#codes.show(answer.codes);
    this.show('recovery-codes');
    this.announcer.announce(said);
  }

  /** The app is gone: the element learns it from the user (back to "Set up"), and Replace opens the setup. */
  private removed(totp: UserTotp, user: User, replacing: boolean): void {
    const { element } = this.host;
    element.dispatchEvent(new TotpRemovedEvent({ totp_id: totp.totp_id, user }));
    this.host.emitUser(user);
    if (replacing) return void element.start();
    this.#focus.request(queried(element, '#heading'));
    this.announcer.announce(this.t.removed);
  }

  private failed(error: TotpApiError, action: StepUpAction, afterStepUp: boolean): void {
    this.host.element.dispatchEvent(new TotpErrorEvent(error, action === 'recovery-codes' ? 'recovery_codes' : 'delete'));
    if (error.aborted) return;
    if (error.error_type === 'insufficient_session_factors' && !afterStepUp) return this.askForCode();
    if (error.error_type === 'totp_not_found') return this.show('removed-elsewhere');
    const problem = describeProblem(error, this.t, this.host.element.apiBase);
    if (problem.configuration) warnDevelopers(error);
    this.show('error', { title: this.t.actionFailed, message: problem.message, retry: problem.retry });
  }

  /** After "already removed": the element asks who the user is now (back to "Set up"), and `start` opens the setup. */
  private async setUpAgain(start: boolean): Promise<void> {
    const user = this.host.user();
    // The backend said the app is gone: the user as known, without it.
    if (user) this.host.emitUser(withoutTotp(user, this.host.totp()?.totp_id));
    if (start) await this.host.element.start();
  }

  private back(): void {
    this.reset();
    this.show('on');
  }

  private show(step: ManageStep, outcome: ActionOutcome | null = null): void {
    this.step = step;
    this.#outcome = outcome;
    if (step !== 'recovery-codes') this.#codes.clear();
    this.#focus.request(this.#heading);
    const title = outcome ? `${outcome.title}. ${outcome.message}` : screenTitle(step, this.t);
    if (title) this.announcer.announce(step === 'on' && this.#notice ? `${title}. ${this.#notice}` : title);
    this.host.element.requestUpdate();
  }

  private api(): TotpApi | null {
    const { element } = this.host;
    const resolved = actionApi(element);
    if ('api' in resolved) return resolved.api;
    warnDevelopers(resolved.problem);
    this.show('error', { title: this.t.actionFailed, message: describeProblem(resolved.problem, this.t, element.apiBase).message, retry: false });
    return null;
  }
}
