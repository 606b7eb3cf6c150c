import type { Context } from 'hono';
import type { Session, User } from 'stytch';
import { stytchSuccess } from '../http/envelope.js';
import type { SdkEnv } from '../http/sdk-app.js';
import type { BridgeCaller } from './caller.js';
import type { BridgeContext } from './context.js';
import { sessionTokensForAnswer } from './session-cookie-answer.js';

/** What Stytch's `totps.authenticate` and `totps.recover` answer, as far as the bridge passes it on. */
export interface StytchSignIn {
  request_id: string;
  totp_id: string;
  user_id: string;
  user: User;
  session_token: string;
  session_jwt: string;
  session?: Session;
}

/**
 * The answer to a sign-in with a code (a TOTP or a recovery code): Stytch's own, in the SDK's
 * envelope, with the session tokens kept out of the body when the request carried its token in
 * the session cookie (`sessionTokensForAnswer`: the cookie is refreshed instead).
 */
export function signedInAnswer(c: Context<SdkEnv>, ctx: BridgeContext, caller: BridgeCaller, signIn: StytchSignIn): Response {
  // Stytch's type marks the session optional; the element needs one, and the caller's is the same session.
  const session = signIn.session ?? caller.session;
  return stytchSuccess(c, {
    request_id: signIn.request_id,
    totp_id: signIn.totp_id,
    user_id: signIn.user_id,
    user: signIn.user,
    __user: signIn.user,
    ...sessionTokensForAnswer(c, ctx.sessionTokens, caller, {
      session_token: signIn.session_token,
      session_jwt: signIn.session_jwt,
      expires_at: session.expires_at,
    }),
    session,
  });
}
