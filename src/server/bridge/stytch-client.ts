import type { StytchBackendClient, StytchBridgeOptions } from './options.js';
import { DEFAULT_STYTCH_TIMEOUT_MS, checkStytchTimeout } from './timeout-setting.js';

/**
 * The client the bridge talks to Stytch with: the caller's own, or a `stytch.Client` made
 * from the project's credentials; either way every call is bounded by `stytchTimeoutMs`
 * (timeout.ts). The options are checked now; the rest happens on first use, when `stytch` and
 * the bridge's Node-only parts (timeout.ts, retry-after.ts: AsyncLocalStorage) are loaded, so
 * importing `totp-enroll/server` for the local backend needs neither the package nor Node.
 */
export function lazyStytchClient(options: StytchBridgeOptions): () => Promise<StytchBackendClient> {
  const timeoutMs = checkStytchTimeout(options.stytchTimeoutMs ?? DEFAULT_STYTCH_TIMEOUT_MS);
  const unbounded = unboundedClient(options);
  let made: Promise<StytchBackendClient> | undefined;
  return () => {
    made ??= Promise.all([unbounded(), import('./timeout.js')]).then(([client, { boundedClient }]) => boundedClient(client, timeoutMs));
    return made;
  };
}

function unboundedClient(options: StytchBridgeOptions): () => Promise<StytchBackendClient> {
  if (options.client) {
    const { client } = options;
    return async () => client;
  }
  const { projectId, secret, customBaseUrl, dispatcher } = options;
  if (!projectId || !secret) throw new TypeError('createStytchBridge needs `client`, or `projectId` and `secret`.');
  return async () => {
    const [{ default: stytch }, { abortOnTimeout }, { noteRetryAfter }] = await Promise.all([
      import('stytch'), import('./timeout.js'), import('./retry-after.js'),
    ]);
    return new stytch.Client({
      project_id: projectId,
      secret,
      ...(customBaseUrl === undefined ? {} : { custom_base_url: customBaseUrl }),
      // Through the dispatcher the bridge gave it, a timed-out request can be aborted and a 429's Retry-After read.
      dispatcher: abortOnTimeout(noteRetryAfter(dispatcher)),
    });
  };
}
