import { stytchSuccess } from '../../http/envelope.js';
import type { SdkRoutes } from '../../http/sdk-app.js';
import { StytchError } from '../../http/stytch-error.js';
import { resolveCaller } from '../caller.js';
import type { BackendContext } from '../context.js';
import { presentUser } from '../presenters.js';
import { assertLocalSecondFactor } from '../second-factor.js';

/**
 * The SDK's user calls this backend answers:
 * - `GET /users/me` (`stytch.user.get()`): the caller's user, flat in `data` beside `request_id`
 *   and `status_code`, as the SDK reads it; `totps` tells whether the authenticator app is on.
 * - `DELETE /users/totps/:totp_id` (`stytch.user.deleteTOTP(id)`): removes the caller's TOTP and
 *   answers `{user_id, user, __user}`; the SDK takes `__user` as its new user (it fails without it).
 *   A verified TOTP needs a session that passed a second factor (the shared MFA rule, 'totp.delete');
 *   the caller's own unverified one (an abandoned setup) does not. An id that is not the caller's
 *   is 404 `totp_not_found`, whoever holds it: the answer does not tell another user's id from none.
 *   The failed-attempt counter is kept (see `BackendStore.deleteTotp`).
 */
export function registerUserRoutes(app: SdkRoutes, ctx: BackendContext): void {
  app.get('/users/me', (c) => {
    const caller = resolveCaller(c, ctx);
    return stytchSuccess(c, presentUser(caller.user, ctx.store.getTotp(caller.user.user_id)));
  });

  app.delete('/users/totps/:totp_id', (c) => {
    const caller = resolveCaller(c, ctx);
    const userId = caller.user.user_id;
    const totp = ctx.store.getTotp(userId);
    if (!totp || totp.totp_id !== c.req.param('totp_id')) throw totpNotFound();
    assertLocalSecondFactor(caller, 'totp.delete', totp, totp);
    // Checked again in the store's one step: a parallel Create may have replaced it meanwhile.
    if (!ctx.store.deleteTotp(userId, totp.totp_id)) throw totpNotFound();
    const user = presentUser(caller.user, ctx.store.getTotp(userId));
    return stytchSuccess(c, { user_id: userId, user, __user: user });
  });
}

function totpNotFound(): StytchError {
  return new StytchError(404, 'totp_not_found', 'This user has no TOTP with this id.');
}
