import { TotpApiError } from './errors.js';

/*
 * The errors the clients make themselves. A module apart from errors.ts: an element's first
 * screen needs TotpApiError, not these (a bundler would put them in the first download with it).
 */

export function abortError(reason?: unknown): TotpApiError {
  return new TotpApiError(
    { status_code: 0, error_type: 'request_aborted', error_message: 'The request was cancelled.' },
    { cause: reason },
  );
}

export function invalidResponse(message: string, request_id?: string): TotpApiError {
  return new TotpApiError({
    status_code: 0,
    error_type: 'invalid_response',
    error_message: `The server sent an invalid response: ${message}`,
    request_id,
  });
}
