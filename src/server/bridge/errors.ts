import { StytchError } from '../http/stytch-error.js';

/** A Stytch API error, passed on with Stytch's own request id and error URL. */
export class UpstreamStytchError extends StytchError {
  constructor(
    status: number,
    errorType: string,
    message: string,
    headers: Record<string, string>,
    requestId: string | undefined,
    errorUrl: string | undefined,
  ) {
    super(status, errorType, message, headers, { requestId, errorUrl });
  }
}

interface StytchApiErrorLike {
  status_code: number;
  error_type: string;
  error_message?: unknown;
  error_url?: unknown;
  request_id?: unknown;
}

/**
 * Recognised by shape rather than `instanceof`: the package is loaded lazily, an application
 * may bring a second copy of it, and a wrapped client may throw a look-alike.
 */
function isStytchApiError(error: unknown): error is StytchApiErrorLike {
  if (typeof error !== 'object' || error === null) return false;
  const { status_code, error_type } = error as Record<string, unknown>;
  return typeof status_code === 'number' && Number.isInteger(status_code) && status_code >= 400 && status_code <= 599
    && typeof error_type === 'string' && error_type !== '';
}

/** A delay in seconds or an HTTP date; anything else is not worth passing on. */
const RETRY_AFTER = /^(\d{1,9}|[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT)$/;

/**
 * Makes one Stytch call. Stytch's refusals become `UpstreamStytchError` (same status, type
 * and message, `Retry-After` kept); anything else (Stytch unreachable, a bug) is rethrown
 * as it was, for the error handler to answer 500.
 */
export async function callStytch<T>(call: () => Promise<T>): Promise<T> {
  // Node-only (AsyncLocalStorage): loaded with the first call, so that importing totp-enroll/server stays runtime-neutral.
  const { withRetryAfterNote } = await import('./retry-after.js');
  const outcome = await withRetryAfterNote(call);
  if ('result' in outcome) return outcome.result;
  const { error, retryAfter } = outcome;
  if (!isStytchApiError(error)) throw error;
  const headers: Record<string, string> = retryAfter && RETRY_AFTER.test(retryAfter) ? { 'Retry-After': retryAfter } : {};
  return Promise.reject(new UpstreamStytchError(
    error.status_code,
    error.error_type,
    typeof error.error_message === 'string' ? error.error_message : `Stytch answered ${error.status_code}.`,
    headers,
    typeof error.request_id === 'string' ? error.request_id : undefined,
    typeof error.error_url === 'string' ? error.error_url : undefined,
  ));
}

/**
 * The answer to anything thrown but a StytchError: logged once, with its stack and the request's
 * id, and answered 500 with nothing from it: its message could name internals (hosts, paths) the
 * browser has no business seeing.
 */
export function unexpectedErrorAnswer(log: (line: string) => void): (error: unknown, requestId: string) => StytchError {
  return (error, requestId) => {
    log(`[totp-enroll bridge] unexpected error (request ${requestId}): ${describe(error)}`);
    return new StytchError(500, 'internal_server_error', 'The server failed to handle this request.');
  };
}

/**
 * The stack, plus which Stytch call failed: the package's RequestError drops fetch's cause
 * (`fetch failed` is all it keeps), so the call's method and path are the best clue left.
 * Only those two: the request's data holds the session token and the code.
 */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const stack = error.stack ?? `${error.name}: ${error.message}`;
  const request = (error as { request?: { method?: unknown; url?: unknown } }).request;
  return typeof request?.method === 'string' && typeof request.url === 'string'
    ? `${stack}\n    (Stytch call: ${request.method} ${request.url})`
    : stack;
}
