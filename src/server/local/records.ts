/**
 * What the backend remembers. These are storage shapes, not API shapes:
 * `presenters.ts` turns them into the JSON Stytch's SDK expects.
 */

export interface UserRecord {
  user_id: string;
  email_id: string;
  email: string;
  /** ms epoch */
  created_at: number;
  /**
   * The user's other MFA methods, as Stytch lists them (the TOTP has its own record). Absent
   * means none, so records saved before these fields existed still read right. This backend
   * only seeds them (`seedUserSession`); they decide whether Create needs a second factor.
   */
  phone_numbers?: PhoneNumberRecord[];
  webauthn_registrations?: WebAuthnRegistrationRecord[];
  biometric_registrations?: BiometricRegistrationRecord[];
}

/** A phone number the user receives one-time codes on (SMS, WhatsApp). */
export interface PhoneNumberRecord {
  phone_id: string;
  phone_number: string;
  verified: boolean;
}

/** A security key or passkey the user registered. */
export interface WebAuthnRegistrationRecord {
  webauthn_registration_id: string;
  domain: string;
  user_agent: string;
  authenticator_type: string;
  name: string;
  verified: boolean;
}

/** A mobile device's biometric key. */
export interface BiometricRegistrationRecord {
  biometric_registration_id: string;
  verified: boolean;
}

/** One way the user proved who they are during a session, as Stytch lists it. */
export interface AuthenticationFactor {
  type: string;
  delivery_method: string;
  /** ms epoch */
  last_authenticated_at: number;
  /** Extra, factor-specific fields such as `authenticator_app_factor`. */
  details: Record<string, unknown>;
}

export interface SessionRecord {
  session_id: string;
  /** Secret bearer token. Never log it. */
  session_token: string;
  user_id: string;
  /** ms epoch, as are the other times. */
  started_at: number;
  last_accessed_at: number;
  expires_at: number;
  authentication_factors: AuthenticationFactor[];
}

export interface TotpRecord {
  totp_id: string;
  user_id: string;
  /** Base32 shared secret. Never log it. */
  secret: string;
  /** Recovery codes not used yet; a used one is removed. */
  recovery_codes: string[];
  verified: boolean;
  created_at: number;
  /** An unverified registration is unusable from this moment on (ms epoch). */
  expires_at: number;
  /**
   * The newest 30-second time step a code was accepted for. A code for this step or
   * an older one is refused, so an intercepted code cannot be replayed.
   */
  last_used_step: number | null;
}

/** Consecutive failed code checks of one user, and the lockout they caused. */
export interface FailedAttempts {
  count: number;
  /** ms epoch; 0 when not locked. */
  locked_until: number;
  /** Lockouts since the last right code: each one lasts twice as long as the one before. */
  lockouts: number;
}
