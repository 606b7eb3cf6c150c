import type { Context } from 'hono';

/**
 * A success answer wrapped the way Stytch's SDK API wraps it (`{data: {...}}`, which the
 * SDK and the element unwrap), as the local backend's `envelope.ts` does; the request id
 * inside is Stytch's own, so a support ticket can name it.
 */
export function bridgeSuccess(c: Context, data: { request_id: string; status_code: 200 } & Record<string, unknown>): Response {
  return c.json({ data }, 200);
}
