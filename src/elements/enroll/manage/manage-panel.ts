import { html, type TemplateResult } from 'lit';
import { createRef } from 'lit/directives/ref.js';
import { TotpApiError } from '../../../api/errors.js';
import { resolveTotpApi } from '../../../api/resolve.js';
import type { DeleteTotpResponse, RecoveryCodesResponse, TotpApi, User, UserTotp } from '../../../api/types.js';
import { localeOf } from '../../i18n/registry.js';
import { Announcer } from '../../shared/announcer.js';
import { TotpErrorEvent } from '../../shared/events.js';
import { FocusAfterRender, queried } from '../../shared/focus-after-render.js';
import { formatNumber } from '../../shared/format-number.js';
import { httpOptionsOf } from '../../shared/http-options.js';
import type { LatestRequest } from '../../shared/latest-request.js';
import { asTotpApiError, describeProblem, warnDevelopers } from '../../shared/problems.js';
import { adoptMoreStyles } from '../adopt-styles.js';
import { TotpRemovedEvent, TotpStepUpEvent, type StepUpAction } from '../events.js';
import { accountOf } from '../flow/account.js';
import { flowStyles } from '../flow/flow.styles.js';
import { CopyFeedback } from '../flow/platform/copy-feedback.js';
import { RecoveryCodes } from '../flow/recovery-codes.js';
import type { EnrollSettings } from '../settings.js';
import type { ManageStep } from '../state.js';
import type { TotpEnrollStrings } from '../strings.js';
import { manageStringsFor } from './manage-strings.js';
import { manageStyles } from './manage.styles.js';
import { StepUp } from './step-up.js';
import { renderConfirm, renderOutcome } from './views/confirm-view.js';
import { renderOn } from './views/on-view.js';
import { renderStepUp } from './views/step-up-view.js';
import { renderViewedCodes } from './views/viewed-codes-view.js';

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

/** Fewer than this many unused codes left is "running low". */
const LOW = 4;

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
  #outcome: { title: string; message: string; retry: boolean } | null = null;
  #codes: RecoveryCodesResponse | null = null;
  readonly #heading = createRef<HTMLElement>();
  readonly #list = createRef<HTMLElement>();
  readonly #focus: FocusAfterRender;
  readonly #copies: CopyFeedback;
  readonly #saving: RecoveryCodes;
  readonly #stepUp: StepUp;

  constructor(private readonly host: ManageHost) {
    const { element } = host;
    this.announcer = new Announcer(element);
    this.#focus = new FocusAfterRender(element);
    const strings = () => this.t;
    const announce = (text: string) => this.announcer.announce(text);
    this.#copies = new CopyFeedback(element, { strings, announce });
    this.#saving = new RecoveryCodes(element, {
      strings, announce, locale: () => this.locale, copy: (key, text, node) => this.#copies.copy(key, text, node), finished: () => {},
      shown: () => {
        const user = host.user();
        const codes = this.#codes?.recovery_codes;
        return codes && user ? { codes, issuer: element.issuer || location.hostname, account: accountOf(element.accountName, user) } : null;
      },
    });
    this.#stepUp = new StepUp({
      element, requests: host.requests, focus: this.#focus, strings, locale: () => this.locale, announce, api: () => this.api(),
      passed: (method, response) => {
        const totp = host.totp();
        element.dispatchEvent(new TotpStepUpEvent({ method, action: this.#action, user_id: response.user_id, totp_id: totp?.totp_id ?? response.totp_id }));
        host.emitUser(response.user);
        void this.run(this.#action, true);
      },
      ended: (failure) => (failure === 'not-enrolled' ? this.removedElsewhere() : this.show('error', { title: this.t.actionFailed, message: this.t.sessionExpired, retry: false })),
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

  /** Back to "on": forgets the codes shown and what was typed, cancels a request in flight. */
  reset(): void {
    if (this.busy || this.#stepUp.busy) this.host.requests.abort();
    this.busy = false;
    this.#codes = null;
    this.#notice = '';
    this.#outcome = null;
    this.#stepUp.reset();
    this.#copies.clear();
    this.announcer.clear();
    this.step = 'on';
    this.host.element.requestUpdate();
  }

  render(): TemplateResult {
    const { t } = this;
    const heading = this.#heading;
    const back = () => this.back();
    switch (this.step) {
      case 'step-up':
        return renderStepUp({
          t, heading, recovery: this.#stepUp.method === 'recovery_code', field: this.#stepUp.field(),
          switchMethod: () => this.#stepUp.switchMethod(), cancel: back,
        });
      case 'recovery-codes': {
        const codes = this.#codes?.recovery_codes ?? [];
        return renderViewedCodes({
          t, heading, codes, left: formatNumber(this.locale, codes.length), low: codes.length < LOW, copies: this.#copies,
          list: this.#list, saving: this.#saving, done: back,
        });
      }
      case 'remove':
      case 'replace': {
        const kind = this.step;
        return renderConfirm({ t, heading, kind, busy: this.busy, confirm: () => void this.guarded(kind), cancel: back });
      }
      case 'removed-elsewhere':
        return renderOutcome({
          t, heading, title: t.removedElsewhereHeading, message: t.removedElsewhereHelp, back: () => void this.setUpAgain(false),
          action: { label: t.start, part: 'start-button', run: () => void this.setUpAgain(true) },
        });
      case 'error': {
        const outcome = this.#outcome!;
        const action = this.#action;
        return renderOutcome({
          t, heading, title: outcome.title, message: outcome.message, back,
          action: outcome.retry ? { label: t.retry, part: 'retry-button', run: () => void this.guarded(action) } : null,
        });
      }
      default: {
        const created = Date.parse(this.host.totp()?.created_at ?? '');
        const since = Number.isNaN(created) ? '' : new Intl.DateTimeFormat(this.locale, { dateStyle: 'long' }).format(created);
        return html`${renderOn({ t, heading, since, notice: this.#notice, choose: (action) => this.choose(action) })}`;
      }
    }
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
    const outcome = await this.host.requests.run<RecoveryCodesResponse | DeleteTotpResponse>((signal) => {
      const call = action === 'recovery-codes' ? api.recoveryCodes : api.deleteTotp;
      if (typeof call !== 'function') {
        throw new TotpApiError({ status_code: 0, error_type: 'invalid_argument', error_message: `client has no ${action === 'recovery-codes' ? 'recoveryCodes' : 'deleteTotp'}().` });
      }
      return action === 'recovery-codes' ? api.recoveryCodes!({ signal }) : api.deleteTotp!(totp.totp_id, { signal });
    });
    if (!outcome) return;
    this.busy = false;
    if (!outcome.ok) return this.failed(asTotpApiError(outcome.error), action, afterStepUp);
    if (action === 'recovery-codes') {
      this.#codes = outcome.value as RecoveryCodesResponse;
      const left = this.#codes.recovery_codes.length;
      this.show('recovery-codes');
      this.announcer.announce(`${this.t.codesHeading}. ${this.t.codesLeft(formatNumber(this.locale, left), left)}`);
      return;
    }
    this.removed(totp, (outcome.value as DeleteTotpResponse).user, action === 'replace');
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
    if (error.error_type === 'totp_not_found') return this.removedElsewhere();
    const problem = describeProblem(error, this.t, this.host.element.apiBase);
    if (problem.configuration) warnDevelopers(error);
    this.show('error', { title: this.t.actionFailed, message: problem.message, retry: problem.retry });
  }

  /** `totp_not_found`: nothing left to manage here. */
  private removedElsewhere(): void {
    this.show('removed-elsewhere');
  }

  /** After "already removed": the element asks who the user is now (back to "Set up"), and `start` opens the setup. */
  private async setUpAgain(start: boolean): Promise<void> {
    const user = this.host.user();
    const gone = this.host.totp()?.totp_id;
    // The backend said the app is gone: the user as known, without it.
    if (user) this.host.emitUser({ ...user, totps: (Array.isArray(user.totps) ? user.totps as UserTotp[] : []).filter((t) => t.totp_id !== gone) });
    if (start) await this.host.element.start();
  }

  private back(): void {
    this.reset();
    this.show('on');
  }

  private show(step: ManageStep, outcome: { title: string; message: string; retry: boolean } | null = null): void {
    this.step = step;
    this.#outcome = outcome;
    if (step !== 'recovery-codes') this.#codes = null;
    this.#copies.clear();
    this.#focus.request(this.#heading);
    const titles: Partial<Record<ManageStep, string>> = {
      'step-up': this.t.stepUpHeading, remove: this.t.removeHeading, replace: this.t.replaceHeading,
      'removed-elsewhere': this.t.removedElsewhereHeading, on: this.t.onHeading,
    };
    const title = outcome ? `${outcome.title}. ${outcome.message}` : titles[step];
    if (title) this.announcer.announce(step === 'on' && this.#notice ? `${title}. ${this.#notice}` : title);
    this.host.element.requestUpdate();
  }

  private api(): TotpApi | null {
    const { element } = this.host;
    try {
      return resolveTotpApi(element.client, httpOptionsOf(element));
    } catch (error) {
      const problem = asTotpApiError(error);
      warnDevelopers(problem);
      this.show('error', { title: this.t.actionFailed, message: describeProblem(problem, this.t, element.apiBase).message, retry: false });
      return null;
    }
  }
}
