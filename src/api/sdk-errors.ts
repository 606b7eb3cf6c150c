import { TotpApiError } from './errors.js';

/** Maps the SDK's StytchAPIError / StytchAPIUnreachableError / anything else to TotpApiError. */
export function fromSdkError(error: unknown): TotpApiError {
  if (error instanceof TotpApiError) return error;
  const e = (error ?? {}) as Record<string, unknown>;
  if (typeof e.error_type === 'string') {
    return new TotpApiError({
      status_code: typeof e.status_code === 'number' ? e.status_code : 0,
      error_type: e.error_type,
      error_message: String(e.error_message ?? e.message ?? 'The Stytch request failed.').slice(0, 500),
      request_id: typeof e.request_id === 'string' ? e.request_id : undefined,
      error_url: typeof e.error_url === 'string' ? e.error_url : undefined,
    }, { cause: error });
  }
  const unreachable = e.name === 'StytchAPIUnreachableError' || e.name === 'SDKAPIUnreachableError';
  return new TotpApiError({
    status_code: 0,
    error_type: unreachable ? 'network_error' : 'sdk_error',
    error_message: unreachable
      ? 'Could not reach the Stytch API. Check the connection and try again.'
      : `The Stytch SDK failed: ${String(e.message ?? error).slice(0, 300)}`,
  }, { cause: error });
}
