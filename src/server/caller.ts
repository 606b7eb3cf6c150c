import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { BackendConfig, BackendContext } from './context.js';
import type { SessionRecord, UserRecord } from './records.js';
import { liveSession } from './sessions.js';
import { StytchError } from './stytch-error.js';
import { demoUser } from './users.js';

/** Who a request acts for: a logged-in user, or the demo user when no session is given. */
export type Caller =
  | { kind: 'demo'; user: UserRecord; session?: undefined }
  | { kind: 'session'; user: UserRecord; session: SessionRecord };

/** The cookie the Stytch SDK keeps its session token in. */
export const SESSION_COOKIE = 'stytch_session';

/**
 * The session token a request presents, or undefined when it presents none.
 * The SDK sends `Basic base64(public_token:session_token)`, and
 * `public_token:public_token` before anyone has logged in; a request without an
 * Authorization header may carry the token in the `stytch_session` cookie instead.
 */
export function presentedSessionToken(c: Context, config: BackendConfig): string | undefined {
  const authorization = c.req.header('Authorization');
  if (authorization === undefined) return getCookie(c, SESSION_COOKIE) || undefined;
  const { publicToken, secret } = parseBasicAuthorization(authorization);
  if (!isAcceptedPublicToken(publicToken, config)) {
    throw new StytchError(401, 'invalid_public_token', 'The public token is not one this backend accepts.');
  }
  return secret === '' || secret === publicToken ? undefined : secret;
}

/** Resolves the caller; an unknown or expired session token is refused rather than ignored. */
export function resolveCaller(c: Context, { store, clock, config }: BackendContext): Caller {
  const now = clock.now();
  const token = presentedSessionToken(c, config);
  if (token === undefined) return { kind: 'demo', user: demoUser(store, now) };
  const session = liveSession(store, token, now);
  const user = session && store.getUser(session.user_id);
  if (!session || !user) {
    throw new StytchError(401, 'unauthorized_credentials', 'The session token is unknown or has expired.');
  }
  return { kind: 'session', user, session };
}

/**
 * The configured token, and any Stytch test token, are accepted: the SDK routes only
 * `public-token-test…` tokens to `endpoints.testAPIURL`, which is how it reaches us.
 */
export function isAcceptedPublicToken(token: string, config: BackendConfig): boolean {
  return token === config.publicToken || token.includes('public-token-test');
}

function parseBasicAuthorization(header: string): { publicToken: string; secret: string } {
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
