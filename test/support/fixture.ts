/* Shared by the test server (test-backend.ts) and the pages that register fixtures (backend.ts). */

/**
 * A canned answer a test registers, served under /__test__/fixture/<id>/… so the HTTP
 * client meets hostile or broken responses over real HTTP.
 */
export interface Fixture {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  /** Repeat `body` this many times (a huge body without sending it from the page). */
  repeat?: number;
  /** Never answer (the client's timeout must fire). */
  hang?: boolean;
  /** Destroy the connection without an answer (a connection reset). */
  reset?: boolean;
  /**
   * Send the status, headers and the first bytes of `body`, then destroy the connection: a reset
   * the browser cannot silently retry (it does retry a reset before any answer on a reused socket).
   */
  reset_mid_body?: boolean;
  delay_ms?: number;
  /**
   * Give the canned answer to the first `proxy_after` requests only; later ones (after
   * `delay_ms`) go to the real backend. `0` makes a pure pass-through: a slow or counted
   * route to the real backend, for races and Retry.
   */
  proxy_after?: number;
  /**
   * Whether the canned answer is for `GET /sdk/v1/users/me` too (`<totp-enroll>`'s "who is the
   * user?" on connect). By default that request goes to the real backend, uncounted: a fixture
   * is about the call a test makes happen (Create, Authenticate…), not the lookup before it.
   */
  lookups?: boolean;
}
