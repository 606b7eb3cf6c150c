import { recoveryCode, sessionDurationMinutes } from '../http/params.js';
import { readJsonObject } from '../http/request-body.js';
import type { SdkRoutes } from '../http/sdk-app.js';
import { authenticatedCaller } from './caller.js';
import type { BridgeContext } from './context.js';
import { callStytch } from './errors.js';
import { signedInAnswer } from './signed-in-answer.js';

/**
 * `POST /totps/recover` `{recovery_code, session_duration_minutes}` → Stytch's `totps.recover`
 * for the session's user, passing the session token so Stytch adds the recovery-code factor to
 * that session. Stytch uses the code up; its consumer API does not say how many are left, so
 * the answer has no `recovery_codes_remaining`.
 */
export function registerBridgeRecoverRoute(app: SdkRoutes, ctx: BridgeContext): void {
  app.post('/totps/recover', async (c) => {
    const body = await readJsonObject(c);
    const recovery_code = recoveryCode(body);
    const session_duration_minutes = sessionDurationMinutes(body);
    const caller = await authenticatedCaller(c, ctx);
    const client = await ctx.stytch();
    const recovered = await callStytch(() =>
      client.totps.recover({
        user_id: caller.user_id,
        recovery_code,
        session_token: caller.session_token,
        session_duration_minutes,
      }),
    );
    return signedInAnswer(c, ctx, caller, recovered);
  });
}
