import { TotpApiError, invalidResponse } from './errors.js';
import { readStytchError } from './validate.js';

/*
 * Turning an HTTP answer of Stytch's SDK API into its `data`, or a TotpApiError: bounded reading,
 * Stytch's error shape, the `{data: …}` envelope and `__user`.
 */

/** Reads the body as text, refusing one larger than `limit` bytes without buffering it all. */
export async function readText(response: Response, limit: number): Promise<string> {
  const declared = Number(response.headers.get('Content-Length'));
  if (declared > limit) {
    await response.body?.cancel();
    throw invalidResponse(`the body is larger than ${limit} bytes.`);
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw invalidResponse(`the body is larger than ${limit} bytes.`);
    }
    chunks.push(value);
  }
  // A Blob joins the chunks and decodes them as UTF-8 in one step, characters split between chunks included.
  return new Blob(chunks as BlobPart[]).text();
}

function retryAfterSeconds(response: Response): number | undefined {
  const header = response.headers.get('Retry-After');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

export function unwrap(response: Response, text: string): unknown {
  const isJson = /\bjson\b/i.test(response.headers.get('Content-Type') ?? '');
  let json: unknown;
  let parsed = false;
  if (isJson || /^\s*[{[]/.test(text)) {
    try { json = JSON.parse(text); parsed = true; } catch { /* reported below as not JSON */ }
  }
  if (!response.ok) {
    const retry_after = retryAfterSeconds(response);
    const stytchError = parsed ? readStytchError(json, response.status, retry_after) : undefined;
    if (stytchError) throw stytchError;
    throw new TotpApiError({
      status_code: response.status,
      error_type: response.status === 404 ? 'endpoint_not_found' : 'http_error',
      error_message: response.status === 404
        ? `No TOTP endpoint at ${response.url || 'this address'} (404). Is the Stytch API configured?`
        : `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
      retry_after,
    });
  }
  if (!parsed) throw invalidResponse('the body is not JSON.');
  if (typeof json !== 'object' || json === null || !('data' in json)) {
    throw invalidResponse('the body has no "data" envelope.');
  }
  const data = (json as { data: unknown }).data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw invalidResponse('"data" is not an object.');
  }
  // The SDK API sends the changed user as `__user`; the public shape calls it `user`.
  const { __user, ...rest } = data as Record<string, unknown>;
  return __user === undefined ? rest : { ...rest, user: __user };
}
