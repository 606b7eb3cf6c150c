import type { BackendSettings } from './http-options.js';
import type { TotpElement } from './totp-element.js';

/**
 * Whether the element talks to the default backend: the page's own origin, the session in its
 * cookie — no `client`, `api-base` or `public-token`. Only then may its first screen send a call
 * before the API client's chunk has arrived (see api/early-call.ts): the client would send the
 * very same request.
 */
export function usesDefaultBackend(settings: BackendSettings & Pick<TotpElement, 'client'>): boolean {
  return settings.client == null && !settings.apiBase && !settings.publicToken;
}
