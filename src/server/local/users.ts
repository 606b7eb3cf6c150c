import { newEmailId, newUserId } from './ids.js';
import type { PhoneNumberRecord, UserRecord, WebAuthnRegistrationRecord } from './records.js';
import type { BackendStore } from './store.js';

/** The user every request without a session acts as, so the demo works without a login. */
export const DEMO_USER_ID = 'user-test-local-demo';
export const DEMO_USER_EMAIL = 'demo@example.com';

/** The demo user, created on first use. */
export function demoUser(store: BackendStore, now: number): UserRecord {
  const existing = store.getUser(DEMO_USER_ID);
  if (existing) return existing;
  const user: UserRecord = {
    user_id: DEMO_USER_ID,
    email_id: 'email-test-local-demo',
    email: DEMO_USER_EMAIL,
    created_at: now,
  };
  store.saveUser(user);
  return user;
}

/** MFA methods a new user starts with besides TOTP (seeding only: this backend has no routes that add them). */
export interface InitialMfaMethods {
  phone_numbers?: PhoneNumberRecord[];
  webauthn_registrations?: WebAuthnRegistrationRecord[];
}

export function createUser(store: BackendStore, email: string, now: number, methods: InitialMfaMethods = {}): UserRecord {
  const user: UserRecord = {
    user_id: newUserId(),
    email_id: newEmailId(),
    email,
    created_at: now,
    ...(methods.phone_numbers?.length ? { phone_numbers: methods.phone_numbers } : {}),
    ...(methods.webauthn_registrations?.length ? { webauthn_registrations: methods.webauthn_registrations } : {}),
  };
  store.saveUser(user);
  return user;
}
