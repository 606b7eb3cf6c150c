/**
 * Where `<totp-challenge>` is: `ready` (waiting for a code), `verifying`, `verified` (signed in),
 * `not-enrolled` (the user has no TOTP: offer `<totp-enroll>`), `signed-out` (the session expired).
 */
export type TotpChallengeState = 'ready' | 'verifying' | 'verified' | 'not-enrolled' | 'signed-out';
