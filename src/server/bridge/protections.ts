import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { StytchError } from '../stytch-error.js';
import { type BridgeEnv, newBridgeRequestId } from './context.js';

/*
 * The bridge acts for whoever holds the session cookie, with the project secret behind it:
 * these are the defaults that keep another site from using that, each one middleware.
 */

/** A request id for the bridge's own errors, and no caching: answers carry TOTP secrets and session tokens. */
export function requestIdAndNoStore(): MiddlewareHandler<BridgeEnv> {
  return async (c, next) => {
    c.set('requestId', newBridgeRequestId());
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
  };
}

/**
 * Credentialed CORS for the listed origins only. With no list only same-origin pages can
 * read answers (they need no CORS headers). `Retry-After` is exposed so a page can say how
 * long a lockout lasts.
 */
export function allowListCors(allowedOrigins: readonly string[]): MiddlewareHandler<BridgeEnv> {
  for (const origin of allowedOrigins) {
    // Only `scheme://host[:port]`: with credentials, `null` (sandboxed frames, file: pages,
    // redirects) or `*` would let any site in, and a trailing slash would silently match nothing.
    if (!/^https?:\/\/[^/]+$/.test(origin)) {
      throw new TypeError(`allowedOrigins: ${JSON.stringify(origin)} is not an origin such as "https://app.example.com".`);
    }
  }
  const allowed = new Set(allowedOrigins);
  const allowedCors = cors({
    origin: [...allowed],
    credentials: true,
    allowMethods: ['POST', 'OPTIONS'],
    // What Stytch's browser SDK and the element's HTTP client send.
    allowHeaders: ['Authorization', 'Content-Type', 'X-SDK-Client', 'X-SDK-Parent-Host'],
    exposeHeaders: ['Retry-After'],
    maxAge: 600,
  });
  // Other origins get no CORS headers at all (not even Allow-Credentials), so the browser
  // keeps the answer from their pages; a same-origin page needs none.
  return (c, next) => (allowed.has(c.req.header('Origin') ?? '') ? allowedCors(c, next) : next());
}

/**
 * POSTs must be JSON. A cross-site HTML form (or `fetch` without a preflight) can only send
 * form or text bodies, and it would carry the session cookie: refusing those is what keeps
 * the cookie from being ridden.
 */
export function jsonOnly(): MiddlewareHandler<BridgeEnv> {
  return async (c, next) => {
    if (c.req.method !== 'POST') return next();
    const type = (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json') {
      throw new StytchError(415, 'unsupported_media_type', 'Send the request body as application/json.');
    }
    return next();
  };
}

/** Refuses bodies over `maxBytes` by their Content-Length, or while streaming when there is none. */
export function limitedBody(maxBytes: number): MiddlewareHandler<BridgeEnv> {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new StytchError(413, 'request_too_large', `The request body is larger than ${maxBytes} bytes.`);
    },
  });
}
