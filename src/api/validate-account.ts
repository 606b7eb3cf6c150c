import { TotpApiError, invalidResponse } from './errors.js';
import type { DeleteTotpResponse, RecoveryCodesResponse, User, UserTotp } from './types.js';
import {
  isObject, requireObject, requireRecoveryCodes, requireStatusCode, requireString, validateUser, type Json,
} from './validate-fields.js';

/*
 * The answers about an enrolled user (Get user, Get recovery codes, Delete TOTP): untrusted JSON
 * → a fully valid result, or a TotpApiError('invalid_response') naming the field, never a value.
 */

/** Stytch allows one active TOTP; a list longer than this is not a user's. */
const MAX_TOTPS = 20;
/** What Stytch's ids look like (`totp-test-…`, `totp-live-…`): letters, digits, `-` and `_`. */
const STYTCH_ID = /^[A-Za-z0-9_-]{1,128}$/;

/** Whether `value` could be a Stytch TOTP id: safe in a URL path and in the element's text. */
export function isTotpId(value: unknown): value is string {
  return typeof value === 'string' && STYTCH_ID.test(value);
}

/**
 * Refuses a TOTP id that is not one Stytch issues before it goes into a request path (a `../` or a
 * `?` must not reach another endpoint). The message does not repeat the value.
 */
export function assertTotpId(value: unknown): string {
  if (isTotpId(value)) return value;
  throw new TotpApiError({
    status_code: 0,
    error_type: 'invalid_argument',
    error_message: 'The TOTP id is not one Stytch issues (letters, digits, "-" and "_", at most 128).',
  });
}

/** The user's `totps` when present: each with a Stytch id, a boolean `verified` and, if any, a string `created_at`. */
function validateUserTotps(user: Json, requestId: string | undefined): UserTotp[] | undefined {
  const totps = user.totps;
  if (totps === undefined) return undefined;
  if (!Array.isArray(totps) || totps.length > MAX_TOTPS) throw invalidResponse('"totps" is not a list of TOTPs.', requestId);
  return totps.map((totp: unknown) => {
    if (!isObject(totp) || !isTotpId(totp.totp_id) || typeof totp.verified !== 'boolean') {
      throw invalidResponse('"totps" holds something that is not a TOTP (totp_id, verified).', requestId);
    }
    if (totp.created_at !== undefined && typeof totp.created_at !== 'string') {
      throw invalidResponse('"totps[].created_at" is not a string.', requestId);
    }
    return { ...totp } as unknown as UserTotp;
  });
}

/** A user object whose `totps`, when present, are well formed; returned as a copy. */
function checkedUser(user: Json, requestId: string | undefined): User {
  const totps = validateUserTotps(user, requestId);
  return { ...user, ...(totps === undefined ? {} : { totps }) } as User;
}

/**
 * Validates the data of `GET /sdk/v1/users/me`: the user itself, flat, with `request_id` and
 * `status_code` beside its fields. Returns the user without those two, as the SDK's `user.get()` does.
 */
export function validateUserAnswer(data: unknown): User {
  const body = requireObject(data, 'The response');
  requireStatusCode(body);
  requireString(body, 'user_id');
  const { request_id, status_code: _status, ...user } = body;
  return checkedUser(user, typeof request_id === 'string' ? request_id : undefined);
}

/** Validates a user the SDK client holds (no request around it). */
export function validateSdkUser(value: unknown): User {
  const user = requireObject(value, 'The SDK\'s user');
  requireString(user, 'user_id');
  return checkedUser(user, undefined);
}

/**
 * The TOTP in a recovery-codes answer. The browser SDK's type says `totps` is one object, Stytch's
 * backend API (`TOTPsRecoveryCodesResponse`) a list of every TOTP of the user; both are accepted.
 * From a list the verified one is taken (Stytch allows one), else the first; an empty list means
 * the user has no TOTP, answered as Stytch answers that: 404 `totp_not_found`.
 */
function recoveryEntry(body: Json, requestId: string): Json {
  const totps = body.totps;
  if (isObject(totps)) return totps;
  if (!Array.isArray(totps) || totps.length > MAX_TOTPS || !totps.every(isObject)) {
    throw invalidResponse('"totps" is neither a TOTP nor a list of them.', requestId);
  }
  const entries = totps as Json[];
  const entry = entries.find((totp) => totp.verified === true) ?? entries[0];
  if (entry) return entry;
  throw new TotpApiError({ status_code: 404, error_type: 'totp_not_found', error_message: 'This user has no TOTP.', request_id: requestId });
}

/** Validates the data of `POST /sdk/v1/totps/recovery_codes`. The codes are never part of a message. */
export function validateRecoveryCodesResponse(data: unknown): RecoveryCodesResponse {
  const body = requireObject(data, 'The response');
  const request_id = requireString(body, 'request_id');
  const status_code = requireStatusCode(body);
  const user_id = requireString(body, 'user_id');
  const entry = recoveryEntry(body, request_id);
  if (!isTotpId(entry.totp_id)) throw invalidResponse('"totps.totp_id" is missing or not a TOTP id.', request_id);
  // A user may have used every code: an empty list is an answer, not a fault.
  const recovery_codes = requireRecoveryCodes(entry, 'recovery_codes', request_id, { allowEmpty: true });
  return { request_id, status_code, user_id, totp_id: entry.totp_id, recovery_codes };
}

/**
 * Validates the data of `DELETE /sdk/v1/users/totps/{totp_id}` (`__user` already surfaced as
 * `user`): the user must be the answer's, and must no longer list the removed TOTP, or the element
 * would say "removed" about an authenticator that still works.
 */
export function validateDeleteTotpResponse(data: unknown, totpId: string): DeleteTotpResponse {
  const body = requireObject(data, 'The response');
  const request_id = requireString(body, 'request_id');
  const status_code = requireStatusCode(body);
  const user_id = requireString(body, 'user_id');
  const user = checkedUser(validateUser(body.user, user_id, body) as Json, request_id);
  if ((user.totps as UserTotp[] | undefined)?.some((totp) => totp.totp_id === totpId)) {
    throw invalidResponse('"user.totps" still lists the removed TOTP.', request_id);
  }
  return { request_id, status_code, user_id, user };
}
