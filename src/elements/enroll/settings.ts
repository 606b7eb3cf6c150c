import { LitElement, type PropertyDeclarations } from 'lit';
import { DEFAULT_TIMEOUT_MS, EXPIRATION_MINUTES, SESSION_DURATION_MINUTES } from '../../api/limits.js';
import type { StytchClientLike } from '../../api/stytch-client.js';
import type { TotpApi } from '../../api/types.js';
import type { TotpEnrollStrings } from './flow/flow-strings.js';

/**
 * The public settings of `<totp-enroll>`, its attributes and properties: read when a setup
 * starts. Not registered itself; `TotpEnroll` extends it.
 */
export class TotpEnrollSettings extends LitElement {
  // `static properties`, not decorators: the same reactive properties without the decorator
  // helpers in every page's first download (BENCHMARKS.md, "What costs what").
  static override properties: PropertyDeclarations = {
    expirationMinutes: { attribute: 'expiration-minutes' },
    sessionDurationMinutes: { attribute: 'session-duration-minutes' },
    apiBase: { attribute: 'api-base' },
    publicToken: { attribute: 'public-token' },
    sessionCookie: { attribute: 'session-cookie' },
    sessionToken: { attribute: false },
    trustedApiOrigins: { attribute: false },
    timeoutMs: { attribute: 'timeout-ms', type: Number },
    issuer: {},
    accountName: { attribute: 'account-name' },
    autostart: { type: Boolean },
    qrCanvas: { type: Boolean, attribute: 'qr-canvas' },
    client: { attribute: false },
    strings: { attribute: false },
  };

  /** Minutes before an unverified registration expires: a whole number from 5 to 1440. */
  expirationMinutes: number | string = EXPIRATION_MINUTES.default;

  /** Lifetime of the session started by a verified code, in minutes (5 to 527040). */
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

  /**
   * The backend: a Stytch SDK client (`@stytch/vanilla-js`), or any object implementing
   * `TotpApi`. When unset, the element uses Stytch's SDK REST protocol at `api-base`.
   */
  client: TotpApi | StytchClientLike | null = null;

  /** Overrides for any of the element's texts (see `TotpEnrollStrings`); functions for texts with numbers. */
  strings: Partial<TotpEnrollStrings> = {};
}
