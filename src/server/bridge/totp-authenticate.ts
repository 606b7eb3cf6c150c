import { sessionDurationMinutes, totpCode } from '../http/params.js';
import { readJsonObject } from '../http/request-body.js';
import type { SdkRoutes } from '../http/sdk-app.js';
import { authenticatedCaller } from './caller.js';
import type { BridgeContext } from './context.js';
import { callStytch } from './errors.js';
import { signedInAnswer } from './signed-in-answer.js';

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
    return signedInAnswer(c, ctx, caller, verified);
  });
}
