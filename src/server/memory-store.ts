import type { BackendStore, FailedAttempts, SessionRecord, TotpRecord, UserRecord } from './store.js';

/**
 * A {@link BackendStore} kept in process memory; everything is gone on restart.
 * Records are replaced, never edited in place, so an object a caller already
 * holds does not change under it.
 */
export function createMemoryStore(): BackendStore {
  const users = new Map<string, UserRecord>();
  const sessions = new Map<string, SessionRecord>();
  const totpsByUser = new Map<string, TotpRecord>();
  const failures = new Map<string, FailedAttempts>();

  function currentTotp(userId: string, totpId: string): TotpRecord | undefined {
    const totp = totpsByUser.get(userId);
    return totp?.totp_id === totpId ? totp : undefined;
  }

  return {
    getUser: (userId) => users.get(userId),
    saveUser: (user) => {
      users.set(user.user_id, user);
    },

    getSession: (sessionToken) => sessions.get(sessionToken),
    saveSession: (session) => {
      sessions.set(session.session_token, session);
    },

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
    consumeRecoveryCode: (userId, totpId, code) => {
      const totp = currentTotp(userId, totpId);
      if (!totp || !totp.recovery_codes.includes(code)) return false;
      const remaining = totp.recovery_codes.filter((unused) => unused !== code);
      totpsByUser.set(userId, { ...totp, recovery_codes: remaining });
      return true;
    },

    getFailedAttempts: (userId) => failures.get(userId),
    saveFailedAttempts: (userId, attempts) => {
      if (attempts) failures.set(userId, attempts);
      else failures.delete(userId);
    },
  };
}
