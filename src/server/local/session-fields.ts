import type { Caller } from './caller.js';
import type { BackendContext } from './context.js';
import { presentSession, presentUser } from './presenters.js';
import type { AuthenticationFactor } from './records.js';
import { startOrExtendSession } from './sessions.js';

/**
 * Signs the caller in with `factor` (their session extended, or a new one started: sessions.ts)
 * and returns the fields every successful login answer carries: the session, its secrets and the user.
 */
export async function signedInFields(
  ctx: BackendContext,
  caller: Caller,
  { factor, durationMinutes, now }: { factor: AuthenticationFactor; durationMinutes: number; now: number },
): Promise<Record<string, unknown>> {
  const session = startOrExtendSession(ctx.store, {
    userId: caller.user.user_id,
    existing: caller.session,
    factor,
    durationMinutes,
    maxLifetimeMinutes: ctx.config.maxSessionLifetimeMinutes,
    now,
  });
  const user = presentUser(caller.user, ctx.store.getTotp(caller.user.user_id));
  return {
    user_id: caller.user.user_id,
    user,
    __user: user,
    session_token: session.session_token,
    session_jwt: await ctx.signSessionJwt(session),
    session: presentSession(session),
  };
}
