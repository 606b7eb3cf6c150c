import type { StytchBackend } from './backend.js';
import { newSessionId, newSessionToken } from './ids.js';
import type { AuthenticationFactor, UserRecord } from './records.js';
import { createUser, type InitialMfaMethods } from './users.js';

export interface SeededUserSession {
  user_id: string;
  /** Present it as `Basic base64(public_token:session_token)` or in the `stytch_session` cookie. */
  session_token: string;
}

export interface SeedUserSessionOptions {
  email?: string;
  sessionDurationMinutes?: number;
  /** Sign this existing user in again (a new session holding the first factor only) instead of adding one. */
  userId?: string;
  /** The new user has this verified phone number for SMS codes: another MFA method, so Create needs a second factor. */
  phoneNumber?: string;
  /** The new user has a verified WebAuthn registration (a security key or passkey). */
  webauthn?: boolean;
  /**
   * The session passed this second factor too, after the e-mail. As strict as Stytch, which
   * issues an SMS factor only for a verified phone and a WebAuthn factor only for a registration.
   */
  alsoPassed?: 'sms' | 'webauthn';
}

/**
 * Adds a user who is logged in (by email, as if through a magic link), for tests and
 * demos that need a real session user rather than the demo user.
 */
export function seedUserSession(backend: StytchBackend, options: SeedUserSessionOptions = {}): SeededUserSession {
  const now = backend.clock.now();
  const user = seededUser(backend, options, now);
  const session_token = newSessionToken();
  const emailFactor: AuthenticationFactor = {
    type: 'magic_link',
    delivery_method: 'email',
    last_authenticated_at: now,
    details: { email_factor: { email_id: user.email_id, email_address: user.email } },
  };
  backend.store.saveSession({
    session_id: newSessionId(),
    session_token,
    user_id: user.user_id,
    started_at: now,
    last_accessed_at: now,
    expires_at: now + (options.sessionDurationMinutes ?? 60) * 60_000,
    authentication_factors: options.alsoPassed === undefined ? [emailFactor] : [emailFactor, passedFactor(user, options.alsoPassed, now)],
  });
  return { user_id: user.user_id, session_token };
}

function seededUser(backend: StytchBackend, options: SeedUserSessionOptions, now: number): UserRecord {
  if (options.userId !== undefined) {
    const existing = backend.store.getUser(options.userId);
    if (!existing) throw new Error(`seedUserSession: no user ${options.userId}`);
    if (options.phoneNumber !== undefined || options.webauthn) throw new Error('seedUserSession: MFA methods are for a new user');
    return existing;
  }
  const email = options.email ?? `user-${crypto.randomUUID()}@example.com`;
  return createUser(backend.store, email, now, initialMethods(options));
}

function initialMethods({ phoneNumber, webauthn }: SeedUserSessionOptions): InitialMfaMethods {
  return {
    phone_numbers: phoneNumber === undefined ? [] : [{ phone_id: `phone-number-test-local-${crypto.randomUUID()}`, phone_number: phoneNumber, verified: true }],
    webauthn_registrations: webauthn
      ? [{
          webauthn_registration_id: `webauthn-registration-test-local-${crypto.randomUUID()}`,
          domain: 'localhost',
          user_agent: 'seedUserSession',
          authenticator_type: 'cross-platform',
          name: 'Security key',
          verified: true,
        }]
      : [],
  };
}

/** The factor a passed SMS code or WebAuthn assertion adds to a session, in Stytch's shape. */
function passedFactor(user: UserRecord, kind: 'sms' | 'webauthn', now: number): AuthenticationFactor {
  if (kind === 'sms') {
    const phone = user.phone_numbers?.find((candidate) => candidate.verified);
    if (!phone) throw new Error('seedUserSession: an SMS factor needs a verified phone number');
    return {
      type: 'otp',
      delivery_method: 'sms',
      last_authenticated_at: now,
      details: { phone_number_factor: { phone_id: phone.phone_id, phone_number: phone.phone_number } },
    };
  }
  const registration = user.webauthn_registrations?.find((candidate) => candidate.verified);
  if (!registration) throw new Error('seedUserSession: a WebAuthn factor needs a WebAuthn registration');
  return {
    type: 'webauthn',
    delivery_method: 'webauthn_registration',
    last_authenticated_at: now,
    details: {
      webauthn_factor: {
        webauthn_registration_id: registration.webauthn_registration_id,
        domain: registration.domain,
        user_agent: registration.user_agent,
      },
    },
  };
}
