/**
 * Identifiers and secrets, all from the platform's cryptographic random source
 * (Web Crypto, present in Node 20 and browsers alike).
 * Ids follow Stytch's `<kind>-test-<uuid>` style with `local` marking this backend.
 */

export const newRequestId = (): string => `request-id-local-${crypto.randomUUID()}`;
export const newUserId = (): string => `user-test-local-${crypto.randomUUID()}`;
export const newEmailId = (): string => `email-test-local-${crypto.randomUUID()}`;
export const newSessionId = (): string => `session-test-local-${crypto.randomUUID()}`;
export const newTotpId = (): string => `totp-test-local-${crypto.randomUUID()}`;

/** 32 random bytes, base64url: the bearer token that identifies a session. */
export function newSessionToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return base64UrlEncode(bytes);
}

export function base64UrlEncode(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
