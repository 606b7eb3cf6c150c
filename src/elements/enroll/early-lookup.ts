import { startEarlyCall } from '../../api/early-call.js';
import { usesDefaultBackend } from '../shared/default-backend.js';
import type { TotpElement } from '../shared/totp-element.js';

/**
 * Asks who the user is (`GET /sdk/v1/users/me`) as the element connects, when it uses the default
 * backend: "Set up" waits for that answer (an enrolled user gets the "on" state instead), and the
 * flow's chunk, which reads it, then loads alongside rather than before it. Returns the `fetch`
 * that hands the answer to the lookup's HTTP client; undefined for every other setup.
 */
export function startEarlyLookup(settings: TotpElement, signal: AbortSignal): typeof fetch | undefined {
  return usesDefaultBackend(settings) ? startEarlyCall('GET', '/users/me', undefined, signal) : undefined;
}
