import type { FailedAttempts, SessionRecord, TotpRecord, UserRecord } from './records.js';

/**
 * Storage behind the backend. Every method is synchronous on purpose: each
 * check-and-change (replace a pending TOTP, accept a code once, use a recovery
 * code once) then runs without an `await` in the middle, so parallel requests
 * cannot interleave inside it and no locks are needed.
 *
 * A user holds at most one TOTP registration: a new Create replaces the pending one.
 *
 * A store that cannot take a new entry throws `StoreFullError` (answered 503 with
 * `Retry-After`) rather than forgetting a user, a live session, a TOTP or a failure counter
 * that counts, locks or has escalated. Replacing an entry under a key it holds must not fail.
 */
export interface BackendStore {
  getUser(userId: string): UserRecord | undefined;
  saveUser(user: UserRecord): void;

  /** The session, or undefined when unknown; a store may also forget an expired one. */
  getSession(sessionToken: string): SessionRecord | undefined;
  saveSession(session: SessionRecord): void;
  /**
   * Forgets the session (logout): from then on its token is refused everywhere, as if it had
   * never existed. Deleting a token the store does not hold changes nothing.
   */
  deleteSession(sessionToken: string): void;

  /** The user's TOTP registration, verified or pending. */
  getTotp(userId: string): TotpRecord | undefined;
  /**
   * Makes `totp` the registration of `totp.user_id` in one step, dropping a pending
   * one. A verified one is dropped only when `replaceVerified` is set; otherwise the
   * call changes nothing and returns false.
   */
  replaceTotp(totp: TotpRecord, options: { replaceVerified: boolean }): boolean;
  /**
   * Accepts a code of time step `step` for the user's registration `totpId`: marks it
   * verified and remembers the step. Returns false, changing nothing, when the
   * registration is gone or a code of this step or a later one was already accepted.
   */
  acceptTotpStep(userId: string, totpId: string, step: number): boolean;
  /**
   * Removes the user's registration `totpId`, verified or pending; false, changing nothing, when
   * it is not the user's current one. The user's failed-attempt counter stays: a removal is not a
   * right code, and dropping it would let remove + re-create reset a lockout.
   */
  deleteTotp(userId: string, totpId: string): boolean;
  /** Removes `code` from the registration's unused recovery codes; false when absent. */
  consumeRecoveryCode(userId: string, totpId: string, code: string): boolean;

  getFailedAttempts(userId: string): FailedAttempts | undefined;
  /** Stores the counter, or clears it when `attempts` is undefined. */
  saveFailedAttempts(userId: string, attempts: FailedAttempts | undefined): void;
}
