/**
 * A failure to answer in Stytch's error shape. Route code throws it; the app's error
 * handler (`sdk-app.ts`) turns it into `{status_code, request_id, error_type, error_message, error_url}`
 * with `status` as the HTTP status, which the Stytch SDK re-throws as `StytchAPIError`.
 */
export class StytchError extends Error {
  override readonly name = 'StytchError';
  /**
   * The request id the answer names instead of this server's: the bridge passes Stytch's own on,
   * so a support ticket can name it. Undefined for the servers' own refusals.
   */
  readonly requestId: string | undefined;
  /** The error URL the answer names instead of Stytch's page for the status (again: Stytch's own, passed on). */
  readonly errorUrl: string | undefined;
  /**
   * Not Stytch's: on a refused code, how many more wrong codes the local backend takes before it
   * locks the user out (`attempts_remaining` in the body), so the element can warn before the last.
   */
  readonly attemptsRemaining: number | undefined;

  constructor(
    readonly status: number,
    readonly errorType: string,
    message: string,
    /** Extra response headers, e.g. `Retry-After` on a lockout. */
    readonly headers: Record<string, string> = {},
    answered: { requestId?: string | undefined; errorUrl?: string | undefined; attemptsRemaining?: number } = {},
  ) {
    super(message);
    this.requestId = answered.requestId;
    this.errorUrl = answered.errorUrl;
    this.attemptsRemaining = answered.attemptsRemaining;
  }
}

export interface StytchErrorBody {
  status_code: number;
  request_id: string;
  error_type: string;
  error_message: string;
  error_url: string;
  /** The local backend's, on a refused code: wrong codes left before a lockout (see `StytchError.attemptsRemaining`). */
  attempts_remaining?: number;
}

/** The JSON body of `error`'s answer; `requestId` is the server's id for the request, used unless the error carries Stytch's. */
export function stytchErrorBody(error: StytchError, requestId: string): StytchErrorBody {
  return {
    status_code: error.status,
    request_id: error.requestId ?? requestId,
    error_type: error.errorType,
    error_message: error.message,
    error_url: error.errorUrl ?? `https://stytch.com/docs/api/errors/${error.status}`,
    ...(error.attemptsRemaining === undefined ? {} : { attempts_remaining: error.attemptsRemaining }),
  };
}
