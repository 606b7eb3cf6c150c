import type { Context } from 'hono';
import { type PresentedSessionToken, type SessionTokenSources, presentedSessionToken } from '../http/credentials.js';
import { StytchError } from '../http/stytch-error.js';

/** The bridge's 401 `invalid_public_token` message, when `publicToken` is set and the request names another. */
export const FOREIGN_PUBLIC_TOKEN = 'The public token is not this project\'s.';

/**
 * What a Stytch session token can look like. Stytch documents its session tokens as opaque
 * 44-character strings, and the ones it issues are base64url (`A–Z a–z 0–9 _ -`). The bridge
 * allows 20 to 128 such characters rather than exactly 44, so that a change of length on Stytch's
 * side (or a test double's tokens) does not lock every user out, while a token that cannot be one
 * at all (an 8,000-character cookie, a value with `;`, spaces or dots, a JWT) costs no Stytch call.
 */
const STYTCH_SESSION_TOKEN = /^[A-Za-z0-9_-]{20,128}$/;

/**
 * The session token a request presents and where it carried it (http/credentials.ts), or
 * undefined when it presents none. A token that cannot be a Stytch session token is refused here
 * (401 `unauthorized_credentials`), before Stytch is asked.
 */
export function presentedStytchToken(c: Context, sources: SessionTokenSources): PresentedSessionToken | undefined {
  const presented = presentedSessionToken(c, sources);
  if (presented !== undefined && !STYTCH_SESSION_TOKEN.test(presented.token)) {
    throw new StytchError(401, 'unauthorized_credentials', 'The session token is malformed: sign in again.');
  }
  return presented;
}
