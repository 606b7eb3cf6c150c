import type { MiddlewareHandler } from 'hono';
import { StytchError } from './stytch-error.js';

/**
 * Refuses a POST whose `Content-Type` is not `application/json` with 415 — also one
 * with no type or no body. Cross-site HTML forms can only send `text/plain`,
 * `application/x-www-form-urlencoded` and `multipart/form-data` (the "simple" requests
 * that need no CORS preflight), so this keeps another site from riding the
 * `stytch_session` cookie. The Stytch SDK and the element's HTTP client send
 * `application/json` on every call, bodiless ones included.
 */
export function jsonOnly(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method === 'POST') {
      const mediaType = (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (mediaType !== 'application/json') {
        throw new StytchError(415, 'invalid_content_type', 'Send the request body as application/json.');
      }
    }
    await next();
  };
}
