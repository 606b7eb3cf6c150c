import { resolveTotpApi } from '../../api/resolve.js';
import type { User } from '../../api/types.js';
import { httpOptionsOf } from '../shared/http-options.js';
import type { TotpElement } from '../shared/totp-element.js';

/**
 * The signed-in user, asked of the element's backend (the SDK adapter answers from its cache,
 * the HTTP client with `GET /sdk/v1/users/me`); `undefined` when the backend cannot say (a
 * `TotpApi` without `getUser`). Its own small chunk, loaded on connect: the API clients it
 * brings are the enrollment flow's too, so a page loads them once. `early`: the fetch holding the
 * `users/me` the first screen already sent (see early-lookup.ts).
 */
export async function lookUpUser(settings: TotpElement, signal: AbortSignal, early?: typeof fetch): Promise<User | null | undefined> {
  const http = httpOptionsOf(settings);
  if (early) http.fetch = early;
  const api = resolveTotpApi(settings.client, http);
  return typeof api.getUser === 'function' ? api.getUser({ signal }) : undefined;
}
