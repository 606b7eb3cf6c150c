import { stytchSuccess } from '../http/envelope.js';
import { expirationMinutes } from '../http/params.js';
import { readJsonObject } from '../http/request-body.js';
import type { SdkRoutes } from '../http/sdk-app.js';
import { authenticatedCaller } from './caller.js';
import type { BridgeContext } from './context.js';
import { callStytch } from './errors.js';
import { assertBridgeSecondFactor } from './second-factor.js';

/**
 * `POST /totps` `{expiration_minutes}` → Stytch's `totps.create` for the session's user, once
 * the second-factor rule allows it (Stytch's secret-key Create checks no session itself).
 * The answer holds the TOTP secret: the element shows it as the setup key, by design.
 */
export function registerBridgeCreateRoute(app: SdkRoutes, ctx: BridgeContext): void {
  app.post('/totps', async (c) => {
    // Checked before anything is asked of Stytch: a bad request costs no Stytch call.
    const expiration_minutes = expirationMinutes(await readJsonObject(c));
    const caller = await authenticatedCaller(c, ctx);
    assertBridgeSecondFactor(ctx, caller, 'totp.create');
    const client = await ctx.stytch();
    const created = await callStytch(() => client.totps.create({ user_id: caller.user_id, expiration_minutes }));
    return stytchSuccess(c, {
      request_id: created.request_id,
      totp_id: created.totp_id,
      secret: created.secret,
      qr_code: created.qr_code,
      recovery_codes: created.recovery_codes,
      user_id: created.user_id,
      user: created.user,
      __user: created.user,
    });
  });
}
