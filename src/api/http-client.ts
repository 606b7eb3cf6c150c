import { withTimeout } from './abort.js';
import { parseApiBase } from './base-url.js';
import { abortError, invalidResponse } from './client-errors.js';
import { TotpApiError } from './errors.js';
import type {
  AuthenticateTotpParams, AuthenticateTotpResponse, CreateTotpParams, CreateTotpResponse, RecoverTotpParams, RecoverTotpResponse,
  RequestOptions, TotpApi,
} from './types.js';
import { readStytchError, validateAuthenticateResponse, validateCreateResponse, validateRecoverResponse } from './validate.js';
import { DEFAULT_SESSION_COOKIE, assertCookieName, givenSessionToken, readCookie, type SessionTokenSource } from './session-token.js';
import { cookieTokenMayGo, parseTrustedApiOrigins } from './token-destinations.js';
import { warnOnce } from './warn-once.js';
import { DEFAULT_TIMEOUT_MS } from './limits.js';

export { DEFAULT_TIMEOUT_MS };

export interface HttpTotpApiOptions {
  /**
   * Where the Stytch SDK API lives; requests go to `${baseUrl}/sdk/v1/…`. An `https:` URL, an
   * `http:` URL of a loopback host, or a path on the page's origin (see `parseApiBase`).
   * Default: the page's own origin.
   */
  baseUrl?: string;
  /**
   * A Stytch public token. With it, requests carry `Authorization: Basic
   * base64(public_token:session_token)` as the Stytch SDK sends them, or
   * `public_token:public_token` when no session token is readable (then the API must know the
   * session from its own HttpOnly cookie). Without it, the session travels in cookies alone.
   */
  publicToken?: string;
  /**
   * The session token, or a function returning the current one (read at every request).
   * Sent to `baseUrl`, wherever it is: handing it over is the page's choice.
   * Default: the `sessionCookie` cookie, as the Stytch SDK reads it.
   */
  sessionToken?: SessionTokenSource;
  /**
   * The cookie holding the session token when `sessionToken` gives none. Default `stytch_session`.
   * Its token goes only to the page's origin, `https://api.stytch.com`, `https://test.stytch.com`,
   * loopback hosts and `trustedApiOrigins`; to any other `baseUrl` no token is sent.
   */
  sessionCookie?: string;
  /**
   * More origins (`https://auth.example.com`: scheme, host, port) that may receive the token
   * read from `sessionCookie`: your own API or Stytch custom domain on another origin.
   */
  trustedApiOrigins?: readonly string[];
  /** The fetch to use (tests, service workers, instrumented fetches). Default: `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** Give up on an answer after this many milliseconds. Default 15 000; 0 waits forever. */
  timeoutMs?: number;
  /** Largest body accepted, in bytes. Default 1 MiB: Stytch's answers are a few KB. */
  maxResponseBytes?: number;
}

const DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024;

/** Talks Stytch's SDK REST protocol (`POST /sdk/v1/totps`, `{data: …}` envelope) over fetch. */
export class HttpTotpApi implements TotpApi {
  readonly baseUrl: string;
  readonly timeoutMs: number;
  readonly #options: HttpTotpApiOptions;
  readonly #sessionCookie: string;
  readonly #cookieTokenMayGo: boolean;

  constructor(options: HttpTotpApiOptions = {}) {
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

  async create(params: CreateTotpParams, options: RequestOptions = {}): Promise<CreateTotpResponse> {
    const data = await this.#post('/totps', { expiration_minutes: params.expiration_minutes }, options.signal);
    return validateCreateResponse(data);
  }

  async authenticate(params: AuthenticateTotpParams, options: RequestOptions = {}): Promise<AuthenticateTotpResponse> {
    const body = { totp_code: params.totp_code, session_duration_minutes: params.session_duration_minutes };
    const data = await this.#post('/totps/authenticate', body, options.signal);
    return validateAuthenticateResponse(data);
  }

  async recover(params: RecoverTotpParams, options: RequestOptions = {}): Promise<RecoverTotpResponse> {
    const body = { recovery_code: params.recovery_code, session_duration_minutes: params.session_duration_minutes };
    const data = await this.#post('/totps/recover', body, options.signal);
    return validateRecoverResponse(data);
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

  /** POSTs JSON and returns the envelope's `data`, with `__user` surfaced as `user`. */
  async #post(path: string, body: unknown, signal: AbortSignal | undefined): Promise<unknown> {
    const doFetch = this.#options.fetch ?? globalThis.fetch.bind(globalThis);
    const deadline = withTimeout(signal, this.timeoutMs);
    try {
      let response: Response;
      try {
        response = await doFetch(`${this.baseUrl}/sdk/v1${path}`, {
          method: 'POST',
          headers: this.#headers(),
          body: JSON.stringify(body),
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

/** Reads the body as text, refusing one larger than `limit` bytes without buffering it all. */
async function readText(response: Response, limit: number): Promise<string> {
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

function unwrap(response: Response, text: string): unknown {
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
