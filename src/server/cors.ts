import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

/**
 * CORS for the SDK's credentialed calls (`credentials: 'include'`), through `hono/cors`, for
 * the local backend and the bridge alike: only origins on the allow-list are echoed, with
 * `Access-Control-Allow-Credentials`; any other cross-origin page gets no CORS headers, so its
 * browser neither sends the JSON calls (their preflight fails) nor lets it read an answer.
 * Same-origin pages need none. `Retry-After` is exposed so a page can show how long a lockout lasts.
 *
 * The list is checked when the server starts: only `scheme://host[:port]`. With credentials,
 * `null` (shared by sandboxed frames, `file:` pages and redirects) or `*` would let any site in,
 * and a trailing slash would silently match nothing.
 */
export function sdkCors(allowedOrigins: readonly string[]): MiddlewareHandler {
  for (const origin of allowedOrigins) {
    if (!/^https?:\/\/[^/]+$/.test(origin)) {
      throw new TypeError(`allowedOrigins: ${JSON.stringify(origin)} is not an origin such as "https://app.example.com".`);
    }
  }
  const allowed = new Set(allowedOrigins);
  const handler = cors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    credentials: true,
    allowMethods: ['GET', 'POST'],
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
