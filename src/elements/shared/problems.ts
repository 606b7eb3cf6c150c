import { TotpApiError } from '../../api/errors.js';
import type { CommonStrings } from '../i18n/common.js';

/** What the user is told about a failure, and whether trying again can help. */
export interface Problem {
  message: string;
  retry: boolean;
  /** A fault of the page's setup, not of the user's connection: developers get the details in the console. */
  configuration: boolean;
}

/** Error types that name a setting of the page; trying again cannot help. */
const CONFIGURATION: Record<string, string> = {
  invalid_api_base: 'api-base',
  invalid_expiration: 'expiration-minutes',
  invalid_session_duration: 'session-duration-minutes',
  invalid_session_cookie: 'session-cookie',
  invalid_trusted_api_origins: 'trustedApiOrigins',
  invalid_argument: 'client',
  invalid_public_token: 'public-token',
  endpoint_not_found: 'api-base',
  route_not_found: 'api-base',
  invalid_response: 'api-base',
};

/** A short message for people; the technical text stays in `totp-error` and the console. */
export function describeProblem(
  error: TotpApiError, t: Pick<CommonStrings, 'configProblem' | 'networkProblem' | 'serverProblem' | 'secondFactorNeeded'>, apiBase: string,
): Problem {
  const setting = Object.hasOwn(CONFIGURATION, error.error_type) ? CONFIGURATION[error.error_type] : undefined;
  if (setting) return { message: t.configProblem(setting), retry: false, configuration: true };
  if (error.error_type === 'network_error' || error.error_type === 'request_timeout') {
    if (isLoopback(apiBase)) return { message: t.configProblem('api-base'), retry: false, configuration: true };
    return { message: t.networkProblem, retry: true, configuration: false };
  }
  // Stytch's MFA rule (403): the user must pass their other factor first; retrying here cannot help.
  if (error.error_type === 'insufficient_session_factors') return { message: t.secondFactorNeeded, retry: false, configuration: false };
  if (error.status_code === 429) return { message: error.error_message, retry: true, configuration: false };
  return { message: t.serverProblem, retry: true, configuration: false };
}

/**
 * An explicit `api-base` on a developer's machine, other than the page's own origin (a visitor's
 * page is never there): no visitor can reach it, however often they retry.
 */
function isLoopback(apiBase: string): boolean {
  if (!/^[a-z]+:\/\//i.test(apiBase)) return false;
  try {
    const url = new URL(apiBase);
    return /^(localhost|127(\.\d+){3}|\[::1\])$/.test(url.hostname) && url.origin !== location.origin;
  } catch {
    return false;
  }
}

/** Anything thrown, as the one error type the events carry. */
export function asTotpApiError(error: unknown): TotpApiError {
  if (error instanceof TotpApiError) return error;
  return new TotpApiError({
    status_code: 0,
    error_type: error instanceof TypeError ? 'invalid_argument' : 'unexpected_error',
    error_message: error instanceof Error ? error.message : String(error),
  }, { cause: error });
}

/** One line for the page's developers: the technical text the user is spared. */
export function warnDevelopers(error: TotpApiError, tagName = 'totp-enroll'): void {
  console.warn(`<${tagName}>: ${error.error_type}: ${error.error_message}`);
}
