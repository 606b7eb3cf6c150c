import type { User, UserTotp } from '../../api/types.js';

/** The user's verified authenticator app (`user.totps[].verified`), or `null`: a new user, or nobody signed in. */
export function verifiedTotpOf(user: User | null | undefined): UserTotp | null {
  const totps = user?.totps;
  if (!Array.isArray(totps)) return null;
  return (totps as (UserTotp | null)[]).find((totp) => totp?.verified === true && typeof totp.totp_id === 'string') ?? null;
}
