import type { Context } from 'hono';
import type { BackendEnv } from './context.js';

/**
 * A success answer wrapped the way Stytch's SDK API wraps it: `{data: {...}}` with
 * `request_id` and `status_code` inside; the SDK resolves to `body.data`.
 */
export function stytchSuccess(c: Context<BackendEnv>, fields: Record<string, unknown>): Response {
  return c.json({ data: { request_id: c.get('requestId'), status_code: 200, ...fields } }, 200);
}
