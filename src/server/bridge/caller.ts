import type { Context } from 'hono';
import type { Session, User } from 'stytch';
import { StytchError } from '../http/stytch-error.js';
import type { BridgeContext } from './context.js';
import { UpstreamStytchError, callStytch } from './errors.js';
import { presentedStytchToken } from './session-token.js';

/** The signed-in caller, as Stytch vouches for them. */
export interface BridgeCaller {
  user_id: string;
  session_token: string;
  /** Where the request carried the token: a token from the cookie is never put back in a JSON body. */
  session_token_from: 'authorization' | 'cookie';
  session: Session;
  /** Stytch's user, with the MFA methods the second-factor rule reads. */
  user: User;
}

/**
 * Asks Stytch who the presented session belongs to. Stytch's `user_id` is the only one the
 * bridge acts for: a user id in the request body would let anyone enroll anyone.
 */
export async function authenticatedCaller(c: Context, ctx: BridgeContext): Promise<BridgeCaller> {
  const presented = presentedStytchToken(c, ctx.sessionTokens);
  if (presented === undefined) throw notSignedIn('No session: sign in first.');
  const { token: session_token, from: session_token_from } = presented;
  const client = await ctx.stytch();
  try {
    const { session, user } = await callStytch(() => client.sessions.authenticate({ session_token }));
    return { user_id: session.user_id, session_token, session_token_from, session, user };
  } catch (error) {
    // Unknown, expired or malformed session (404 session_not_found, 400, 401): to the browser
    // that is all "not signed in". Rate limits and Stytch outages pass on as they are.
    if (error instanceof UpstreamStytchError && error.status >= 400 && error.status < 500 && error.status !== 429) {
      throw notSignedIn('The session is unknown or has expired: sign in again.');
    }
    throw error;
  }
}

function notSignedIn(message: string): StytchError {
  return new StytchError(401, 'unauthorized_credentials', message);
}
