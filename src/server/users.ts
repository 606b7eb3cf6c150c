import { newEmailId, newUserId } from './ids.js';
import type { UserRecord } from './records.js';
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

export function createUser(store: BackendStore, email: string, now: number): UserRecord {
  const user: UserRecord = { user_id: newUserId(), email_id: newEmailId(), email, created_at: now };
  store.saveUser(user);
  return user;
}
