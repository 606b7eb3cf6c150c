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
 * Records that the user just authenticated with `factor`. Like Stytch, an existing
 * session is extended (same id and token, factor added) rather than replaced;
 * without one a new session starts.
 */
export function startOrExtendSession(
  store: BackendStore,
  args: {
    userId: string;
    existing: SessionRecord | undefined;
    factor: AuthenticationFactor;
    durationMinutes: number;
    now: number;
  },
): SessionRecord {
  const { userId, existing, factor, durationMinutes, now } = args;
  const expires_at = now + durationMinutes * MINUTE_MS;
  const session: SessionRecord = existing
    ? {
        ...existing,
        last_accessed_at: now,
        expires_at,
        authentication_factors: [...existing.authentication_factors.filter((f) => f.type !== factor.type), factor],
      }
    : {
        session_id: newSessionId(),
        session_token: newSessionToken(),
        user_id: userId,
        started_at: now,
        last_accessed_at: now,
        expires_at,
        authentication_factors: [factor],
      };
  store.saveSession(session);
  return session;
}

/** Marks a session as used now, optionally moving its expiry. */
export function touchSession(
  store: BackendStore,
  session: SessionRecord,
  now: number,
  durationMinutes?: number,
): SessionRecord {
  const touched: SessionRecord = {
    ...session,
    last_accessed_at: now,
    expires_at: durationMinutes === undefined ? session.expires_at : now + durationMinutes * MINUTE_MS,
  };
  store.saveSession(touched);
  return touched;
}
