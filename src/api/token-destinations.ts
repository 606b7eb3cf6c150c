import { isLoopbackHost } from './base-url.js';
import { TotpApiError } from './errors.js';

/**
 * Where a session token read from a cookie may be sent. `api-base` is an attribute, so markup
 * injected into the page (no script needed) can point it anywhere; the cookie's token must not
 * follow it there. A token the page hands over itself (`sessionToken`) is the page's choice and
 * is not limited here.
 */

/**
 * The hosts Stytch's browser SDK itself sends the session token to: `liveAPIURL` and
 * `testAPIURL` (chosen by whether the public token contains `public-token-test`). Exact
 * origins: a Stytch custom domain is the project's own and goes in `trustedApiOrigins`.
 */
export const STYTCH_API_ORIGINS: readonly string[] = ['https://api.stytch.com', 'https://test.stytch.com'];

function invalidTrustedOrigin(entry: unknown): TotpApiError {
  return new TotpApiError({
    status_code: 0,
    error_type: 'invalid_trusted_api_origins',
    error_message: `trustedApiOrigins ${JSON.stringify(entry)} is not an origin: give each as "https://auth.example.com" `
      + '(https: — http: only for localhost —, an exact host, no path, no wildcard).',
  });
}

/**
 * Checks the page's list of extra origins and returns them as `URL.origin` spells them.
 * Only exact `scheme://host[:port]` origins (a trailing `/` and any letter case are fine):
 * a path, a wildcard or `null` would look like a rule while matching something else.
 */
export function parseTrustedApiOrigins(value: unknown): ReadonlySet<string> {
  if (value === undefined || value === null) return new Set();
  // A string is iterable too: 'https://a.example' would become 'h', 't', 't', …
  if (!Array.isArray(value)) throw invalidTrustedOrigin(value);
  const origins = new Set<string>();
  for (const entry of value as unknown[]) {
    if (typeof entry !== 'string') throw invalidTrustedOrigin(entry);
    const text = entry.trim();
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw invalidTrustedOrigin(entry);
    }
    const secure = url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
    // `*` is a valid host character to the URL parser: `https://*.example.com` would parse.
    const exactHost = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])$/.test(url.hostname);
    if (!secure || !exactHost || url.origin !== text.replace(/\/$/, '').toLowerCase()) throw invalidTrustedOrigin(entry);
    origins.add(url.origin);
  }
  return origins;
}

/**
 * Whether a token read from a cookie may go to `api` (the parsed `api-base`): the page's own
 * origin, Stytch's API, this machine (development), or an origin the page listed by script.
 */
export function cookieTokenMayGo(api: URL, pageOrigin: string | undefined, trusted: ReadonlySet<string>): boolean {
  return api.origin === pageOrigin || STYTCH_API_ORIGINS.includes(api.origin) || trusted.has(api.origin) || isLoopbackHost(api.hostname);
}
