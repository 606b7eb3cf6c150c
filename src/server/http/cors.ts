import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

/**
 * CORS for the SDK's credentialed calls (`credentials: 'include'`), through `hono/cors`, for
 * the local backend and the bridge alike: only origins on the allow-list are echoed, with
 * `Access-Control-Allow-Credentials`; any other cross-origin page gets no CORS headers, so its
 * browser neither sends the JSON calls (their preflight fails) nor lets it read an answer.
 * Same-origin pages need none. `Retry-After` is exposed so a page can show how long a lockout lasts.
 *
 * The list is checked when the server starts, by {@link checkAllowedOrigin}.
 */
export function sdkCors(allowedOrigins: readonly string[]): MiddlewareHandler {
  for (const origin of allowedOrigins) checkAllowedOrigin(origin);
  const allowed = new Set(allowedOrigins);
  const handler = cors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    credentials: true,
    // GET /users/me and DELETE /users/totps/{id} besides the POSTs, as the SDK's user calls need.
    allowMethods: ['GET', 'POST', 'DELETE'],
    // What Stytch's browser SDK and the element's HTTP client send.
    allowHeaders: ['Authorization', 'Content-Type', 'X-SDK-Client', 'X-SDK-Parent-Host'],
    exposeHeaders: ['Retry-After'],
    maxAge: 600,
  });
  return async (c, next) => {
    const preflight = await handler(c, next);
    // hono/cors sends the credentials flag to every origin; keep it to the allowed ones. The
    // preflight answer is merged with c.res's headers when returned, so both are cleaned.
    for (const response of [c.res, preflight]) {
      if (!response || response.headers.has('Access-Control-Allow-Origin')) continue;
      response.headers.delete('Access-Control-Allow-Credentials');
      response.headers.delete('Access-Control-Expose-Headers');
    }
    return preflight;
  };
}

/**
 * One `allowedOrigins` entry, as both servers accept it; a TypeError naming it otherwise.
 * - Exactly what a browser sends as `Origin` (`scheme://host[:port]`, lower case, no default port):
 *   anything else silently matches nothing. That also rules out paths, a trailing slash,
 *   credentials, `null` (shared by sandboxed frames, `file:` pages and redirects) and `*`, which
 *   with credentials would let any site in.
 * - No wildcard in the host: it matches nothing, and the likely "fix" is a looser entry.
 * - `https:`, except on loopback (`localhost`, `*.localhost`, `127.x.x.x`, `[::1]`, for
 *   development): a plain-http origin can be played by anyone on the network path, and it would
 *   act with the user's cookies.
 */
export function checkAllowedOrigin(origin: string): void {
  if (!isExactOrigin(origin)) {
    throw new TypeError(`allowedOrigins: ${JSON.stringify(origin)} is not an origin such as "https://app.example.com".`);
  }
  const { protocol, hostname } = new URL(origin);
  if (hostname.includes('*')) {
    throw new TypeError(`allowedOrigins: ${JSON.stringify(origin)} has a wildcard; list each origin instead (a wildcard matches nothing here).`);
  }
  if (protocol !== 'https:' && !isLoopback(hostname)) {
    throw new TypeError(
      `allowedOrigins: ${JSON.stringify(origin)} must use https: (plain http: only for localhost, *.localhost, 127.x.x.x and [::1]).`,
    );
  }
}

function isExactOrigin(origin: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  // A URL with user info, a path, a query or a fragment has an origin other than its text.
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === origin;
}

/** Names that resolve to this machine only (RFC 6761 reserves `localhost` and its subdomains). */
function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname.endsWith('.localhost') || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}
