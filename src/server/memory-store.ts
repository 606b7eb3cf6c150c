import { setBounded } from './bounded-map.js';
import { constantTimeIndexOf } from './constant-time.js';
import type { BackendStore, FailedAttempts, SessionRecord, TotpRecord, UserRecord } from './store.js';

export interface MemoryStoreOptions {
  /** Most users kept; past it the oldest is dropped. Default 10 000. */
  maxUsers?: number;
  /** Most sessions kept; past it expired ones are dropped, then the oldest. Default 10 000. */
  maxSessions?: number;
  /** Most TOTP registrations kept; past it expired pending ones are dropped, then the oldest. Default 10 000. */
  maxTotps?: number;
  /** Most failed-attempt counters kept; past it those not locking anyone out are dropped, then the oldest. Default 10 000. */
  maxFailureCounters?: number;
  /** The current time in ms since the epoch, to tell what has expired. Default `Date.now`. */
  now?: () => number;
}

/**
 * A {@link BackendStore} kept in process memory; everything is gone on restart.
 * Records are replaced, never edited in place, so an object a caller already
 * holds does not change under it. Each map is capped, so the process cannot be
 * grown without end by creating sessions, registrations or counters.
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): BackendStore {
  const now = options.now ?? Date.now;
  const cap = (value: number | undefined) => Math.max(1, value ?? 10_000);
  const limits = {
    users: cap(options.maxUsers),
    sessions: cap(options.maxSessions),
    totps: cap(options.maxTotps),
    failures: cap(options.maxFailureCounters),
  };
  const users = new Map<string, UserRecord>();
  const sessions = new Map<string, SessionRecord>();
  const totpsByUser = new Map<string, TotpRecord>();
  const failures = new Map<string, FailedAttempts>();

  const sessionExpired = (session: SessionRecord) => session.expires_at <= now();
  const totpExpired = (totp: TotpRecord) => !totp.verified && totp.expires_at <= now();
  const failuresIdle = (attempts: FailedAttempts) => attempts.locked_until <= now();

  function currentTotp(userId: string, totpId: string): TotpRecord | undefined {
    const totp = totpsByUser.get(userId);
    return totp?.totp_id === totpId ? totp : undefined;
  }

  return {
    getUser: (userId) => users.get(userId),
    saveUser: (user) => setBounded(users, user.user_id, user, limits.users, () => false),

    getSession: (sessionToken) => {
      const session = sessions.get(sessionToken);
      if (session && sessionExpired(session)) {
        sessions.delete(sessionToken);
        return undefined;
      }
      return session;
    },
    saveSession: (session) => setBounded(sessions, session.session_token, session, limits.sessions, sessionExpired),

    getTotp: (userId) => totpsByUser.get(userId),
    replaceTotp: (totp, { replaceVerified }) => {
      const existing = totpsByUser.get(totp.user_id);
      if (existing?.verified && !replaceVerified) return false;
      setBounded(totpsByUser, totp.user_id, totp, limits.totps, totpExpired);
      return true;
    },
    acceptTotpStep: (userId, totpId, step) => {
      const totp = currentTotp(userId, totpId);
      if (!totp) return false;
      if (totp.last_used_step !== null && step <= totp.last_used_step) return false;
      totpsByUser.set(userId, { ...totp, verified: true, last_used_step: step });
      return true;
    },
    consumeRecoveryCode: (userId, totpId, code) => {
      const totp = currentTotp(userId, totpId);
      if (!totp) return false;
      // Compared in constant time: a guesser must not learn how much of a code was right.
      const index = constantTimeIndexOf(totp.recovery_codes, code);
      if (index < 0) return false;
      const remaining = totp.recovery_codes.filter((_, at) => at !== index);
      totpsByUser.set(userId, { ...totp, recovery_codes: remaining });
      return true;
    },

    getFailedAttempts: (userId) => failures.get(userId),
    saveFailedAttempts: (userId, attempts) => {
      if (attempts) setBounded(failures, userId, attempts, limits.failures, failuresIdle);
      else failures.delete(userId);
    },
  };
}
