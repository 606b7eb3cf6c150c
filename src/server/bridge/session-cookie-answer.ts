import type { Context } from 'hono';
import { generateCookie } from 'hono/cookie';
import type { BridgeSessionTokens } from './context.js';
import type { SessionCookieAttributes } from './options.js';

/** Browsers cap a cookie's lifetime at 400 days (and hono refuses more); Stytch's longest session is 366. */
const MAX_COOKIE_SECONDS = 400 * 24 * 60 * 60;

/**
 * `Set-Cookie` value for the session cookie holding `token` until `expiresAt` (an ISO time, as
 * Stytch gives a session's `expires_at`; without a readable one, a cookie for the browser session).
 * Throws (hono's check) for a `__Host-` name with a Domain or a Path other than `/`, or a name that
 * is not a cookie name: the bridge calls it once when it is created, so that shows at start-up.
 */
export function sessionCookie(name: string, token: string, attributes: SessionCookieAttributes, expiresAt?: string, now = Date.now()): string {
  const parsed = expiresAt === undefined ? Number.NaN : Date.parse(expiresAt);
  if (!Number.isFinite(parsed)) return cookie(name, token, attributes, {});
  const until = Math.min(parsed, now + MAX_COOKIE_SECONDS * 1000);
  // Both: Max-Age is what current browsers obey, Expires what older ones (and proxies) read.
  return cookie(name, token, attributes, { maxAge: Math.max(0, Math.floor((until - now) / 1000)), expires: new Date(Math.max(until, 0)) });
}

/** `Set-Cookie` value that makes the browser drop the session cookie (same name, Domain and Path). */
export function clearedSessionCookie(name: string, attributes: SessionCookieAttributes): string {
  return cookie(name, '', attributes, { maxAge: 0, expires: new Date(0) });
}

function cookie(name: string, value: string, attributes: SessionCookieAttributes, lifetime: { maxAge?: number; expires?: Date }): string {
  return generateCookie(name, value, {
    path: attributes.path ?? '/',
    ...(attributes.domain === undefined ? {} : { domain: attributes.domain }),
    sameSite: attributes.sameSite ?? 'Lax',
    httpOnly: true,
    secure: true,
    ...lifetime,
  });
}

/**
 * The session tokens for an Authenticate or Recover answer's JSON body. When the request carried
 * its token in the session cookie (maybe HttpOnly: page script could not read it), the body gets
 * empty strings, which the element and Stytch's SDK accept, and the cookie is refreshed on `c`
 * with the session's new expiry instead (unless `cookieAttributes` is `false`: the app keeps the
 * cookie itself): the answer must not hand page script what the cookie kept from it. A token from
 * the Authorization header was the page's already, and comes back.
 */
export function sessionTokensForAnswer(
  c: Context,
  sources: BridgeSessionTokens,
  caller: { session_token: string; session_token_from: 'authorization' | 'cookie' },
  stytch: { session_token: string; session_jwt: string; expires_at: string | undefined },
): { session_token: string; session_jwt: string } {
  const { sessionCookie: name, cookieAttributes = {} } = sources;
  if (caller.session_token_from !== 'cookie' || name === false) {
    return { session_token: stytch.session_token, session_jwt: stytch.session_jwt };
  }
  if (cookieAttributes !== false) {
    const token = stytch.session_token || caller.session_token;
    c.header('Set-Cookie', sessionCookie(name, token, cookieAttributes, stytch.expires_at), { append: true });
  }
  return { session_token: '', session_jwt: '' };
}
