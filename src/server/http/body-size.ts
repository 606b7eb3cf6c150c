import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { StytchError } from './stytch-error.js';

/** Every SDK call is a small JSON object: 16 KB leaves room for any of them. */
export const DEFAULT_MAX_BODY_BYTES = 16 * 1024;

/**
 * Refuses a body over `maxBytes` with 413 in Stytch's error shape, through
 * `hono/body-limit`: a `Content-Length` over the limit is refused before anything is
 * read, and a streamed body as soon as it passes the limit, so no request can make the
 * process buffer more than `maxBytes`.
 */
export function limitBodySize(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new StytchError(413, 'request_too_large', `The request body is larger than ${maxBytes} bytes.`);
    },
  });
}
