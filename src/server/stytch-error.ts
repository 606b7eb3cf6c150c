/**
 * A failure to answer in Stytch's error shape. Route code throws it; the app's error
 * handler turns it into `{status_code, request_id, error_type, error_message, error_url}`
 * with `status` as the HTTP status, which the Stytch SDK re-throws as `StytchAPIError`.
 */
export class StytchError extends Error {
  override readonly name = 'StytchError';

  constructor(
    readonly status: number,
    readonly errorType: string,
    message: string,
    /** Extra response headers, e.g. `Retry-After` on a lockout. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export interface StytchErrorBody {
  status_code: number;
  request_id: string;
  error_type: string;
  error_message: string;
  error_url: string;
}

export function stytchErrorBody(error: StytchError, requestId: string): StytchErrorBody {
  return {
    status_code: error.status,
    request_id: requestId,
    error_type: error.errorType,
    error_message: error.message,
    error_url: `https://stytch.com/docs/api/errors/${error.status}`,
  };
}
