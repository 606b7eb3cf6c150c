import { invalidResponse } from './errors.js';
import type { User } from './types.js';

/*
 * The checks every validator is made of. Each failure is an `invalid_response` TotpApiError whose
 * message names the field, never its value: a value may be a secret or a recovery code.
 */

export type Json = Record<string, unknown>;

/** Stytch issues ten; a sane upper bound keeps a hostile answer from flooding the page. */
export const MAX_RECOVERY_CODES = 50;
export const MAX_RECOVERY_CODE_LENGTH = 64;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function requireObject(value: unknown, what: string): Json {
  if (!isObject(value)) throw invalidResponse(`${what} is not an object.`);
  return value;
}

export function requireString(body: Json, field: string, { allowEmpty = false } = {}): string {
  const value = body[field];
  if (typeof value !== 'string') throw invalidResponse(`"${field}" is missing or not a string.`, requestIdOf(body));
  if (!allowEmpty && value.trim() === '') throw invalidResponse(`"${field}" is empty.`, requestIdOf(body));
  return value;
}

export function requireStatusCode(body: Json): number {
  const value = body.status_code;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 200 || value > 299) {
    throw invalidResponse('"status_code" is missing or not a success code.', requestIdOf(body));
  }
  return value;
}

export function requestIdOf(body: Json): string | undefined {
  return typeof body.request_id === 'string' ? body.request_id : undefined;
}

export function validateUser(value: unknown, user_id: string, body: Json): User {
  if (!isObject(value)) throw invalidResponse('"user" is missing or not an object.', requestIdOf(body));
  if (value.user_id !== user_id) throw invalidResponse('"user.user_id" does not match "user_id".', requestIdOf(body));
  return value as User;
}


/**
 * A list of recovery codes: strings, none empty or longer than a code can be, at most
 * {@link MAX_RECOVERY_CODES}; empty only when `allowEmpty` (a user may have spent them all).
 */
export function requireRecoveryCodes(body: Json, field: string, requestId: string | undefined, { allowEmpty = false } = {}): string[] {
  const codes = body[field];
  if (!Array.isArray(codes)) throw invalidResponse(`"${field}" is missing or not a list.`, requestId);
  if ((!allowEmpty && codes.length === 0) || codes.length > MAX_RECOVERY_CODES) {
    throw invalidResponse(`"${field}" has ${codes.length} codes.`, requestId);
  }
  for (const code of codes) {
    if (typeof code !== 'string' || code.trim() === '' || code.length > MAX_RECOVERY_CODE_LENGTH) {
      throw invalidResponse(`"${field}" holds something that is not a recovery code.`, requestId);
    }
  }
  return [...codes] as string[];
}
