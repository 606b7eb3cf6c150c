import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { StytchError } from './stytch-error.js';

/**
 * The value of the session cookie `name`, or undefined when the request has none; shared by the
 * local backend and the bridge.
 *
 * A Cookie header naming the session cookie more than once is refused (400
 * `duplicate_session_cookie`): that is what cookie tossing looks like. A sibling subdomain, or
 * anyone who can answer one plain-http request for the site, can plant a second `stytch_session`
 * with a more specific Path or Domain, which the browser sends *first*, and a server that takes the
 * first one acts on the attacker's session while the victim types their code into it. 400 rather
 * than 401: the request is ambiguous, not unauthenticated, and "sign in again" would not help — a
 * new sign-in replaces the victim's cookie, never the planted one. The message says what to clear.
 * (`__Host-` cookie names make the planting itself impossible: see the README's Security section.)
 *
 * Names are compared whole, as browsers send them: `stytch_session_jwt` is not `stytch_session`.
 */
export function sessionCookieValue(c: Context, name: string): string | undefined {
  const header = c.req.header('Cookie');
  if (header === undefined) return undefined;
  if (occurrences(header, name) > 1) {
    throw new StytchError(
      400,
      'duplicate_session_cookie',
      `The request carries the ${name} cookie more than once, so which session it means is ambiguous: `
        + `clear this site's cookies and sign in again.`,
    );
  }
  return getCookie(c, name) || undefined;
}

/** How many `name=…` pairs the header holds, whatever their values (a malformed one still counts). */
function occurrences(header: string, name: string): number {
  let count = 0;
  for (const pair of header.split(';')) {
    const equals = pair.indexOf('=');
    if (equals >= 0 && pair.slice(0, equals).trim() === name) count += 1;
  }
  return count;
}
