import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { DEFAULT_TIMEOUT_MS, SESSION_DURATION_MINUTES } from '../../api/limits.js';
import type { StytchClientLike } from '../../api/stytch-client.js';
import type { TotpApi, User } from '../../api/types.js';
import { subscribeToUserChanges } from '../../api/user-changes.js';
import { localeOf } from '../i18n/registry.js';
import { UserChangeEvent } from './events.js';

/**
 * What `<totp-enroll>` and `<totp-challenge>` both are: the backend settings (attributes and
 * properties, documented once here; `httpOptionsOf()` turns them into the HTTP client's
 * options), the user subscription behind `user-change`, the language, and the reflected
 * `state` attribute.
 * Not registered itself (Material Web's `internal/` base classes): each element extends it.
 */
export abstract class TotpElement extends LitElement {
  // `static properties`, not decorators, in both elements: the same reactive properties without
  // the decorator helpers in every page's first download (BENCHMARKS.md, "What costs what").
  static override properties: PropertyDeclarations = {
    sessionDurationMinutes: { attribute: 'session-duration-minutes' },
    apiBase: { attribute: 'api-base' },
    publicToken: { attribute: 'public-token' },
    sessionCookie: { attribute: 'session-cookie' },
    sessionToken: { attribute: false },
    trustedApiOrigins: { attribute: false },
    timeoutMs: { attribute: 'timeout-ms', type: Number },
    client: { attribute: false },
  };

  /** Lifetime of the session the accepted code starts or completes, in minutes (5 to 527040). */
  sessionDurationMinutes: number | string = SESSION_DURATION_MINUTES.default;

  /**
   * Base URL of a server speaking Stytch's SDK REST protocol: an `https:` URL, `http:` only for
   * localhost, or a path on this site (`/stytch`). Anything else is a configuration error.
   * Default: this page's origin.
   */
  apiBase = '';

  /**
   * A Stytch public token. With it, requests carry `Basic public_token:session_token` as the
   * Stytch SDK sends them, the session token coming from `sessionToken` or the `session-cookie`
   * cookie. Without it, cookies alone carry the session.
   */
  publicToken = '';

  /** The cookie the session token is read from (with `public-token`). Default `stytch_session`. */
  sessionCookie = '';

  /**
   * The session token, or a function returning the current one, for pages that keep it
   * elsewhere than the Stytch SDK's cookie. A property only: a token never goes into an attribute.
   */
  sessionToken: string | (() => string | null | undefined) | null = null;

  /**
   * Origins besides this page's, Stytch's API (`https://api.stytch.com`, `https://test.stytch.com`)
   * and localhost that may receive the session token read from the `session-cookie` cookie, e.g.
   * `['https://auth.example.com']` for your own API or Stytch custom domain at `api-base`. To any
   * other `api-base` the element sends no token from the cookie (and warns once in the console).
   * A property only, never an attribute: markup slipped into the page must not be able to widen it.
   */
  trustedApiOrigins: readonly string[] = [];

  /** Give up waiting for the server after this many milliseconds (HTTP backend only). */
  timeoutMs = DEFAULT_TIMEOUT_MS;

  /**
   * The backend: a Stytch SDK client (`@stytch/vanilla-js`), or any object implementing `TotpApi`
   * (`<totp-challenge>`'s recovery codes need its `recover`). When unset, the element uses
   * Stytch's SDK REST protocol at `api-base`.
   */
  client: TotpApi | StytchClientLike | null = null;

  #unsubscribeUser: (() => void) | null = null;
  #lastUser: string | undefined;

  /** Where the element is; reflected as its `state` attribute for the page's styles (`[state='verified']`). */
  abstract get state(): string;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#subscribeToUser();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribeUser?.();
    this.#unsubscribeUser = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('client') && this.isConnected) this.#subscribeToUser();
  }

  protected override updated(_changed: PropertyValues<this>): void {
    this.setAttribute('state', this.state);
  }

  /** The language of the nearest `lang` attribute: it picks the texts and the number and date formats. */
  protected get locale(): string {
    return localeOf(this);
  }

  /** Fires `user-change` once per distinct user, however many sources report it. */
  protected emitUser(user: User | null): void {
    const key = JSON.stringify(user);
    if (key === this.#lastUser || !this.isConnected) return;
    this.#lastUser = key;
    this.dispatchEvent(new UserChangeEvent(user));
  }

  #subscribeToUser(): void {
    this.#unsubscribeUser?.();
    this.#unsubscribeUser = subscribeToUserChanges(this.client, (user) => this.emitUser(user));
  }
}
