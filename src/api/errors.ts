/**
 * The kinds of failure the clients report besides the backend's own Stytch error types.
 * Backend errors keep Stytch's `error_type` (e.g. `otp_code_not_found`).
 */
export type ClientErrorType =
  /** fetch failed: offline, DNS, connection reset, CORS. */
  | 'network_error'
  /** The request was cancelled through its AbortSignal. */
  | 'request_aborted'
  /** No answer within the client's timeout. */
  | 'request_timeout'
  /** The backend answered with something that is not a valid Stytch response. */
  | 'invalid_response'
  /** An argument the element or caller passed is out of range. */
  | 'invalid_expiration'
  | 'invalid_session_duration'
  /** `api-base` is not an https URL, a loopback http URL or a path on the page's origin. */
  | 'invalid_api_base'
  /** `session-cookie` is not a cookie name. */
  | 'invalid_session_cookie'
  /** `trustedApiOrigins` holds something that is not an exact https (or loopback) origin. */
  | 'invalid_trusted_api_origins'
  | 'invalid_argument';

export interface TotpApiErrorFields {
  status_code: number;
  error_type: string;
  error_message: string;
  request_id?: string;
  error_url?: string;
  /** Seconds to wait before retrying, from a `Retry-After` header. */
  retry_after?: number;
  /**
   * On a refused code, how many more wrong codes the backend takes before it locks the user out,
   * when it says (the local backend's `attempts_remaining`; Stytch's API does not say).
   */
  attempts_remaining?: number;
}

/**
 * The one error type every client throws, whatever went wrong: a Stytch error
 * answer, a network failure, a malformed response, or an abort.
 * `status_code` is `0` when no HTTP answer was received.
 */
export class TotpApiError extends Error implements TotpApiErrorFields {
  override readonly name = 'TotpApiError';
  readonly status_code: number;
  readonly error_type: string;
  readonly error_message: string;
  readonly request_id: string;
  readonly error_url: string;
  readonly retry_after: number | undefined;
  readonly attempts_remaining: number | undefined;

  constructor(fields: TotpApiErrorFields, options?: { cause?: unknown }) {
    super(fields.error_message, options);
    this.status_code = fields.status_code;
    this.error_type = fields.error_type;
    this.error_message = fields.error_message;
    this.request_id = fields.request_id ?? '';
    this.error_url = fields.error_url ?? '';
    this.retry_after = fields.retry_after;
    this.attempts_remaining = fields.attempts_remaining;
  }

  /** True when the caller cancelled the request (not a failure to show the user). */
  get aborted(): boolean {
    return this.error_type === 'request_aborted';
  }
}
