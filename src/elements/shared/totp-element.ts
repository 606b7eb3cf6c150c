import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { HttpTotpApiOptions } from '../../api/http-client.js';
import { DEFAULT_TIMEOUT_MS, SESSION_DURATION_MINUTES } from '../../api/limits.js';
import type { StytchClientLike } from '../../api/stytch-client.js';
import type { TotpApi } from '../../api/types.js';
import type { TotpChallengeStrings } from '../challenge/strings.js';

/**
 * The public settings of `<totp-challenge>`: the same backend settings as `<totp-enroll>`'s,
 * read at each submit. Not registered itself; `TotpChallenge` extends it.
 */
export class TotpChallengeSettings extends LitElement {
  /** Lifetime of the session after the code is accepted, in minutes (5 to 527040). */
  @property({ attribute: 'session-duration-minutes' }) sessionDurationMinutes: number | string = SESSION_DURATION_MINUTES.default;

  /** Base URL of a server speaking Stytch's SDK REST protocol (`https:`, loopback `http:`, or a path here). Default: this page's origin. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** A Stytch public token: requests then carry `Basic public_token:session_token` as the Stytch SDK sends them. */
  @property({ attribute: 'public-token' }) publicToken = '';

  /** The cookie the session token is read from (with `public-token`). Default `stytch_session`. */
  @property({ attribute: 'session-cookie' }) sessionCookie = '';

  /** The session token, or a function returning it. A property only: a token never goes into an attribute. */
  @property({ attribute: false }) sessionToken: string | (() => string | null | undefined) | null = null;

  /**
   * Origins besides this page's, Stytch's API and localhost that may receive the token read from
   * the `session-cookie` cookie (`['https://auth.example.com']`). A property only, never an
   * attribute: markup slipped into the page must not be able to widen it.
   */
  @property({ attribute: false }) trustedApiOrigins: readonly string[] = [];

  /** Give up waiting for the server after this many milliseconds (HTTP backend only). */
  @property({ attribute: 'timeout-ms', type: Number }) timeoutMs = DEFAULT_TIMEOUT_MS;

  /** The backend: a Stytch SDK client (`totps.authenticate`, `totps.recover`) or any `TotpApi` with `recover`. */
  @property({ attribute: false }) client: TotpApi | StytchClientLike | null = null;

  /** Overrides for any of the element's texts (see `TotpChallengeStrings`). */
  @property({ attribute: false }) strings: Partial<TotpChallengeStrings> = {};

  /** @internal The HTTP client's options from the attributes. */
  httpOptions(): HttpTotpApiOptions {
    const http: HttpTotpApiOptions = { timeoutMs: this.timeoutMs };
    if (this.apiBase) http.baseUrl = this.apiBase;
    if (this.publicToken) http.publicToken = this.publicToken;
    if (this.sessionCookie) http.sessionCookie = this.sessionCookie;
    if (this.sessionToken) http.sessionToken = this.sessionToken;
    // A copy: the list is read now, as the other settings are; a change applies to the next submit.
    http.trustedApiOrigins = Array.isArray(this.trustedApiOrigins) ? [...this.trustedApiOrigins] : this.trustedApiOrigins;
    return http;
  }
}

