import type { Client, Session, User } from 'stytch';
import type { SecondFactorRule } from '../http/mfa-rule.js';
import type { SdkServerOptions } from '../http/sdk-app.js';

/**
 * The calls the bridge makes, typed from the `stytch` package itself. A
 * `stytch.Client` fits; so does any object with the same methods (a wrapper that adds
 * tracing, or a fake in a unit test).
 */
export interface StytchBackendClient {
  sessions: Pick<Client['sessions'], 'authenticate' | 'revoke'>;
  totps: Pick<Client['totps'], 'create' | 'authenticate' | 'recover' | 'recoveryCodes'>;
  users: Pick<Client['users'], 'get' | 'deleteTOTP'>;
}

/**
 * Attributes of the session cookie the bridge sets (when it refreshes it, and when it clears it at
 * logout). `HttpOnly` and `Secure` are always on. The defaults (`Path=/`, no `Domain`,
 * `SameSite=Lax`) suit a `__Host-` cookie and one the app set with the same defaults; an app whose
 * own cookie has another Domain or Path must say so here, or the browser keeps two cookies of the
 * same name (which both servers then refuse as ambiguous).
 */
export interface SessionCookieAttributes {
  domain?: string;
  path?: string;
  sameSite?: 'Strict' | 'Lax' | 'None';
}

/** The `dispatcher` the `stytch` package passes to `fetch` (an undici Dispatcher). */
export type StytchDispatcher = NonNullable<ConstructorParameters<typeof Client>[0]['dispatcher']>;

/** What both kinds of bridge options take; `basePath`, `allowedOrigins` and `maxBodyBytes` are the local backend's too. */
interface CommonBridgeOptions extends SdkServerOptions {
  /**
   * Cookie holding the caller's session token when the request carries none in its
   * `Authorization` header. Default `'stytch_session'` (where Stytch's browser SDK keeps it,
   * and where a server that sets an HttpOnly session cookie usually puts it too).
   * `false` reads no cookie: only `Authorization: Basic base64(public_token:session_token)` counts.
   */
  sessionCookie?: string | false;
  /**
   * When a request's session token came from the session cookie, Authenticate and Recover answer
   * empty `session_token`/`session_jwt` (page script must not get what an HttpOnly cookie kept from
   * it) and refresh the cookie with `Set-Cookie` instead: same name, `HttpOnly; Secure`, lasting as
   * long as the session. Default attributes `Path=/`, no `Domain`, `SameSite=Lax`; an app whose own
   * session cookie has another Domain, Path or SameSite sets them here, or the browser would keep
   * two cookies of that name. A `__Host-` name with a Domain or a Path other than `/` is refused
   * when the bridge is created. `false`: the bridge never sets the cookie (no refresh, no
   * clearing at logout), for an app that keeps it script-readable, as Stytch's browser SDK does:
   * a refresh would make it HttpOnly, out of the SDK's sight. (The tokens stay out of the body.)
   */
  sessionCookieAttributes?: SessionCookieAttributes | false;
  /**
   * The project's public token. When set, an `Authorization: Basic` header naming another
   * public token is refused (401 `invalid_public_token`). Default: any public token is
   * accepted, because the bridge authenticates to Stytch with the project secret, not with it.
   */
  publicToken?: string;
  /**
   * Decides whether a call that reads or changes the user's factors (`action`: `'totp.create'`,
   * `'totp.recovery_codes'`, `'totp.delete'` with the TOTP removed as `target`) may go ahead, given
   * Stytch's `user` and `session` from `sessions.authenticate`. Only `true` lets the call through; anything else is
   * 403 `insufficient_session_factors`, before Stytch is asked to act. It replaces the default,
   * `defaultSecondFactorRule` (exported): once the user has another verified MFA method (phone
   * number, WebAuthn or biometric registration, verified TOTP), the session must have passed a
   * second factor (SMS/WhatsApp OTP, WebAuthn, biometric, TOTP or recovery code), as Stytch's
   * SDK API asks; the secret-key API the bridge calls checks none of it. To tighten it:
   * `(c) => defaultSecondFactorRule(c) && myRule(c)`.
   */
  secondFactorRule?: SecondFactorRule<User, Session>;
  /**
   * How long one Stytch call may take, in milliseconds, before the browser gets 504
   * `stytch_timeout` (in Stytch's error shape). Default 10000. The `stytch` package's own
   * `timeout` does nothing (it is handed to `fetch`, which has no such option), so the bridge
   * bounds the calls itself. When the bridge makes the client (`projectId` + `secret`), the
   * timed-out HTTP request is aborted and its connection closed; with `client`, the answer is
   * still bounded, but the call itself runs on unless that client has a timeout of its own.
   */
  stytchTimeoutMs?: number;
  /**
   * Where unexpected failures are reported (one line with the stack). Default `console.error`.
   * The project secret is removed from every line before it is passed on.
   */
  log?: (line: string) => void;
}

/** The bridge builds its own `stytch.Client` from the project's credentials. */
export interface CredentialsBridgeOptions extends CommonBridgeOptions {
  client?: undefined;
  /** Stytch project id, e.g. `project-test-…`; it also picks Stytch's test or live API. */
  projectId: string;
  /** Stytch project secret. Used for Stytch's backend API only: never sent to the browser or logged. */
  secret: string;
  /**
   * Base URL of Stytch's backend API instead of the one the project id picks, e.g. a
   * custom domain or, in tests, a local stand-in. Must be `https:` (the `stytch` package
   * refuses anything else). Default: the `stytch` package's choice.
   */
  customBaseUrl?: string;
  /**
   * The undici Dispatcher the client's requests go through: a proxy agent, or an agent that
   * trusts a private CA (`new Agent({ connect: { ca } })`) without changing it for the whole
   * process. Default: Node's global dispatcher.
   */
  dispatcher?: StytchDispatcher;
}

/** The bridge uses a client the application already made. */
export interface ClientBridgeOptions extends CommonBridgeOptions {
  /**
   * A `stytch.Client` (or anything with `sessions.authenticate`, `sessions.revoke`,
   * `totps.create`, `totps.authenticate`, `totps.recover`, `totps.recoveryCodes`, `users.get` and
   * `users.deleteTOTP`; `sessions.authenticate` must answer
   * with the `user`, as Stytch's does, or Create fails rather than skip the MFA rule).
   * `Retry-After` from Stytch is copied only when the bridge makes the client itself: the `stytch`
   * package does not expose response headers.
   */
  client: StytchBackendClient;
  projectId?: undefined;
  secret?: undefined;
  customBaseUrl?: undefined;
  dispatcher?: undefined;
}

/** Options of `createStytchBridge`: either `client`, or `projectId` + `secret`. */
export type StytchBridgeOptions = CredentialsBridgeOptions | ClientBridgeOptions;
