import type { Hono } from 'hono';
import type { StytchBackendClient } from './options.js';
import type { SessionTokenSources } from './session-token.js';

/** Per-request values the bridge's middleware sets for its routes. */
export interface BridgeEnv {
  Variables: { requestId: string };
}

export type BridgeApp = Hono<BridgeEnv>;

/** What the routes need: the Stytch client and where the caller's session token comes from. */
export interface BridgeContext {
  stytch: () => Promise<StytchBackendClient>;
  sessionTokens: SessionTokenSources;
}

export const newBridgeRequestId = (): string => `request-id-bridge-${crypto.randomUUID()}`;
