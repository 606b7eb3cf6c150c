import type { ReactiveController } from 'lit';
import type { User, UserTotp } from '../../api/types.js';
import type { LatestRequest } from '../shared/latest-request.js';
import { verifiedTotpOf } from './enrolled-totp.js';
import type { ManagePanel } from './manage/manage-panel.js';
import { manageModule } from './manage/manage-chunk.js';
import { lookUpUser } from './user-lookup.js';
import type { EnrollSettings } from './settings.js';

/** The settings that pick the backend or the session: a change asks who the user is again. */
const BACKEND_SETTINGS = ['client', 'apiBase', 'publicToken', 'sessionCookie', 'sessionToken', 'trustedApiOrigins'] as const;

/** Each element's EnrolledUser, for the setup in the same chunk (Create's `active_totp_exists` asks it). */
export const enrolledUserOf = new WeakMap<EnrollSettings, EnrolledUser>();

/** What `<totp-enroll>` gives the controller that knows its user. */
export interface EnrolledUserHost {
  readonly element: EnrollSettings;
  /** The element's one request primitive, which the actions of the "on" state use. */
  readonly requests: LatestRequest;
  /** A request primitive of its own for the lookups, so a user-change during a setup cancels no setup request. */
  readonly lookups: LatestRequest;
  /** The element's user-change (once per distinct user), for the users the actions' answers carry. */
  emitUser(user: User | null): void;
  failedToLoad(cause: unknown): void;
}

/**
 * Whether the signed-in user has a verified authenticator app, and for one who has, the "on"
 * state's chunk (manage/). A chunk of its own (with the API clients), loaded on connect. It asks the backend on connect (the SDK adapter answers from its
 * cache) and learns from every user the element hears of afterwards (sign-in, sign-out, the
 * backend's answers), so "Set up" is never offered to, nor Create called for, an enrolled user.
 */
export class EnrolledUser implements ReactiveController {
  /** The verified app, `null` for none; `undefined` while the element still asks. */
  known: UserTotp | null | undefined = undefined;
  manage: ManagePanel | null = null;
  #user: User | null = null;
  readonly #lookups: LatestRequest;
  /** The backend settings as of the last update: a change asks again. */
  #settings: unknown[];

  constructor(private readonly host: EnrolledUserHost) {
    const { element } = host;
    element.addController(this);
    enrolledUserOf.set(element, this);
    this.#lookups = host.lookups;
    this.#settings = BACKEND_SETTINGS.map((key) => element[key]);
    // Every user the element hears of (its backend's answers, the client's changes) says whether the app is on.
    element.addEventListener('user-change', (event) => this.heard(event.detail.user));
  }

  /** The signed-in user as last heard of (`null`: none, or not known yet). */
  get user(): User | null {
    return this.#user;
  }

  /** `checking` while it asks (or the "on" state's chunk loads): the first screen is busy meanwhile; then `enrolled` or `idle`. */
  get state(): 'checking' | 'enrolled' | 'idle' {
    if (this.known === undefined || (this.known && !this.manage)) return 'checking';
    return this.known ? 'enrolled' : 'idle';
  }

  /**
   * Asks the backend who the user is (`atConnect`: an `autostart` may follow). What the element
   * knew stays on screen meanwhile when it is the same backend asked again (a reconnect); for
   * another backend (a new `client`) it does not know yet. `early`: the fetch holding the lookup
   * the first screen already sent (see early-lookup.ts).
   */
  async lookUp(atConnect = false, sameBackend = false, early?: typeof fetch): Promise<void> {
    if (!sameBackend) this.known = undefined;
    this.host.element.requestUpdate();
    const element = this.host.element;
    const outcome = await this.#lookups.run((signal) => lookUpUser(element, signal, early));
    if (!outcome) return;
    // Unknown counts as not enrolled, quietly: "Set up" then says what is wrong (a signed-out
    // session, a bad api-base), or meets `active_totp_exists`, which leads back here.
    // A backend that cannot say (no `getUser`) knows no enrolled user; a failed lookup keeps what was known.
    await this.learn(outcome.ok ? outcome.value ?? null : this.#user, atConnect);
  }

  /** A user the element heard of: newer than any lookup in flight. */
  heard(user: User | null): void {
    this.#lookups.abort();
    void this.learn(user, false);
  }

  /** Create said `active_totp_exists`: ask again; true when the app is on after all (another tab, a stale page). */
  async alreadyEnrolled(): Promise<boolean> {
    await this.lookUp();
    if (!this.known || !this.manage) return false;
    this.manage.alreadyOn();
    return true;
  }

  /**
   * Another backend (or session) may know another user: after a change of a backend setting it
   * asks again — unless a setup or an action is under way.
   */
  hostUpdate(): void {
    const { element } = this.host;
    const now = BACKEND_SETTINGS.map((key) => element[key]);
    const changed = now.some((value, i) => value !== this.#settings[i]);
    this.#settings = now;
    const quiet = element.state === 'checking' || element.state === 'idle' || element.step === 'on';
    if (changed && quiet && element.isConnected) void this.lookUp();
  }

  hostDisconnected(): void {
    this.manage?.reset();
  }

  private async learn(user: User | null, atConnect: boolean): Promise<void> {
    this.#user = user;
    this.known = verifiedTotpOf(user);
    this.host.element.requestUpdate();
    if (!this.known) {
      this.manage?.userLeft();
      const { element } = this.host;
      if (atConnect && element.autostart && element.state === 'idle') void element.start();
      return;
    }
    if (this.manage) return;
    try {
      const { ManagePanel } = await manageModule.load();
      this.manage ??= new ManagePanel({
        element: this.host.element, requests: this.host.requests, user: () => this.#user, totp: () => this.known ?? null,
        emitUser: (changed) => this.host.emitUser(changed),
      });
    } catch (error) {
      this.host.failedToLoad(error);
    }
    this.host.element.requestUpdate();
  }
}
