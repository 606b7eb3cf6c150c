import type { SessionTokenSource } from './session-token.js';

/** How {@link HttpTotpApi} reaches a backend and what it accepts from it. */
export interface HttpTotpApiOptions {
  /**
   * Where the Stytch SDK API lives; requests go to `${baseUrl}/sdk/v1/…`. An `https:` URL, an
   * `http:` URL of a loopback host, or a path on the page's origin (see `parseApiBase`).
   * Default: the page's own origin.
   */
  baseUrl?: string;
  /**
   * A Stytch public token. With it, requests carry `Authorization: Basic
   * base64(public_token:session_token)` as the Stytch SDK sends them, or
   * `public_token:public_token` when no session token is readable (then the API must know the
   * session from its own HttpOnly cookie). Without it, the session travels in cookies alone.
   */
  publicToken?: string;
  /**
   * The session token, or a function returning the current one (read at every request).
   * Sent to `baseUrl`, wherever it is: handing it over is the page's choice.
   * Default: the `sessionCookie` cookie, as the Stytch SDK reads it.
   */
  sessionToken?: SessionTokenSource;
  /**
   * The cookie holding the session token when `sessionToken` gives none. Default `stytch_session`.
   * Its token goes only to the page's origin, `https://api.stytch.com`, `https://test.stytch.com`,
   * loopback hosts and `trustedApiOrigins`; to any other `baseUrl` no token is sent.
   */
  sessionCookie?: string;
  /**
   * More origins (`https://auth.example.com`: scheme, host, port) that may receive the token
   * read from `sessionCookie`: your own API or Stytch custom domain on another origin.
   */
  trustedApiOrigins?: readonly string[];
  /** The fetch to use (tests, service workers, instrumented fetches). Default: `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** Give up on an answer after this many milliseconds. Default 15 000; 0 waits forever. */
  timeoutMs?: number;
  /** Largest body accepted, in bytes. Default 1 MiB: Stytch's answers are a few KB. */
  maxResponseBytes?: number;
}

/** Largest body accepted by default, in bytes: Stytch's answers are a few KB. */
export const DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024;
