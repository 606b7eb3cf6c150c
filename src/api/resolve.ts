import { HttpTotpApi, type HttpTotpApiOptions } from './http-client.js';
import { StytchClientTotpApi, isStytchClient, type StytchClientLike } from './stytch-client.js';
import type { TotpApi } from './types.js';

/**
 * Picks the backend for an element: the given Stytch SDK client or TotpApi, or else
 * the HTTP client for `httpOptions` (which defaults to the page's own origin).
 */
export function resolveTotpApi(client: TotpApi | StytchClientLike | null | undefined, httpOptions: HttpTotpApiOptions): TotpApi {
  if (client == null) return new HttpTotpApi(httpOptions);
  if (isStytchClient(client)) return new StytchClientTotpApi(client);
  const api = client as Partial<TotpApi>;
  if (typeof api.create === 'function' && typeof api.authenticate === 'function') return client as TotpApi;
  throw new TypeError('client must be a Stytch SDK client or an object with create() and authenticate().');
}
