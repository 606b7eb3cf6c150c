/**
 * Which session factors prove a second factor, shared by the browser side (the SDK adapter reads
 * the SDK's session) and both servers (the MFA rule in src/server/http/mfa-rule.ts), so the two
 * cannot disagree on what counts. Lives in src/api because the elements may not import the server,
 * while the server may import src/api.
 */

/**
 * Delivery methods of factors that prove a second factor: a phone (SMS, WhatsApp OTP) or a
 * dedicated second factor (WebAuthn or passkey, biometric, an authenticator app, a TOTP
 * recovery code). Stytch fixes the delivery method per factor type, so the delivery method
 * alone tells the kind. E-mail (magic link, e-mail OTP), OAuth, password, SSO and the like are
 * left out: Stytch files e-mail OTP with magic links and OAuth, as access to an account, and
 * does not count two of those (a magic link and a Google login) as MFA, so neither does this.
 */
export const SECOND_FACTOR_DELIVERY_METHODS: ReadonlySet<string> = new Set([
  'sms',
  'whatsapp',
  'webauthn_registration',
  'biometric',
  'authenticator_app',
  'recovery_code',
]);

/** One way a session's user authenticated, in Stytch's factor shape (only the delivery method is read). */
export interface SessionFactor {
  delivery_method?: unknown;
}

/** Whether any of the factors is a second factor (see {@link SECOND_FACTOR_DELIVERY_METHODS}). */
export function factorsIncludeSecondFactor(factors: readonly SessionFactor[]): boolean {
  return factors.some((factor) => typeof factor?.delivery_method === 'string' && SECOND_FACTOR_DELIVERY_METHODS.has(factor.delivery_method));
}
