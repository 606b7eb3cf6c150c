import type { StytchBackendClient, StytchBridgeOptions } from './options.js';
import { noteRetryAfter } from './retry-after.js';
import { DEFAULT_STYTCH_TIMEOUT_MS, abortOnTimeout, boundedClient, checkStytchTimeout } from './timeout.js';

/**
 * The client the bridge talks to Stytch with: the caller's own, or a `stytch.Client` made
 * from the project's credentials on first use; either way every call is bounded by
 * `stytchTimeoutMs` (timeout.ts). `stytch` is loaded only then, so importing
 * `totp-enroll/server` for the local backend does not need the package installed.
 */
export function lazyStytchClient(options: StytchBridgeOptions): () => Promise<StytchBackendClient> {
  const timeoutMs = checkStytchTimeout(options.stytchTimeoutMs ?? DEFAULT_STYTCH_TIMEOUT_MS);
  if (options.client) {
    const client = boundedClient(options.client, timeoutMs);
    return async () => client;
  }
  const { projectId, secret, customBaseUrl, dispatcher } = options;
  if (!projectId || !secret) throw new TypeError('createStytchBridge needs `client`, or `projectId` and `secret`.');
  let made: Promise<StytchBackendClient> | undefined;
  return () => {
    made ??= import('stytch').then(
      ({ default: stytch }) =>
        new stytch.Client({
          project_id: projectId,
          secret,
          ...(customBaseUrl === undefined ? {} : { custom_base_url: customBaseUrl }),
          dispatcher: abortOnTimeout(noteRetryAfter(dispatcher)),
        }),
    ).then((client) => boundedClient(client, timeoutMs));
    return made;
  };
}
