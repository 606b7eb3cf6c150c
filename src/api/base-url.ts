import { TotpApiError } from './errors.js';

/**
 * Hosts a page may reach over plain `http:`: this machine only. Anywhere else a session
 * token would cross the network readable and changeable by anyone on the path.
 */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname.endsWith('.localhost') || hostname === '[::1]'
    || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}

function invalidApiBase(value: string, why: string): TotpApiError {
  return new TotpApiError({
    status_code: 0,
    error_type: 'invalid_api_base',
    error_message: `api-base ${JSON.stringify(value)} ${why}`,
  });
}

/**
 * Checks where the session token may be sent and returns the base URL without a trailing slash.
 * Accepted: an absolute `https:` URL; an `http:` URL of a loopback host (development); a path on
 * the page's own origin (`/stytch`). Everything else — `data:`, `javascript:`, `//other.site`,
 * `\\other.site`, `https:other.site`, user names and passwords in the URL — is a configuration
 * error, thrown before any request is made.
 */
export function parseApiBase(value: string, pageUrl: string | undefined): string {
  const text = value.trim();
  const isOwnPath = text.startsWith('/') && !/^[/\\]{2}|^\/\\/.test(text);
  const isAbsolute = /^https?:\/\/[^/\\]/i.test(text);
  if (!isOwnPath && !isAbsolute) {
    throw invalidApiBase(value, 'must be an https:// URL or a path on this site such as /stytch.');
  }
  let url: URL;
  try {
    url = new URL(text, isOwnPath ? pageUrl : undefined);
  } catch {
    throw invalidApiBase(value, 'is not a valid URL.');
  }
  // The URL parser drops tabs and newlines and reads `\` as `/`: `/\t/evil.example` ends up on
  // another host. A path must stay on the page's origin, whatever it looked like.
  if (isOwnPath && url.origin !== new URL(pageUrl ?? 'about:blank').origin) {
    throw invalidApiBase(value, 'must stay on this site when it is a path.');
  }
  if (url.username || url.password) throw invalidApiBase(value, 'must not contain a user name or password.');
  if (url.search || url.hash) throw invalidApiBase(value, 'must not have a query or fragment.');
  if (!isOwnPath && url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw invalidApiBase(value, 'must use https:// (plain http:// is allowed only for localhost).');
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}
