import type { HttpTotpApiOptions } from '../../api/http-client.js';
import type { TotpElement } from './totp-element.js';

/** The backend settings an element passes to the HTTP client (see TotpElement for each). */
export type BackendSettings = Pick<TotpElement, 'apiBase' | 'publicToken' | 'sessionCookie' | 'sessionToken' | 'trustedApiOrigins' | 'timeoutMs'>;

/**
 * The HTTP client's options from an element's settings, read now: a setup runs with the settings
 * it started with, a sign-in attempt with those of its check; a change applies to the next.
 * A function of the lazy chunks that make requests, not a method of the base: the first screen,
 * which makes none, does not carry it.
 */
export function httpOptionsOf(settings: BackendSettings): HttpTotpApiOptions {
  const http: HttpTotpApiOptions = { timeoutMs: settings.timeoutMs };
  if (settings.apiBase) http.baseUrl = settings.apiBase;
  if (settings.publicToken) http.publicToken = settings.publicToken;
  if (settings.sessionCookie) http.sessionCookie = settings.sessionCookie;
  if (settings.sessionToken) http.sessionToken = settings.sessionToken;
  // A copy, for the same reason: the list the page passed may change later.
  http.trustedApiOrigins = Array.isArray(settings.trustedApiOrigins) ? [...settings.trustedApiOrigins] : settings.trustedApiOrigins;
  return http;
}
