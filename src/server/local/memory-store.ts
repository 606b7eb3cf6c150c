import { createBoundedMap } from './bounded-map.js';
import { constantTimeIndexOf } from './constant-time.js';
import { markedEphemeral } from './ephemeral-store.js';
import type { FailedAttempts, SessionRecord, TotpRecord, UserRecord } from './records.js';
import type { BackendStore } from './store.js';

export interface MemoryStoreOptions {
  /** Most users kept. Past it a new user is refused; a user is never dropped. Default 10 000. */
  maxUsers?: number;
  /**
   * Most sessions kept. Past it expired ones are dropped; when none has expired the new session
   * is refused, as dropping a live one would sign its user out. Default 10 000.
   */
  maxSessions?: number;
  /**
   * Most TOTP registrations kept. Past it expired pending ones are dropped; verified ones and
   * pending ones still in time are never dropped, so the new one is refused. Default 10 000.
   */
  maxTotps?: number;
  /**
   * Most failed-attempt counters kept. Past it only empty ones (no failures, no lockout, none
   * before) are dropped; a counter that counts, locks or has escalated is kept, so the new one is
   * refused. Default 10 000.
   */
  maxFailureCounters?: number;
  /** The current time in ms since the epoch, to tell what has expired. Default `Date.now`. */
  now?: () => number;
  /**
   * Told once per map when it first refuses an entry (one line, holding no stored value).
   * Default `console.error`.
   */
  log?: (line: string) => void;
}

/**
 * A {@link BackendStore} kept in process memory: everything is gone on restart, every user's
 * 2FA included, so `createStytchBackend` refuses it under `NODE_ENV=production` unless told
 * `allowMemoryStoreInProduction`. Records are replaced, never edited in place, so an object a
 * caller already holds does not change under it. Each map is capped, so the process cannot be
 * grown without end; at a cap only what is safe to forget is dropped, and otherwise the new
 * entry is refused with {@link StoreFullError}.
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): BackendStore {
  const now = options.now ?? Date.now;
  const log = options.log ?? ((line: string) => console.error(line));
  const cap = (value: number | undefined) => Math.max(1, value ?? 10_000);

  const sessionExpired = (session: SessionRecord) => session.expires_at <= now();
  const pendingTotpExpired = (totp: TotpRecord) => !totp.verified && totp.expires_at <= now();
  // A lockout that ran out still escalated (lockouts > 0): it doubles the next one, so it stays.
  const counterEmpty = (attempts: FailedAttempts) =>
    attempts.count === 0 && attempts.lockouts === 0 && attempts.locked_until <= now();

  const users = createBoundedMap<UserRecord>({
    what: 'users', cap: cap(options.maxUsers), option: 'maxUsers', canForget: () => false, log,
  });
  const sessions = createBoundedMap<SessionRecord>({
    what: 'sessions', cap: cap(options.maxSessions), option: 'maxSessions', canForget: sessionExpired, log,
  });
  const totpsByUser = createBoundedMap<TotpRecord>({
    what: 'TOTP registrations', cap: cap(options.maxTotps), option: 'maxTotps', canForget: pendingTotpExpired, log,
  });
  const failures = createBoundedMap<FailedAttempts>({
    what: 'failed-attempt counters', cap: cap(options.maxFailureCounters), option: 'maxFailureCounters',
    canForget: counterEmpty, log,
  });

  function currentTotp(userId: string, totpId: string): TotpRecord | undefined {
    const totp = totpsByUser.get(userId);
    return totp?.totp_id === totpId ? totp : undefined;
  }

  // Marked, so that createStytchBackend can tell that this store forgets everything on restart.
  return markedEphemeral<BackendStore>({
    getUser: (userId) => users.get(userId),
    saveUser: (user) => users.set(user.user_id, user),

    getSession: (sessionToken) => {
      const session = sessions.get(sessionToken);
      if (session && sessionExpired(session)) {
        sessions.delete(sessionToken);
        return undefined;
      }
      return session;
    },
    saveSession: (session) => sessions.set(session.session_token, session),
    deleteSession: (sessionToken) => sessions.delete(sessionToken),

    getTotp: (userId) => totpsByUser.get(userId),
    replaceTotp: (totp, { replaceVerified }) => {
      const existing = totpsByUser.get(totp.user_id);
      if (existing?.verified && !replaceVerified) return false;
      totpsByUser.set(totp.user_id, totp);
      return true;
    },
    acceptTotpStep: (userId, totpId, step) => {
      const totp = currentTotp(userId, totpId);
      if (!totp) return false;
      if (totp.last_used_step !== null && step <= totp.last_used_step) return false;
      totpsByUser.set(userId, { ...totp, verified: true, last_used_step: step });
      return true;
    },
    deleteTotp: (userId, totpId) => {
      if (!currentTotp(userId, totpId)) return false;
      totpsByUser.delete(userId);
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
      if (attempts) failures.set(userId, attempts);
      else failures.delete(userId);
    },
  });
}
