import type { Context } from 'hono';
import { StytchError } from './stytch-error.js';

/**
 * The request body as a JSON object. An empty body counts as `{}`, because the SDK
 * posts some calls (e.g. recovery codes) without one (still as `application/json`,
 * which `json-only.ts` requires of every POST).
 */
export async function readJsonObject(c: Context): Promise<Record<string, unknown>> {
  const text = await c.req.text();
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new StytchError(400, 'invalid_json', 'The request body is not valid JSON.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new StytchError(400, 'invalid_json', 'The request body must be a JSON object.');
  }
  return parsed as Record<string, unknown>;
}
