import type { BackendContext } from './context.js';
import { StytchError } from './stytch-error.js';

/**
 * Brute-force protection for code checks (TOTP codes and recovery codes together):
 * after `maxFailedAttempts` consecutive failures the user is locked out for
 * `lockoutSeconds`, during which even a right code is refused. A success resets the count.
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

export function recordFailedAttempt({ store, config }: BackendContext, userId: string, now: number): void {
  const previous = store.getFailedAttempts(userId);
  const count = (previous && previous.locked_until <= now ? previous.count : 0) + 1;
  store.saveFailedAttempts(
    userId,
    count >= config.maxFailedAttempts
      ? { count: 0, locked_until: now + config.lockoutSeconds * 1000 }
      : { count, locked_until: 0 },
  );
}

export function clearFailedAttempts({ store }: BackendContext, userId: string): void {
  store.saveFailedAttempts(userId, undefined);
}
