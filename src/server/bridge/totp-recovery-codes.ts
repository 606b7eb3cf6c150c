import { stytchSuccess } from '../http/envelope.js';
import { readJsonObject } from '../http/request-body.js';
import type { SdkRoutes } from '../http/sdk-app.js';
import { StytchError } from '../http/stytch-error.js';
import { authenticatedCaller } from './caller.js';
import type { BridgeContext } from './context.js';
import { callStytch } from './errors.js';
import { assertBridgeSecondFactor } from './second-factor.js';

/**
 * `POST /totps/recovery_codes` → Stytch's `totps.recoveryCodes({user_id})` for the session's user,
 * only once the MFA rule allows it ('totp.recovery_codes': always a session that passed a second
 * factor; Stytch's secret-key call checks no session, and a code read by a one-factor session could
 * be spent at `/totps/recover`). Stytch answers a list of the user's TOTPs; the browser SDK's type
 * (`TOTPRecoveryCodesResponse`) has one, so the bridge answers the verified one (else the first),
 * as the local backend does, and 404 `totp_not_found` when the user has none.
 */
export function registerBridgeRecoveryCodesRoute(app: SdkRoutes, ctx: BridgeContext): void {
  app.post('/totps/recovery_codes', async (c) => {
    await readJsonObject(c);
    const caller = await authenticatedCaller(c, ctx);
    assertBridgeSecondFactor(ctx, caller, 'totp.recovery_codes');
    const client = await ctx.stytch();
    const answer = await callStytch(() => client.totps.recoveryCodes({ user_id: caller.user_id }));
    const totps = Array.isArray(answer.totps) ? answer.totps : [];
    const totp = totps.find((candidate) => candidate.verified) ?? totps[0];
    if (!totp) throw new StytchError(404, 'totp_not_found', 'This user has no TOTP registration.');
    return stytchSuccess(c, {
      request_id: answer.request_id,
      user_id: caller.user_id,
      totps: { totp_id: totp.totp_id, verified: totp.verified, recovery_codes: totp.recovery_codes },
    });
  });
}
