/*
 * Compile-time only: assigns the real Stytch clients to StytchClientLike, so a change in
 * `@stytch/vanilla-js`'s types that breaks the adapter fails `npm test` (tsc).
 */
import type { StytchClient } from '@stytch/vanilla-js/headless';
import type { StytchUIClient } from '@stytch/vanilla-js';
import type { StytchClientLike } from '../../src/api/stytch-client.js';

export function acceptsHeadlessClient(client: StytchClient): StytchClientLike {
  return client;
}

export function acceptsUiClient(client: StytchUIClient): StytchClientLike {
  return client;
}
