import { stytchSuccess } from '../http/envelope.js';
import type { SdkRoutes } from '../http/sdk-app.js';
import { StytchError } from '../http/stytch-error.js';
import type { BridgeContext } from './context.js';
import { UpstreamStytchError, callStytch } from './errors.js';
import { clearedSessionCookie } from './session-cookie-answer.js';
import { presentedStytchToken } from './session-token.js';

/**
 * `POST /sessions/revoke` (logout, what Stytch's SDK sends for `session.revoke()`) → Stytch's
 * `sessions.revoke({session_token})` for the presented session. Holding the token is what
 * entitles one to end that session, so there is no `sessions.authenticate` first: one Stytch call.
 * When the token came from the session cookie, the answer also clears that cookie
 * (`Max-Age=0`, same name, Domain and Path) unless `sessionCookieAttributes` is `false`; a token
 * from the Authorization header is the page's to forget. The request body is not read: the SDK sends none that matters.
 */
export function registerBridgeRevokeRoute(app: SdkRoutes, ctx: BridgeContext): void {
  app.post('/sessions/revoke', async (c) => {
    const presented = presentedStytchToken(c, ctx.sessionTokens);
    if (presented === undefined) throw new StytchError(401, 'unauthorized_credentials', 'No session: sign in first.');
    const { sessionCookie, cookieAttributes } = ctx.sessionTokens;
    const clearing: Record<string, string> = presented.from === 'cookie' && sessionCookie !== false && cookieAttributes !== false
      ? { 'Set-Cookie': clearedSessionCookie(sessionCookie, cookieAttributes ?? {}) }
      : {};
    const client = await ctx.stytch();
    let revoked: { request_id: string };
    try {
      revoked = await callStytch(() => client.sessions.revoke({ session_token: presented.token }));
    } catch (error) {
      // Unknown or expired at Stytch: not signed in, and the cookie holds a dead token, so it goes
      // too. A rate limit or an outage leaves the cookie alone: the session may still be live.
      if (error instanceof UpstreamStytchError && error.status >= 400 && error.status < 500 && error.status !== 429) {
        throw new StytchError(401, 'unauthorized_credentials', 'The session is unknown or has expired: sign in again.', clearing);
      }
      throw error;
    }
    for (const [name, value] of Object.entries(clearing)) c.header(name, value, { append: true });
    return stytchSuccess(c, { request_id: revoked.request_id });
  });
}
