import type { Context } from 'hono';
import { parseBasicAuthorization } from '../caller.js';
import { sessionCookieValue } from '../session-cookie.js';
import { StytchError } from '../stytch-error.js';
import type { SessionCookieAttributes } from './session-cookie-answer.js';

export interface SessionTokenSources {
  sessionCookie: string | false;
  publicToken: string | undefined;
  /** How the bridge sets the session cookie when it refreshes or clears it; `false`: it never does. */
  cookieAttributes?: SessionCookieAttributes | false;
}

/**
 * A session token and where the request carried it. `'cookie'` means the page may not be able to
 * read it (an HttpOnly cookie), so the bridge must not hand it back in a JSON body.
 */
export interface PresentedSessionToken {
  token: string;
  from: 'authorization' | 'cookie';
}

/**
 * What a Stytch session token can look like. Stytch documents its session tokens as opaque
 * 44-character strings, and the ones it issues are base64url (`A–Z a–z 0–9 _ -`). The bridge
 * allows 20 to 128 such characters rather than exactly 44, so that a change of length on Stytch's
 * side (or a test double's tokens) does not lock every user out, while a token that cannot be one
 * at all (an 8,000-character cookie, a value with `;`, spaces or dots, a JWT) costs no Stytch call.
 */
const STYTCH_SESSION_TOKEN = /^[A-Za-z0-9_-]{20,128}$/;

/**
 * The session token a request presents, or undefined when it presents none.
 * Stytch's browser SDK sends `Basic base64(public_token:session_token)`, and
 * `public_token:public_token` (or an empty second half) before anyone has logged in: that
 * is "no token here", and the session cookie is looked at instead. A token that cannot be a
 * Stytch session token is refused here (401 `unauthorized_credentials`), before Stytch is asked.
 */
export function presentedSessionToken(c: Context, sources: SessionTokenSources): PresentedSessionToken | undefined {
  const presented = presentedToken(c, sources);
  if (presented !== undefined && !STYTCH_SESSION_TOKEN.test(presented.token)) {
    throw new StytchError(401, 'unauthorized_credentials', 'The session token is malformed: sign in again.');
  }
  return presented;
}

function presentedToken(c: Context, sources: SessionTokenSources): PresentedSessionToken | undefined {
  const authorization = c.req.header('Authorization');
  if (authorization !== undefined) {
    const { publicToken, secret: token } = parseBasicAuthorization(authorization);
    if (sources.publicToken !== undefined && publicToken !== sources.publicToken) {
      throw new StytchError(401, 'invalid_public_token', 'The public token is not this project\'s.');
    }
    if (token !== '' && token !== publicToken) return { token, from: 'authorization' };
  }
  if (sources.sessionCookie === false) return undefined;
  const token = sessionCookieValue(c, sources.sessionCookie);
  return token === undefined ? undefined : { token, from: 'cookie' };
}
