import { stytchSuccess } from '../http/envelope.js';
import { sessionDurationMinutes, totpCode } from '../http/params.js';
import { readJsonObject } from '../http/request-body.js';
import type { SdkRoutes } from '../http/sdk-app.js';
import { authenticatedCaller } from './caller.js';
import type { BridgeContext } from './context.js';
import { callStytch } from './errors.js';
import { sessionTokensForAnswer } from './session-cookie-answer.js';

/**
 * `POST /totps/authenticate` `{totp_code, session_duration_minutes}` → Stytch's
 * `totps.authenticate` for the session's user, passing the session token so Stytch adds the
 * TOTP factor to that session instead of starting another one.
 */
export function registerBridgeAuthenticateRoute(app: SdkRoutes, ctx: BridgeContext): void {
  app.post('/totps/authenticate', async (c) => {
    const body = await readJsonObject(c);
    const totp_code = totpCode(body);
    const session_duration_minutes = sessionDurationMinutes(body);
    const caller = await authenticatedCaller(c, ctx);
    const client = await ctx.stytch();
    const verified = await callStytch(() =>
      client.totps.authenticate({
        user_id: caller.user_id,
        totp_code,
        session_token: caller.session_token,
        session_duration_minutes,
      }),
    );
    return stytchSuccess(c, {
      request_id: verified.request_id,
      totp_id: verified.totp_id,
      user_id: verified.user_id,
      user: verified.user,
      __user: verified.user,
      ...sessionTokensForAnswer(c, ctx.sessionTokens, caller, {
        session_token: verified.session_token,
        session_jwt: verified.session_jwt,
        expires_at: (verified.session ?? caller.session).expires_at,
      }),
      // Stytch's type marks it optional; the element needs one, and the caller's is the same session.
      session: verified.session ?? caller.session,
    });
  });
}
