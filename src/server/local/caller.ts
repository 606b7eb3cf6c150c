import type { Context } from 'hono';
import { SESSION_COOKIE, presentedSessionToken } from '../http/credentials.js';
import { StytchError } from '../http/stytch-error.js';
import type { BackendConfig, BackendContext } from './context.js';
import type { SessionRecord, UserRecord } from './records.js';
import { liveSession } from './sessions.js';
import { demoUser } from './users.js';

/** Who a request acts for: a logged-in user, or (only with `demoUser` on) the demo user when no session is given. */
export interface Caller {
  user: UserRecord;
  /** Absent for the demo user, who has no session. */
  session?: SessionRecord;
}

const FOREIGN_PUBLIC_TOKEN = 'The public token is not one this backend accepts.';

/**
 * The session token a request presents (in Basic credentials, else in the `stytch_session`
 * cookie), or undefined when it presents none; a public token other than the configured one is refused.
 */
export function presentedToken(c: Context, config: BackendConfig): string | undefined {
  const sources = { publicToken: config.publicToken, foreignPublicTokenMessage: FOREIGN_PUBLIC_TOKEN, sessionCookie: SESSION_COOKIE };
  return presentedSessionToken(c, sources)?.token;
}

/** Resolves the caller; an unknown or expired session token is refused rather than ignored. */
export function resolveCaller(c: Context, { store, clock, config }: BackendContext): Caller {
  const now = clock.now();
  const token = presentedToken(c, config);
  if (token === undefined) {
    if (config.demoUser) return { user: demoUser(store, now) };
    throw new StytchError(401, 'unauthorized_credentials', 'This call needs a session: log in first.');
  }
  const session = liveSession(store, token, now);
  const user = session && store.getUser(session.user_id);
  if (!session || !user) {
    throw new StytchError(401, 'unauthorized_credentials', 'The session token is unknown or has expired.');
  }
  return { user, session };
}

/**
 * Refuses any public token but the configured one: a look-alike must not pass. (The SDK reaches
 * this backend through `endpoints.testAPIURL` only for `public-token-test…` tokens, so the default is one.)
 */
export function assertAcceptedPublicToken(token: string, config: BackendConfig): void {
  if (token !== config.publicToken) throw new StytchError(401, 'invalid_public_token', FOREIGN_PUBLIC_TOKEN);
}
