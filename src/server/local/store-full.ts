/**
 * Thrown by a {@link BackendStore} that cannot take a new entry without forgetting security
 * state: a user, a live session, a TOTP registration, or a failure counter that counts, locks
 * or escalates. The store refuses rather than evicts, since evicting the oldest would let a
 * flood of sign-ups or guesses erase a victim's verified TOTP or lockout. The backend answers
 * it with 503 and `Retry-After`; an application's own store may throw it for the same answer.
 */
export class StoreFullError extends Error {
  override readonly name = 'StoreFullError';

  constructor(
    /** What could not be stored, plural, as a client may read it: `'sessions'`, `'TOTP registrations'`. */
    readonly what: string,
    /**
     * When to ask again: a hint for the client's back-off, not a promise that room will be free
     * by then (entries make room only as they expire). Default 60.
     */
    readonly retryAfterSeconds = 60,
  ) {
    super(`The store cannot take more ${what} without forgetting security state.`);
  }
}
