import type { Context } from 'hono';
import { DEFAULT_SESSION_COOKIE } from '../api/session-token.js';
import type { BackendConfig, BackendContext } from './context.js';
import type { SessionRecord, UserRecord } from './records.js';
import { sessionCookieValue } from './session-cookie.js';
import { liveSession } from './sessions.js';
import { StytchError } from './stytch-error.js';
import { demoUser } from './users.js';

/** Who a request acts for: a logged-in user, or (only with `demoUser` on) the demo user when no session is given. */
export interface Caller {
  user: UserRecord;
  /** Absent for the demo user, who has no session. */
  session?: SessionRecord;
}

/** The cookie the Stytch SDK keeps its session token in. */
export const SESSION_COOKIE = DEFAULT_SESSION_COOKIE;

/**
 * The session token a request presents, or undefined when it presents none.
 * The SDK sends `Basic base64(public_token:session_token)`, and
 * `public_token:public_token` when it knows no session (e.g. the cookie is HttpOnly).
 * Without Authorization, or with only the public token in it, the token may come
 * from the `stytch_session` cookie instead.
 */
export function presentedSessionToken(c: Context, config: BackendConfig): string | undefined {
  const authorization = c.req.header('Authorization');
  if (authorization !== undefined) {
    const { publicToken, secret } = parseBasicAuthorization(authorization);
    if (!isAcceptedPublicToken(publicToken, config)) {
      throw new StytchError(401, 'invalid_public_token', 'The public token is not one this backend accepts.');
    }
    if (secret !== '' && secret !== publicToken) return secret;
  }
  return sessionCookieValue(c, SESSION_COOKIE);
}

/** Resolves the caller; an unknown or expired session token is refused rather than ignored. */
export function resolveCaller(c: Context, { store, clock, config }: BackendContext): Caller {
  const now = clock.now();
  const token = presentedSessionToken(c, config);
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
 * Only the configured token: a look-alike must not pass. (The SDK reaches this backend
 * through `endpoints.testAPIURL` only for `public-token-test…` tokens, so the default is one.)
 */
export function isAcceptedPublicToken(token: string, config: BackendConfig): boolean {
  return token === config.publicToken;
}

/** `Basic base64(public_token:secret)` split in two; 401 `unauthorized_credentials` for anything else. Shared with the bridge. */
export function parseBasicAuthorization(header: string): { publicToken: string; secret: string } {
  const match = /^Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(header);
  let decoded: string | undefined;
  try {
    decoded = match ? atob(match[1]) : undefined;
  } catch {
    decoded = undefined;
  }
  const colon = decoded?.indexOf(':') ?? -1;
  if (decoded === undefined || colon < 0) {
    throw new StytchError(
      401,
      'unauthorized_credentials',
      'The Authorization header must be "Basic base64(public_token:session_token)".',
    );
  }
  return { publicToken: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}
