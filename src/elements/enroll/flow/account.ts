import type { User } from '../../../api/types.js';

/**
 * The account the authenticator app lists, and the recovery codes' file names: the
 * `account-name` setting, else the user's first email, else the user id. One rule for the
 * setup's QR code and for the codes viewed later, so both name the same account.
 */
export function accountOf(accountName: string, user: User): string {
  return accountName || emailOf(user) || user.user_id;
}

function emailOf(user: User): string | undefined {
  const emails = user.emails;
  if (!Array.isArray(emails)) return undefined;
  const email = (emails[0] as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' ? email : undefined;
}
