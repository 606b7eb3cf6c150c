import { invalidResponse } from './client-errors.js';
import { TotpApiError } from './errors.js';
import type { AuthenticateTotpResponse, CreateTotpResponse, RecoverTotpResponse, Session } from './types.js';
import {
  MAX_RECOVERY_CODES, isObject, requestIdOf, requireObject, requireRecoveryCodes, requireStatusCode, requireString, validateUser, type Json,
} from './validate-fields.js';

/*
 * Untrusted JSON → a fully valid response, or a TotpApiError('invalid_response').
 * Nothing half-filled ever leaves this module: every field is checked before the
 * result object is built.
 */

const BASE32_SECRET = /^[A-Z2-7]{16,128}=*$/;
const PNG_DATA_URL = /^data:image\/png;base64,\s*[A-Za-z0-9+/]+={0,2}$/;
const SVG_DATA_URL = /^data:image\/svg\+xml(;charset=[\w-]+)?(;base64)?,/;
/** A QR data URL above this is not a QR code (Stytch's are a few KB). */
const MAX_QR_CODE_LENGTH = 512 * 1024;

function validateSecret(body: Json): string {
  const secret = requireString(body, 'secret');
  if (!BASE32_SECRET.test(secret)) throw invalidResponse('"secret" is not a base32 TOTP secret.', requestIdOf(body));
  return secret;
}

/** `''` when the backend sends no QR (the element then draws its own). */
function validateQrCode(body: Json): string {
  const value = body.qr_code;
  if (value === undefined || value === null || value === '') return '';
  if (typeof value !== 'string') throw invalidResponse('"qr_code" is not a string.', requestIdOf(body));
  if (value.length > MAX_QR_CODE_LENGTH) throw invalidResponse('"qr_code" is too large.', requestIdOf(body));
  if (PNG_DATA_URL.test(value)) return value.replace(/,\s+/, ',');
  if (SVG_DATA_URL.test(value)) return value;
  throw invalidResponse('"qr_code" is not a PNG or SVG data URL.', requestIdOf(body));
}

/** Validates the data of a Create answer (the `{data}` envelope already removed). */
export function validateCreateResponse(data: unknown): CreateTotpResponse {
  const body = requireObject(data, 'The response');
  const request_id = requireString(body, 'request_id');
  const status_code = requireStatusCode(body);
  const secret = validateSecret(body);
  const totp_id = requireString(body, 'totp_id');
  const qr_code = validateQrCode(body);
  const recovery_codes = requireRecoveryCodes(body, 'recovery_codes', requestIdOf(body));
  const user_id = requireString(body, 'user_id');
  const user = validateUser(body.user, user_id, body);
  return { request_id, status_code, secret, totp_id, qr_code, recovery_codes, user_id, user };
}

/** Validates the data of an Authenticate answer. */
export function validateAuthenticateResponse(data: unknown): AuthenticateTotpResponse {
  const body = requireObject(data, 'The response');
  const request_id = requireString(body, 'request_id');
  const status_code = requireStatusCode(body);
  const totp_id = requireString(body, 'totp_id');
  const user_id = requireString(body, 'user_id');
  const user = validateUser(body.user, user_id, body);
  const session = body.session;
  if (!isObject(session) || typeof session.session_id !== 'string') {
    throw invalidResponse('"session" is missing or has no "session_id".', request_id);
  }
  // Where the session lives in an HttpOnly cookie the tokens may be redacted to ''.
  const session_token = requireString(body, 'session_token', { allowEmpty: true });
  const session_jwt = requireString(body, 'session_jwt', { allowEmpty: true });
  return { request_id, status_code, totp_id, user_id, user, session: session as Session, session_token, session_jwt };
}

/** Validates the data of a Recover answer: Authenticate's fields, and the codes left when the backend says. */
export function validateRecoverResponse(data: unknown): RecoverTotpResponse {
  const response: RecoverTotpResponse = validateAuthenticateResponse(data);
  const remaining = (data as Json).recovery_codes_remaining;
  if (remaining === undefined || remaining === null) return response;
  if (typeof remaining !== 'number' || !Number.isInteger(remaining) || remaining < 0 || remaining > MAX_RECOVERY_CODES) {
    throw invalidResponse('"recovery_codes_remaining" is not a count of recovery codes.', response.request_id);
  }
  response.recovery_codes_remaining = remaining;
  return response;
}

/** Reads a Stytch error body; `undefined` when the JSON is not one. */
export function readStytchError(json: unknown, httpStatus: number, retry_after?: number): TotpApiError | undefined {
  if (!isObject(json) || typeof json.error_type !== 'string') return undefined;
  const message = typeof json.error_message === 'string' && json.error_message.trim() !== ''
    ? json.error_message
    : `The server answered ${httpStatus}.`;
  return new TotpApiError({
    status_code: typeof json.status_code === 'number' ? json.status_code : httpStatus,
    error_type: json.error_type.slice(0, 100),
    // A hostile or broken backend must not flood the page; the element shows this as text.
    error_message: message.slice(0, 500),
    request_id: typeof json.request_id === 'string' ? json.request_id : undefined,
    error_url: typeof json.error_url === 'string' ? json.error_url : undefined,
    retry_after,
    attempts_remaining: attemptsRemainingOf(json.attempts_remaining),
  });
}

/** `attempts_remaining` when it is a plausible count (0–1000); anything else is ignored, not trusted. */
function attemptsRemainingOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 1000 ? value : undefined;
}
