import type { Hono } from 'hono';
import type { Session, User } from 'stytch';
import type { SecondFactorRule } from '../mfa-rule.js';
import type { StytchBackendClient } from './options.js';
import type { SessionTokenSources } from './session-token.js';

/** Per-request values the bridge's middleware sets for its routes. */
export interface BridgeEnv {
  Variables: { requestId: string };
}

export type BridgeApp = Hono<BridgeEnv>;

/** What the routes need: the Stytch client, where the caller's session token comes from, the MFA rule. */
export interface BridgeContext {
  stytch: () => Promise<StytchBackendClient>;
  sessionTokens: SessionTokenSources;
  secondFactorRule: SecondFactorRule<User, Session>;
}

export const newBridgeRequestId = (): string => `request-id-bridge-${crypto.randomUUID()}`;
