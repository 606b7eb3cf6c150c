import type { MiddlewareHandler } from 'hono';

/**
 * CORS for a cross-origin page whose SDK sends `credentials: 'include'`: the origin is
 * echoed (browsers reject `*` with credentials) and preflights are answered for any
 * path. `Retry-After` is exposed so a page can show how long a lockout lasts.
 */
export function credentialedCors(): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header('Origin');
    if (c.req.method === 'OPTIONS') {
      const headers = new Headers({
        'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
        'Access-Control-Max-Age': '600',
        Vary: 'Origin, Access-Control-Request-Headers',
      });
      if (origin) allowOrigin(headers, origin);
      const requestedHeaders = c.req.header('Access-Control-Request-Headers');
      if (requestedHeaders) headers.set('Access-Control-Allow-Headers', requestedHeaders);
      return new Response(null, { status: 204, headers });
    }
    await next();
    if (origin) {
      allowOrigin(c.res.headers, origin);
      c.res.headers.append('Vary', 'Origin');
      c.res.headers.set('Access-Control-Expose-Headers', 'Retry-After');
    }
  };
}

function allowOrigin(headers: Headers, origin: string): void {
  headers.set('Access-Control-Allow-Origin', origin);
  headers.set('Access-Control-Allow-Credentials', 'true');
}
