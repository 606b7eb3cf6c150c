import { expirationMinutes } from '../params.js';
import { readJsonObject } from '../request-body.js';
import { authenticatedCaller } from './caller.js';
import type { BridgeApp, BridgeContext } from './context.js';
import { bridgeSuccess } from './envelope.js';
import { callStytch } from './errors.js';
import { assertBridgeSecondFactor } from './second-factor.js';

/**
 * `POST /totps` `{expiration_minutes}` → Stytch's `totps.create` for the session's user, once
 * the second-factor rule allows it (Stytch's secret-key Create checks no session itself).
 * The answer holds the TOTP secret: the element shows it as the setup key, by design.
 */
export function registerBridgeCreateRoute(app: BridgeApp, ctx: BridgeContext): void {
  app.post('/totps', async (c) => {
    // Checked before anything is asked of Stytch: a bad request costs no Stytch call.
    const expiration_minutes = expirationMinutes(await readJsonObject(c));
    const caller = await authenticatedCaller(c, ctx);
    assertBridgeSecondFactor(ctx, caller, 'totp.create');
    const client = await ctx.stytch();
    const created = await callStytch(() => client.totps.create({ user_id: caller.user_id, expiration_minutes }));
    return bridgeSuccess(c, {
      request_id: created.request_id,
      status_code: 200,
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
