import type { TotpApiError } from '../../api/errors.js';

/**
 * What a code was checked against: the registration being confirmed (`<totp-enroll>`'s Confirm
 * step), or at sign-in the user's TOTP (`totp`) or their recovery codes (`recovery_code`).
 */
export type CodeCheck = 'confirm' | 'totp' | 'recovery_code';

/** What a refused code means for the screen. */
export type CodeFailure =
  /** The code (or recovery code) was wrong: say so, and let the user try again. */
  | 'wrong'
  /** A right code of a 30-second window already used: wait for the app's next code. */
  | 'reused'
  /** 429: the backend refuses codes until Retry-After (30 s when it names none). */
  | 'locked'
  /** The registration being confirmed has expired. */
  | 'expired'
  /** The registration being confirmed is gone: a newer one (another tab) replaced it. */
  | 'replaced'
  /** At sign-in: the user has no TOTP; the page should offer `<totp-enroll>`. */
  | 'not-enrolled'
  /** At sign-in: the first factor's session is gone; the user must sign in again. */
  | 'signed-out'
  /** Anything else: network, timeout, server, configuration (problems.ts words it). */
  | 'other';

/** Error types Stytch and the local backend use for a missing, unknown or expired session. */
const SIGNED_OUT = new Set(['unauthorized_credentials', 'session_not_found', 'invalid_session_token', 'session_expired']);

/**
 * A code already used in its time step: Stytch's type (its SDKs list it), which the local
 * backend answers too. The code was right, so it is not a miss that hints at the clock.
 */
const REUSED = 'totp_code_already_authenticated';

/** Seconds to wait after a 429 that names no Retry-After. */
export const LOCKOUT_FALLBACK_SECONDS = 30;

/**
 * The one reading of a refused code, for both elements. The rules that differ by check are
 * here side by side: while confirming, `totp_not_found` means the registration was replaced and
 * any 401 is the code's (the session created the registration a moment ago); at sign-in it
 * means no TOTP is enrolled, and a session error means the first factor has gone.
 */
export function classifyCodeFailure(error: TotpApiError, check: CodeCheck): CodeFailure {
  const type = error.error_type;
  const confirming = check === 'confirm';
  if (type === 'totp_not_found') return confirming ? 'replaced' : 'not-enrolled';
  if (confirming && type === 'totp_expired') return 'expired';
  if (error.status_code === 429) return 'locked';
  if (!confirming && SIGNED_OUT.has(type)) return 'signed-out';
  if (type === REUSED && check !== 'recovery_code') return 'reused';

  if (check === 'recovery_code' ? /recovery_code/.test(type) : /code/.test(type) || (confirming && error.status_code === 401)) return 'wrong';
  return 'other';
}
