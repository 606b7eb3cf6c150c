import type { TotpApiError } from '../../api/errors.js';
import type { TotpChallengeMethod } from '../challenge/events.js';

/** What a failed sign-in means for the screen. */
export type ChallengeFailure =
  /** No TOTP for this user: the host should offer `<totp-enroll>`. */
  | 'not-enrolled'
  /** The first factor's session is gone: the user must sign in again. */
  | 'signed-out'
  /** 429: wait for Retry-After. */
  | 'locked'
  /** The code or recovery code was refused. */
  | 'wrong'
  /** Anything else: network, timeout, server, configuration (problems.ts words it). */
  | 'other';

/** Error types Stytch and the local backend use for a missing, unknown or expired session. */
const SIGNED_OUT = new Set(['unauthorized_credentials', 'session_not_found', 'invalid_session_token', 'session_expired']);

export function classifyFailure(error: TotpApiError, method: TotpChallengeMethod): ChallengeFailure {
  if (error.error_type === 'totp_not_found') return 'not-enrolled';
  if (error.status_code === 429) return 'locked';
  if (SIGNED_OUT.has(error.error_type)) return 'signed-out';
  if (method === 'recovery_code' ? /recovery_code/.test(error.error_type) : /code/.test(error.error_type)) return 'wrong';
  return 'other';
}
