import type { Context } from 'hono';
import { parseBasicAuthorization } from '../caller.js';
import { sessionCookieValue } from '../session-cookie.js';
import { StytchError } from '../stytch-error.js';

export interface SessionTokenSources {
  sessionCookie: string | false;
  publicToken: string | undefined;
}

/**
 * The session token a request presents, or undefined when it presents none.
 * Stytch's browser SDK sends `Basic base64(public_token:session_token)`, and
 * `public_token:public_token` (or an empty second half) before anyone has logged in: that
 * is "no token here", and the session cookie is looked at instead.
 */
export function presentedSessionToken(c: Context, sources: SessionTokenSources): string | undefined {
  const authorization = c.req.header('Authorization');
  if (authorization !== undefined) {
    const { publicToken, secret: token } = parseBasicAuthorization(authorization);
    if (sources.publicToken !== undefined && publicToken !== sources.publicToken) {
      throw new StytchError(401, 'invalid_public_token', 'The public token is not this project\'s.');
    }
    if (token !== '' && token !== publicToken) return token;
  }
  if (sources.sessionCookie === false) return undefined;
  return sessionCookieValue(c, sources.sessionCookie);
}
