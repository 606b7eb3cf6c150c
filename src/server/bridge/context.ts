import type { Session, User } from 'stytch';
import type { SessionTokenSources } from '../http/credentials.js';
import type { SecondFactorRule } from '../http/mfa-rule.js';
import type { SessionCookieAttributes, StytchBackendClient } from './options.js';

/** Where the caller's session token comes from, and how the bridge sets the session cookie. */
export interface BridgeSessionTokens extends SessionTokenSources {
  /** How the bridge sets the session cookie when it refreshes or clears it; `false`: it never does. */
  cookieAttributes?: SessionCookieAttributes | false;
}

/** What the routes need: the Stytch client, where the caller's session token comes from, the MFA rule. */
export interface BridgeContext {
  stytch: () => Promise<StytchBackendClient>;
  sessionTokens: BridgeSessionTokens;
  secondFactorRule: SecondFactorRule<User, Session>;
}
