import { withTimeout } from './abort.js';
import { parseApiBase } from './base-url.js';
import { TotpApiError, abortError } from './errors.js';
import { readText, unwrap } from './http-answer.js';
import { DEFAULT_MAX_RESPONSE_BYTES, type HttpTotpApiOptions } from './http-options.js';
import { DEFAULT_TIMEOUT_MS } from './limits.js';
import { DEFAULT_SESSION_COOKIE, assertCookieName, givenSessionToken, readCookie } from './session-token.js';
import { cookieTokenMayGo, parseTrustedApiOrigins } from './token-destinations.js';
import { warnOnce } from './warn-once.js';

/** The methods Stytch's SDK API uses: POST for the TOTP calls, GET and DELETE for the user's. */
export type SdkMethod = 'GET' | 'POST' | 'DELETE';

/**
 * One request to Stytch's SDK API as the SDK sends it: `${baseUrl}/sdk/v1${path}`, Basic
 * credentials, `credentials: 'include'`, a timeout, a bounded answer. Resolves to the envelope's
 * `data` (with `__user` as `user`), or rejects with a TotpApiError.
 */
export class SdkTransport {
  readonly baseUrl: string;
  readonly timeoutMs: number;
  readonly #options: HttpTotpApiOptions;
  readonly #sessionCookie: string;
  readonly #cookieTokenMayGo: boolean;

  constructor(options: HttpTotpApiOptions) {
    this.#options = options;
    const page = globalThis.location?.href;
    this.baseUrl = options.baseUrl === undefined ? (globalThis.location?.origin ?? '') : parseApiBase(options.baseUrl, page);
    this.#sessionCookie = options.sessionCookie ?? DEFAULT_SESSION_COOKIE;
    assertCookieName(this.#sessionCookie);
    const trusted = parseTrustedApiOrigins(options.trustedApiOrigins);
    const api = this.baseUrl === '' ? undefined : new URL(this.baseUrl);
    // No base at all (no page to take an origin from): requests are relative, to wherever the script runs.
    this.#cookieTokenMayGo = api === undefined || cookieTokenMayGo(api, globalThis.location?.origin, trusted);
    // A bad value (NaN from `timeout-ms="abc"`, a negative number) must not mean "wait forever".
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.timeoutMs = Number.isFinite(timeoutMs) && timeoutMs >= 0 ? timeoutMs : DEFAULT_TIMEOUT_MS;
  }

  /**
   * Sends the request as the SDK does: `body` as JSON when given, none otherwise (GET, DELETE and
   * the recovery-codes POST), and `Content-Type: application/json` on every call, bodiless ones too.
   */
  async send(method: SdkMethod, path: string, body: unknown, signal: AbortSignal | undefined): Promise<unknown> {
    const doFetch = this.#options.fetch ?? globalThis.fetch.bind(globalThis);
    const deadline = withTimeout(signal, this.timeoutMs);
    try {
      let response: Response;
      try {
        response = await doFetch(`${this.baseUrl}/sdk/v1${path}`, {
          method,
          headers: this.#headers(),
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
          credentials: 'include',
          signal: deadline.signal,
        });
      } catch (error) {
        throw this.#fetchFailure(error, signal, deadline.timedOut);
      }
      let text: string;
      try {
        text = await readText(response, this.#options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES);
      } catch (error) {
        if (error instanceof TotpApiError) throw error;
        throw this.#fetchFailure(error, signal, deadline.timedOut);
      }
      return unwrap(response, text);
    } finally {
      deadline.dispose();
    }
  }

  #headers(): Headers {
    const headers = new Headers({ 'Content-Type': 'application/json', Accept: 'application/json' });
    const { publicToken } = this.#options;
    if (publicToken) {
      const secretPart = givenSessionToken(this.#options.sessionToken) ?? this.#cookieToken() ?? publicToken;
      headers.set('Authorization', `Basic ${toBase64(`${publicToken}:${secretPart}`)}`);
    }
    return headers;
  }

  /**
   * The token in the session cookie, if it may go to this API. Read at each request: Stytch's
   * SDK refreshes the cookie.
   *
   * Where it may not go, the request goes without it (`public_token:public_token`, as with an
   * HttpOnly cookie) and the developer gets one warning, rather than a configuration error:
   * a Stytch custom domain on the page's site (`login.example.com`) still gets the session
   * cookie itself through `credentials: 'include'`, so that setup keeps working untouched, and
   * for an `api-base` that markup injected, failing would protect nothing more than sending
   * nothing does.
   */
  #cookieToken(): string | undefined {
    const token = readCookie(this.#sessionCookie);
    if (token === undefined || this.#cookieTokenMayGo) return token;
    const apiOrigin = new URL(this.baseUrl).origin;
    warnOnce(`cookie-token-refused:${apiOrigin}:${this.#sessionCookie}`,
      `totp-enroll: the session token in the "${this.#sessionCookie}" cookie was not sent to ${apiOrigin}: a token read from a `
      + 'cookie goes only to this page\'s origin, Stytch\'s API (https://api.stytch.com, https://test.stytch.com) or localhost. '
      + `If ${apiOrigin} is your own API or Stytch custom domain, list it in the element's trustedApiOrigins property `
      + '(set by script; there is no attribute), or hand the token over with the sessionToken property.');
    return undefined;
  }

  #fetchFailure(error: unknown, signal: AbortSignal | undefined, timedOut: boolean): TotpApiError {
    if (timedOut) {
      return new TotpApiError({
        status_code: 0,
        error_type: 'request_timeout',
        error_message: `The server did not answer within ${this.timeoutMs < 1000 ? `${this.timeoutMs} ms` : `${Math.round(this.timeoutMs / 1000)} second${Math.round(this.timeoutMs / 1000) === 1 ? '' : 's'}`}.`,
      }, { cause: error });
    }
    if (signal?.aborted) return abortError(signal.reason);
    return new TotpApiError({
      status_code: 0,
      error_type: 'network_error',
      error_message: `Could not reach the server at ${this.baseUrl || 'this site'}. Check the connection and try again.`,
    }, { cause: error });
  }
}

function toBase64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
