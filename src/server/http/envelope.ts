import type { Context } from 'hono';
import type { SdkEnv } from './sdk-app.js';

/**
 * A success answer wrapped the way Stytch's SDK API wraps it: `{data: {...}}` with
 * `request_id` and `status_code` inside; the SDK and the element resolve to `body.data`.
 * The request id is this server's, unless `fields` bring one: the bridge passes Stytch's
 * own on, so a support ticket can name it.
 */
export function stytchSuccess(c: Context<SdkEnv>, fields: Record<string, unknown>): Response {
  return c.json({ data: { request_id: c.get('requestId'), status_code: 200, ...fields } }, 200);
}
