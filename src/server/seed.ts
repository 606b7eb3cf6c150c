import type { StytchBackend } from './backend.js';
import { newSessionId, newSessionToken } from './ids.js';
import { createUser } from './users.js';

export interface SeededUserSession {
  user_id: string;
  /** Present it as `Basic base64(public_token:session_token)` or in the `stytch_session` cookie. */
  session_token: string;
}

/**
 * Adds a user who is logged in (by email, as if through a magic link), for tests and
 * demos that need a real session user rather than the demo user.
 */
export function seedUserSession(
  backend: StytchBackend,
  options: { email?: string; sessionDurationMinutes?: number; userId?: string } = {},
): SeededUserSession {
  const now = backend.clock.now();
  const email = options.email ?? `user-${crypto.randomUUID()}@example.com`;
  // `userId`: sign an existing user in again (a new session holding the first factor only).
  const existing = options.userId === undefined ? undefined : backend.store.getUser(options.userId);
  if (options.userId !== undefined && !existing) throw new Error(`seedUserSession: no user ${options.userId}`);
  const user = existing ?? createUser(backend.store, email, now);
  const session_token = newSessionToken();
  backend.store.saveSession({
    session_id: newSessionId(),
    session_token,
    user_id: user.user_id,
    started_at: now,
    last_accessed_at: now,
    expires_at: now + (options.sessionDurationMinutes ?? 60) * 60_000,
    authentication_factors: [
      {
        type: 'magic_link',
        delivery_method: 'email',
        last_authenticated_at: now,
        details: { email_factor: { email_id: user.email_id, email_address: user.email } },
      },
    ],
  });
  return { user_id: user.user_id, session_token };
}
