import { stytchSuccess } from '../http/envelope.js';
import type { SdkRoutes } from '../http/sdk-app.js';
import { StytchError } from '../http/stytch-error.js';
import { authenticatedCaller } from './caller.js';
import type { BridgeContext } from './context.js';
import { callStytch } from './errors.js';
import { assertBridgeSecondFactor } from './second-factor.js';

/**
 * The SDK's user calls, for the session's user only:
 * - `GET /users/me` → Stytch's `users.get({user_id})`, answered flat in `data` as the SDK reads it.
 * - `DELETE /users/totps/:totp_id` → Stytch's `users.deleteTOTP({totp_id})`, which takes no user and
 *   checks no session: so the bridge first finds the id among the session user's own TOTPs (Stytch's
 *   user from `sessions.authenticate`; any other id is 404 `totp_not_found`, as if it did not exist),
 *   then applies the MFA rule ('totp.delete': a verified TOTP needs a session that passed a second
 *   factor). The answer carries the user as `user` and `__user`, which the SDK needs.
 */
export function registerBridgeUserRoutes(app: SdkRoutes, ctx: BridgeContext): void {
  app.get('/users/me', async (c) => {
    const caller = await authenticatedCaller(c, ctx);
    const client = await ctx.stytch();
    const { status_code: _status, ...user } = await callStytch(() => client.users.get({ user_id: caller.user_id }));
    return stytchSuccess(c, user);
  });

  app.delete('/users/totps/:totp_id', async (c) => {
    const totpId = c.req.param('totp_id');
    const caller = await authenticatedCaller(c, ctx);
    const totp = (caller.user?.totps ?? []).find((candidate) => candidate.totp_id === totpId);
    if (!totp) throw new StytchError(404, 'totp_not_found', 'This user has no TOTP with this id.');
    assertBridgeSecondFactor(ctx, caller, 'totp.delete', totp);
    const client = await ctx.stytch();
    const removed = await callStytch(() => client.users.deleteTOTP({ totp_id: totp.totp_id }));
    return stytchSuccess(c, { request_id: removed.request_id, user_id: removed.user_id, user: removed.user, __user: removed.user });
  });
}
