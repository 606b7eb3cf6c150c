import { sessionDurationMinutes, totpCode } from '../params.js';
import { readJsonObject } from '../request-body.js';
import { authenticatedCaller } from './caller.js';
import type { BridgeApp, BridgeContext } from './context.js';
import { bridgeSuccess } from './envelope.js';
import { callStytch } from './errors.js';
import { sessionTokensForAnswer } from './session-cookie-answer.js';

/**
 * `POST /totps/authenticate` `{totp_code, session_duration_minutes}` → Stytch's
 * `totps.authenticate` for the session's user, passing the session token so Stytch adds the
 * TOTP factor to that session instead of starting another one.
 */
export function registerBridgeAuthenticateRoute(app: BridgeApp, ctx: BridgeContext): void {
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
    return bridgeSuccess(c, {
      request_id: verified.request_id,
      status_code: 200,
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
