/*
 * The `stytchTimeoutMs` setting, checked when the bridge is created; timeout.ts applies it (and
 * is Node-only, so it is loaded only with the first Stytch call).
 */

export const DEFAULT_STYTCH_TIMEOUT_MS = 10_000;
/** setTimeout's largest delay; anything longer fires at once. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** Refuses, when the bridge is created, a timeout that would not bound anything (or fire at once). */
export function checkStytchTimeout(ms: unknown): number {
  if (typeof ms !== 'number' || !Number.isInteger(ms) || ms < 1 || ms > MAX_TIMEOUT_MS) {
    throw new TypeError(`stytchTimeoutMs must be a whole number of milliseconds from 1 to ${MAX_TIMEOUT_MS}, not ${String(ms)}.`);
  }
  return ms;
}
