import { TotpApiError } from './errors.js';
import { warnOnce } from './warn-once.js';

export { DEFAULT_SESSION_COOKIE } from './session-cookie-name.js';

/** Where the session token for `Basic public_token:session_token` comes from. */
export type SessionTokenSource = string | (() => string | null | undefined);

/** RFC 6265 cookie-name characters; anything else could never match and hints at a typo. */
const COOKIE_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

export function assertCookieName(name: string): void {
  if (!COOKIE_NAME.test(name)) {
    throw new TotpApiError({
      status_code: 0,
      error_type: 'invalid_session_cookie',
      error_message: `session-cookie ${JSON.stringify(name)} is not a cookie name.`,
    });
  }
}

/**
 * The value of cookie `name` as the page's script sees it; undefined when absent, HttpOnly, or
 * present more than once. Two cookies of one name happen when another subdomain of the site (or
 * a script on one) sets it for the parent domain: the browser sends both, in an order the page
 * cannot trust, so picking one could act for a session an attacker chose (cookie tossing).
 */
export function readCookie(name: string): string | undefined {
  if (typeof document === 'undefined') return undefined;
  const values: string[] = [];
  for (const pair of document.cookie.split(';')) {
    const separator = pair.indexOf('=');
    // The whole name, never a prefix: Stytch's SDK sets `stytch_session_jwt` beside `stytch_session`.
    if (separator < 0 || pair.slice(0, separator).trim() !== name) continue;
    values.push(pair.slice(separator + 1).trim());
  }
  if (values.length > 1) {
    warnOnce(`duplicate-cookie:${name}`, `totp-enroll: the page has the cookie "${name}" twice (set for more than one domain or path), `
      + 'so no session token is read from it: one of them may have been planted by another subdomain. Remove the extra cookie, '
      + 'or hand the token over with the sessionToken property.');
    return undefined;
  }
  const raw = values[0];
  if (raw === undefined) return undefined;
  try {
    return decodeURIComponent(raw) || undefined;
  } catch {
    return raw || undefined;
  }
}

/**
 * The token the page hands over (`sessionToken`), trimmed; undefined when it gives none. The
 * caller falls back to the cookie, where it may go (see `cookieTokenMayGo`).
 */
export function givenSessionToken(source: SessionTokenSource | undefined): string | undefined {
  const given = typeof source === 'function' ? source() : source;
  return typeof given === 'string' && given.trim() !== '' ? given.trim() : undefined;
}
