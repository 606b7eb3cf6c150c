import type { Session, User } from '../../api/types.js';
import type { AuthenticationFactor, SessionRecord, TotpRecord, UserRecord } from './records.js';

const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * The user as Stytch's API returns it: the e-mail, the TOTP and the other MFA methods carry
 * data here; the remaining factor lists are present and empty so clients find every field.
 */
export function presentUser(user: UserRecord, totp: TotpRecord | undefined): User {
  return {
    user_id: user.user_id,
    created_at: iso(user.created_at),
    status: 'active',
    name: { first_name: '', middle_name: '', last_name: '' },
    emails: [{ email_id: user.email_id, email: user.email, verified: true }],
    phone_numbers: (user.phone_numbers ?? []).map((phone) => ({ ...phone })),
    webauthn_registrations: (user.webauthn_registrations ?? []).map((registration) => ({ ...registration })),
    providers: [],
    totps: totp ? [{ totp_id: totp.totp_id, verified: totp.verified, created_at: iso(totp.created_at) }] : [],
    crypto_wallets: [],
    biometric_registrations: (user.biometric_registrations ?? []).map((registration) => ({ ...registration })),
    password: null,
    trusted_metadata: {},
    untrusted_metadata: {},
    roles: [],
    is_locked: false,
  };
}

export function presentSession(session: SessionRecord): Session {
  return {
    session_id: session.session_id,
    user_id: session.user_id,
    started_at: iso(session.started_at),
    last_accessed_at: iso(session.last_accessed_at),
    expires_at: iso(session.expires_at),
    attributes: { ip_address: '', user_agent: '' },
    authentication_factors: session.authentication_factors.map(presentFactor),
    custom_claims: {},
    roles: [],
  };
}

function presentFactor(factor: AuthenticationFactor): Record<string, unknown> {
  const at = iso(factor.last_authenticated_at);
  return {
    type: factor.type,
    delivery_method: factor.delivery_method,
    last_authenticated_at: at,
    created_at: at,
    updated_at: at,
    ...factor.details,
  };
}
