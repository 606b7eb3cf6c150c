import { EXPIRATION_MINUTES, SESSION_DURATION_MINUTES } from '../../api/limits.js';
import { StytchError } from './stytch-error.js';

/**
 * `expiration_minutes` of a Create body: a whole number of minutes in range, or the
 * default when absent. Strings such as `"60"` are refused rather than coerced, like
 * Stytch's schema validation does.
 */
export function expirationMinutes(body: Record<string, unknown>): number {
  return boundedInteger(body, 'expiration_minutes', EXPIRATION_MINUTES, 'invalid_expiration_minutes');
}

/**
 * `session_duration_minutes`. Stytch's API requires it and the SDK always sends it;
 * this backend falls back to 60 when it is absent so a plain `curl` works too.
 */
export function sessionDurationMinutes(body: Record<string, unknown>): number {
  return boundedInteger(body, 'session_duration_minutes', SESSION_DURATION_MINUTES, 'invalid_session_duration_minutes');
}

/** `totp_code`: exactly six ASCII digits, as a string. */
export function totpCode(body: Record<string, unknown>): string {
  const code = body['totp_code'];
  if (typeof code !== 'string' || !/^[0-9]{6}$/.test(code)) {
    throw new StytchError(400, 'invalid_totp_code', 'totp_code must be a string of exactly 6 digits.');
  }
  return code;
}

/** `recovery_code`: a non-empty string; whether it is right is for the route to decide. */
export function recoveryCode(body: Record<string, unknown>): string {
  const code = body['recovery_code'];
  if (typeof code !== 'string' || code.trim() === '') {
    throw new StytchError(400, 'invalid_recovery_code', 'recovery_code must be a non-empty string.');
  }
  return code.trim().toLowerCase();
}

function boundedInteger(
  body: Record<string, unknown>,
  name: string,
  bounds: { min: number; max: number; default: number },
  errorType: string,
): number {
  const value = body[name];
  if (value === undefined || value === null) return bounds.default;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < bounds.min || value > bounds.max) {
    throw new StytchError(
      400,
      errorType,
      `${name} must be a whole number from ${bounds.min} to ${bounds.max}; got ${typeof value === 'number' ? value : typeof value}.`,
    );
  }
  return value;
}
