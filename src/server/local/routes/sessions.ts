import { stytchSuccess } from '../../http/envelope.js';
import { sessionDurationMinutes } from '../../http/params.js';
import { readJsonObject } from '../../http/request-body.js';
import type { SdkRoutes } from '../../http/sdk-app.js';
import { StytchError } from '../../http/stytch-error.js';
import { presentedToken } from '../caller.js';
import type { BackendContext } from '../context.js';
import { presentSession, presentUser } from '../presenters.js';
import { liveSession, touchSession } from '../sessions.js';

/**
 * The SDK's session calls. `authenticate` runs at start-up when the SDK finds a session
 * cookie; `revoke` is its logout. A 404 `session_not_found` for a missing, unknown or
 * expired session makes the SDK drop its cookie and report no user.
 */
export function registerSessionRoutes(app: SdkRoutes, ctx: BackendContext): void {
  app.post('/sessions/authenticate', async (c) => {
    const body = await readJsonObject(c);
    const now = ctx.clock.now();
    const token = presentedToken(c, ctx.config);
    const found = token === undefined ? undefined : liveSession(ctx.store, token, now);
    const userRecord = found && ctx.store.getUser(found.user_id);
    if (!found || !userRecord) throw sessionNotFound();
    const durationMinutes = body['session_duration_minutes'] === undefined ? undefined : sessionDurationMinutes(body);
    const session = touchSession(ctx.store, found, now, { durationMinutes, maxLifetimeMinutes: ctx.config.maxSessionLifetimeMinutes });
    const user = presentUser(userRecord, ctx.store.getTotp(userRecord.user_id));
    return stytchSuccess(c, {
      session_token: session.session_token,
      session_jwt: await ctx.signSessionJwt(session),
      session: presentSession(session),
      user,
      __user: user,
    });
  });

  // Revokes only the presented session (token in Basic credentials or the cookie), never another
  // of the same user: the SDK's logout acts for this browser. The body is read only to refuse bad JSON.
  app.post('/sessions/revoke', async (c) => {
    await readJsonObject(c);
    const token = presentedToken(c, ctx.config);
    const found = token === undefined ? undefined : liveSession(ctx.store, token, ctx.clock.now());
    if (!found) throw sessionNotFound();
    ctx.store.deleteSession(found.session_token);
    return stytchSuccess(c, {});
  });
}

function sessionNotFound(): StytchError {
  return new StytchError(404, 'session_not_found', 'There is no active session for this token.');
}
