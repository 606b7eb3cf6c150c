import { StytchError } from '../http/stytch-error.js';
import type { BackendContext } from './context.js';

/**
 * Brute-force protection for code checks (TOTP codes and recovery codes together):
 * after `maxFailedAttempts` consecutive failures the user is locked out, during which
 * even a right code is refused. Lockouts escalate: the first lasts `lockoutSeconds`,
 * each further one twice the one before, up to `maxLockoutSeconds`; a fixed lockout
 * would let a guesser through thousands of codes a day. A right code resets it all.
 */

/** Throws 429 `too_many_requests`, with `Retry-After`, while the user is locked out. */
export function assertNotLockedOut({ store }: BackendContext, userId: string, now: number): void {
  const attempts = store.getFailedAttempts(userId);
  if (!attempts || attempts.locked_until <= now) return;
  const retryAfterSeconds = Math.ceil((attempts.locked_until - now) / 1000);
  throw new StytchError(
    429,
    'too_many_requests',
    `Too many incorrect codes. Try again in ${retryAfterSeconds} seconds.`,
    { 'Retry-After': String(retryAfterSeconds) },
  );
}

/**
 * Checks one code (`isRight`, synchronous) and counts the outcome: a wrong code counts towards the
 * lockout and is refused with `refusal`, told how many more wrong codes the user has before the
 * lockout (0: this one started it), which the answer carries as `attempts_remaining`; a right one resets the count. The counter's place is
 * reserved before the check, so a store that could not count a wrong code refuses (503) before
 * any code is checked. Nothing runs between the check and its count, so parallel requests cannot
 * both use one code or slip past a lockout.
 */
export function checkCodeCounted(
  ctx: BackendContext,
  userId: string,
  now: number,
  isRight: () => boolean,
  refusal: (attemptsRemaining: number) => StytchError,
): void {
  reserveFailureCounter(ctx, userId);
  if (!isRight()) throw refusal(recordFailedAttempt(ctx, userId, now));
  clearFailedAttempts(ctx, userId);
}

/**
 * Makes sure a wrong code can be counted before any code is checked, by storing an empty
 * counter for a user who has none. A full store refuses it here (`StoreFullError`, 503), so the
 * code is not checked at all: checking it and failing only to count a wrong one would give a
 * guesser uncounted guesses, with the 503 telling wrong codes from right ones. A user who
 * has a counter already needs no new place: `recordFailedAttempt` replaces it.
 * Called just before the check, with no `await` between: the empty counter is the one kind a
 * full memory store may forget.
 */
function reserveFailureCounter({ store }: BackendContext, userId: string): void {
  if (!store.getFailedAttempts(userId)) store.saveFailedAttempts(userId, { count: 0, locked_until: 0, lockouts: 0 });
}

/** Counts a wrong code; returns the wrong codes left before a lockout (0 when this one started it). */
function recordFailedAttempt({ store, config }: BackendContext, userId: string, now: number): number {
  const previous = store.getFailedAttempts(userId);
  const lockouts = previous?.lockouts ?? 0;
  // A lockout saves count 0, so counting on from the stored count restarts after each lockout.
  const count = (previous?.count ?? 0) + 1;
  if (count < config.maxFailedAttempts) {
    store.saveFailedAttempts(userId, { count, locked_until: 0, lockouts });
    return config.maxFailedAttempts - count;
  }
  // 2 ** lockouts overflows to Infinity long before it matters; the cap keeps it finite.
  const seconds = Math.min(config.lockoutSeconds * 2 ** lockouts, config.maxLockoutSeconds);
  store.saveFailedAttempts(userId, { count: 0, locked_until: now + seconds * 1000, lockouts: lockouts + 1 });
  return 0;
}

function clearFailedAttempts({ store }: BackendContext, userId: string): void {
  store.saveFailedAttempts(userId, undefined);
}
