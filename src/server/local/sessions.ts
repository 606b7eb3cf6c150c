import { newSessionId, newSessionToken } from './ids.js';
import type { AuthenticationFactor, SessionRecord } from './records.js';
import type { BackendStore } from './store.js';

const MINUTE_MS = 60_000;

/** The session behind `sessionToken`, unless it is unknown or has expired. */
export function liveSession(store: BackendStore, sessionToken: string, now: number): SessionRecord | undefined {
  const session = store.getSession(sessionToken);
  return session && session.expires_at > now ? session : undefined;
}

/**
 * The expiry a session gets when it is asked to last `durationMinutes` from `now`, but never
 * later than `maxLifetimeMinutes` after it started: without the cap, a session touched often
 * enough (the SDK refreshes every few minutes) would never end, and a stolen token with it.
 */
function cappedExpiry(startedAt: number, now: number, durationMinutes: number, maxLifetimeMinutes: number): number {
  return Math.min(now + durationMinutes * MINUTE_MS, startedAt + maxLifetimeMinutes * MINUTE_MS);
}

/**
 * Records that the user just authenticated with `factor`. Like Stytch, an existing
 * session is extended (same id and token, factor added) rather than replaced;
 * without one a new session starts. Either way it ends `maxLifetimeMinutes` after it started at the latest.
 */
export function startOrExtendSession(
  store: BackendStore,
  args: {
    userId: string;
    existing: SessionRecord | undefined;
    factor: AuthenticationFactor;
    durationMinutes: number;
    /** The backend's `maxSessionLifetimeMinutes`. */
    maxLifetimeMinutes: number;
    now: number;
  },
): SessionRecord {
  const { userId, existing, factor, durationMinutes, maxLifetimeMinutes, now } = args;
  const session: SessionRecord = existing
    ? {
        ...existing,
        last_accessed_at: now,
        expires_at: cappedExpiry(existing.started_at, now, durationMinutes, maxLifetimeMinutes),
        authentication_factors: [...existing.authentication_factors.filter((f) => f.type !== factor.type), factor],
      }
    : {
        session_id: newSessionId(),
        session_token: newSessionToken(),
        user_id: userId,
        started_at: now,
        last_accessed_at: now,
        expires_at: cappedExpiry(now, now, durationMinutes, maxLifetimeMinutes),
        authentication_factors: [factor],
      };
  store.saveSession(session);
  return session;
}

/**
 * Marks a session as used now and, given `durationMinutes`, moves its expiry to that many
 * minutes from now, never past `maxLifetimeMinutes` after it started.
 */
export function touchSession(
  store: BackendStore,
  session: SessionRecord,
  now: number,
  { durationMinutes, maxLifetimeMinutes }: { durationMinutes: number | undefined; maxLifetimeMinutes: number },
): SessionRecord {
  const touched: SessionRecord = {
    ...session,
    last_accessed_at: now,
    expires_at:
      durationMinutes === undefined
        ? session.expires_at
        : cappedExpiry(session.started_at, now, durationMinutes, maxLifetimeMinutes),
  };
  store.saveSession(touched);
  return touched;
}
