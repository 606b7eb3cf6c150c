import type { Context } from 'hono';
import { DEFAULT_SESSION_COOKIE } from '../../api/session-cookie-name.js';
import { sessionCookieValue } from './session-cookie.js';
import { StytchError } from './stytch-error.js';

/** The cookie the Stytch SDK keeps its session token in. */
export const SESSION_COOKIE = DEFAULT_SESSION_COOKIE;

/** Where a server looks for the caller's session token, and which public token it takes. */
export interface SessionTokenSources {
  /** The only public token accepted in Basic credentials; `undefined` accepts any (the bridge without `publicToken`). */
  publicToken: string | undefined;
  /** The message of the 401 `invalid_public_token` for another public token (each server keeps its own wording). */
  foreignPublicTokenMessage: string;
  /** The cookie the token may come from instead of the Authorization header; `false` reads none. */
  sessionCookie: string | false;
}

/**
 * A session token and where the request carried it. `'cookie'` means the page may not be able to
 * read it (an HttpOnly cookie), so a server must not hand it back in a JSON body.
 */
export interface PresentedSessionToken {
  token: string;
  from: 'authorization' | 'cookie';
}

/**
 * The session token a request presents, or undefined when it presents none. Stytch's browser
 * SDK sends `Basic base64(public_token:session_token)`, and `public_token:public_token` (or an
 * empty second half) when it knows no session (before anyone logged in, or when the cookie is
 * HttpOnly): that is "no token here", and the session cookie is looked at instead. A public token
 * the server does not take is refused (401 `invalid_public_token`) before any cookie is read.
 */
export function presentedSessionToken(c: Context, sources: SessionTokenSources): PresentedSessionToken | undefined {
  const authorization = c.req.header('Authorization');
  if (authorization !== undefined) {
    const { publicToken, secret: token } = parseBasicAuthorization(authorization);
    if (sources.publicToken !== undefined && publicToken !== sources.publicToken) {
      throw new StytchError(401, 'invalid_public_token', sources.foreignPublicTokenMessage);
    }
    if (token !== '' && token !== publicToken) return { token, from: 'authorization' };
  }
  if (sources.sessionCookie === false) return undefined;
  const token = sessionCookieValue(c, sources.sessionCookie);
  return token === undefined ? undefined : { token, from: 'cookie' };
}

/** `Basic base64(public_token:secret)` split in two; 401 `unauthorized_credentials` for anything else. */
export function parseBasicAuthorization(header: string): { publicToken: string; secret: string } {
  const match = /^Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(header);
  let decoded: string | undefined;
  try {
    decoded = match ? atob(match[1]) : undefined;
  } catch {
    decoded = undefined;
  }
  const colon = decoded?.indexOf(':') ?? -1;
  if (decoded === undefined || colon < 0) {
    throw new StytchError(
      401,
      'unauthorized_credentials',
      'The Authorization header must be "Basic base64(public_token:session_token)".',
    );
  }
  return { publicToken: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}
