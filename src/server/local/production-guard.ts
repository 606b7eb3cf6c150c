import { isEphemeralStore } from './ephemeral-store.js';
import type { BackendStore } from './store.js';

/**
 * Refuses to start a production backend on a memory store: it forgets every user's TOTP,
 * session and lockout at the next restart or deploy, silently turning 2FA off for everyone.
 * Runtime-neutral: no `process` in a browser or a worker means no `NODE_ENV` to read.
 */
export function assertStoreFitsEnvironment(store: BackendStore, allowMemoryStoreInProduction: boolean): void {
  if (allowMemoryStoreInProduction || !isEphemeralStore(store) || !inProduction()) return;
  throw new Error(
    'createStytchBackend: NODE_ENV is "production", but the store is a memory store, which loses ' +
      "every user's TOTP, recovery codes, sessions and lockouts at the next restart or deploy. " +
      'In production use createStytchBridge (Stytch keeps the data), or pass a durable `store`. ' +
      'For a demo that is meant to forget, pass `allowMemoryStoreInProduction: true`.',
  );
}

/** `' Production'` counts too: a typo in a deploy's environment must not switch the guard off. */
function inProduction(): boolean {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.NODE_ENV;
  return env?.trim().toLowerCase() === 'production';
}
