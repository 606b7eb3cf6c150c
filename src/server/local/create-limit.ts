import { StytchError } from '../http/stytch-error.js';
import { createBoundedMap } from './bounded-map.js';
import { DEMO_USER_ID } from './users.js';

/**
 * How many TOTP Creates one user may make: each renders a PNG QR code (about 10 ms of CPU), so
 * without a limit one session could keep a core busy. A sliding window: a Create counts for
 * `windowSeconds` from the moment it was admitted.
 */
export interface CreateLimitOptions {
  /** Creates one user may make within the window. Default 10. */
  maxCreates?: number;
  /** The window's length in seconds. Default 600 (10 minutes). */
  windowSeconds?: number;
  /**
   * Users whose recent Creates are remembered at once. Past it only users whose Creates have
   * all left the window are forgotten; when none has, a new user's Create is refused (503
   * `capacity_exceeded` with `Retry-After`) rather than a counting user forgotten. Default 10 000.
   */
  maxTrackedUsers?: number;
}

/** {@link CreateLimitOptions} with every default filled in and checked. */
export type CreateLimitSettings = Required<CreateLimitOptions>;

export const DEFAULT_CREATE_LIMIT: CreateLimitSettings = { maxCreates: 10, windowSeconds: 600, maxTrackedUsers: 10_000 };

export interface CreateLimiter {
  /**
   * Counts a Create for `userId` now, or refuses it: 429 `too_many_requests` with `Retry-After`
   * when the user used up the window, `StoreFullError` (503) when the user cannot be tracked.
   * Either way it throws before any QR code is made. Synchronous, so parallel Creates are
   * counted one after the other and no more than the limit get through.
   */
  admit(userId: string): void;
}

/**
 * The limiter of one backend. The demo user is not limited: every visitor of a demo shares
 * it, so its limit would be the whole demo's (and `demoUser` is for demos and tests only).
 */
export function createCreateLimiter(
  settings: CreateLimitSettings,
  { now, log }: { now: () => number; log: (line: string) => void },
): CreateLimiter {
  const windowMs = settings.windowSeconds * 1000;
  const inWindow = (admittedAt: number, at: number) => at - admittedAt < windowMs;
  // Per user, the times of the Creates still in the window, oldest first: at most maxCreates of them.
  const recentByUser = createBoundedMap<readonly number[]>({
    what: 'Create counters',
    cap: settings.maxTrackedUsers,
    option: 'createLimit.maxTrackedUsers',
    canForget: (times) => !times.some((admittedAt) => inWindow(admittedAt, now())),
    // The map's own line speaks of the memory store; this one says what the limiter does instead.
    log: () =>
      log(
        `[stytch-backend] Create limit: ${settings.maxTrackedUsers} users are tracked and all have Creates in the ` +
          `window, so Creates of further users are refused (503) until some leave it. Raise ` +
          `createLimit.maxTrackedUsers. Further refusals are not logged.`,
      ),
  });

  return {
    admit(userId) {
      if (userId === DEMO_USER_ID) return;
      const at = now();
      const recent = (recentByUser.get(userId) ?? []).filter((admittedAt) => inWindow(admittedAt, at));
      if (recent.length >= settings.maxCreates) {
        // The time left is above 0 (the oldest is still in the window), so its ceiling is at least 1:
        // a Retry-After of 0 would invite a retry that is refused again.
        const retryAfterSeconds = Math.ceil((recent[0]! + windowMs - at) / 1000);
        throw new StytchError(
          429,
          'too_many_requests',
          `Too many TOTP registrations created for this user. Try again in ${retryAfterSeconds} seconds.`,
          { 'Retry-After': String(retryAfterSeconds) },
        );
      }
      // Stored before the Create runs: a limiter that cannot store the count refuses here.
      recentByUser.set(userId, [...recent, at]);
    },
  };
}
