import type { BackendContext } from './context.js';
import { presentSession, presentUser } from './presenters.js';
import type { SessionRecord, UserRecord } from './records.js';

/** The fields every successful login answer carries: the session, its secrets and the user. */
export async function sessionFields(
  ctx: BackendContext,
  session: SessionRecord,
  userRecord: UserRecord,
): Promise<Record<string, unknown>> {
  const user = presentUser(userRecord, ctx.store.getTotp(userRecord.user_id));
  return {
    user_id: userRecord.user_id,
    user,
    __user: user,
    session_token: session.session_token,
    session_jwt: await ctx.signSessionJwt(session),
    session: presentSession(session),
  };
}
