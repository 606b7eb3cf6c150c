import { TotpApiError } from './errors.js';
import { EXPIRATION_MINUTES, SESSION_DURATION_MINUTES } from './limits.js';
import { wholeMinutes, type MinutesRange } from './whole-minutes.js';

export { EXPIRATION_MINUTES, SESSION_DURATION_MINUTES };


/** {@link wholeMinutes}, or a configuration error naming the setting and its range. */
function parseMinutes(value: unknown, range: MinutesRange, error_type: string, name: string): number {
  const minutes = wholeMinutes(value, range);
  if (minutes === undefined) {
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
