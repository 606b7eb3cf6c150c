import type { MiddlewareHandler } from 'hono';
import { type BridgeEnv, newBridgeRequestId } from './context.js';

/*
 * The bridge acts for whoever holds the session cookie, with the project secret behind it. Its
 * other protections (allow-list CORS, JSON only, a body limit) are the local backend's own
 * middleware, shared: src/server/cors.ts, json-only.ts, body-size.ts.
 */

/** A request id for the bridge's own errors, and no caching: answers carry TOTP secrets and session tokens. */
export function requestIdAndNoStore(): MiddlewareHandler<BridgeEnv> {
  return async (c, next) => {
    c.set('requestId', newBridgeRequestId());
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
  };
}
