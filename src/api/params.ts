import { TotpApiError } from './errors.js';
import { EXPIRATION_MINUTES, SESSION_DURATION_MINUTES } from './limits.js';

export { EXPIRATION_MINUTES, SESSION_DURATION_MINUTES };

interface Range { min: number; max: number }

/**
 * Parses a whole number of minutes given as a number or an attribute string.
 * Only plain decimal integers are accepted: `"1e3"`, `"60.5"`, `" "` and `"0x10"` are errors,
 * not silently coerced values.
 */
function parseMinutes(value: unknown, range: Range, error_type: string, name: string): number {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  const minutes = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(minutes) || minutes < range.min || minutes > range.max) {
    throw new TotpApiError({
      status_code: 0,
      error_type,
      error_message: `${name} must be a whole number of minutes from ${range.min} to ${range.max}; got ${JSON.stringify(value)}.`,
    });
  }
  return minutes;
}

export function parseExpirationMinutes(value: unknown): number {
  return parseMinutes(value, EXPIRATION_MINUTES, 'invalid_expiration', 'expiration-minutes');
}

export function parseSessionDurationMinutes(value: unknown): number {
  return parseMinutes(value, SESSION_DURATION_MINUTES, 'invalid_session_duration', 'session-duration-minutes');
}
