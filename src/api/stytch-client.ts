import { raceAbort } from './abort.js';
import { abortError } from './client-errors.js';
import { TotpApiError } from './errors.js';
import type {
  AuthenticateTotpParams, AuthenticateTotpResponse, CreateTotpParams, CreateTotpResponse, RecoverTotpParams, RecoverTotpResponse,
  RequestOptions, TotpApi, UserChangeListener,
} from './types.js';
import { validateAuthenticateResponse, validateCreateResponse, validateRecoverResponse } from './validate.js';

/**
 * The part of a Stytch SDK client (`@stytch/vanilla-js`'s `StytchHeadlessClient` /
 * `StytchUIClient`, `@stytch/react`'s `useStytch()`) that the element uses.
 * `test/types/stytch-client.typecheck.ts` assigns the real client to it, so a change
 * in the SDK's types fails `tsc`.
 */
export interface StytchClientLike {
  totps: {
    create(options: { expiration_minutes: number }): Promise<object>;
    authenticate(options: { totp_code: string; session_duration_minutes: number }): Promise<object>;
    /** Present in every Stytch SDK client; optional so an enrollment-only stand-in still fits. */
    recover?(options: { recovery_code: string; session_duration_minutes: number }): Promise<object>;
  };
  user: {
    getSync(): object | null;
    onChange(callback: UserChangeListener): () => void;
  };
}

/** True for anything shaped like a Stytch SDK client rather than a {@link TotpApi}. */
export function isStytchClient(value: unknown): value is StytchClientLike {
  const candidate = value as Partial<StytchClientLike> | null;
  return typeof candidate?.totps?.create === 'function' && typeof candidate.user?.onChange === 'function';
}

/**
 * Adapts a Stytch SDK client to {@link TotpApi}, validating what it returns exactly as
 * the HTTP client does so both give the same typed result.
 *
 * The SDK takes no AbortSignal: an abort settles the returned promise at once and
 * drops the SDK's late answer, but the SDK's own request still completes.
 */
export class StytchClientTotpApi implements TotpApi {
  readonly client: StytchClientLike;

  constructor(client: StytchClientLike) {
    this.client = client;
  }

  async create(params: CreateTotpParams, options: RequestOptions = {}): Promise<CreateTotpResponse> {
    const result = await this.#call(() => this.client.totps.create({ expiration_minutes: params.expiration_minutes }), options.signal);
    // The SDK strips the changed user (`__user`) from the answer and keeps it in its user state.
    return validateCreateResponse({ user: this.client.user.getSync(), ...result });
  }

  async authenticate(params: AuthenticateTotpParams, options: RequestOptions = {}): Promise<AuthenticateTotpResponse> {
    const result = await this.#call(() => this.client.totps.authenticate({
      totp_code: params.totp_code,
      session_duration_minutes: params.session_duration_minutes,
    }), options.signal);
    return validateAuthenticateResponse(result);
  }

  async recover(params: RecoverTotpParams, options: RequestOptions = {}): Promise<RecoverTotpResponse> {
    const totps = this.client.totps;
    if (typeof totps.recover !== 'function') {
      throw new TotpApiError({ status_code: 0, error_type: 'invalid_argument', error_message: 'client.totps.recover is not a function.' });
    }
    const result = await this.#call(() => totps.recover!({
      recovery_code: params.recovery_code,
      session_duration_minutes: params.session_duration_minutes,
    }), options.signal);
    return validateRecoverResponse(result);
  }

  onUserChange(listener: UserChangeListener): () => void {
    return this.client.user.onChange(listener);
  }

  async #call(start: () => Promise<object>, signal: AbortSignal | undefined): Promise<object> {
    if (signal?.aborted) throw abortError(signal.reason);
    try {
      return await raceAbort(start(), signal);
    } catch (error) {
      if (signal?.aborted) throw abortError(signal.reason);
      throw fromSdkError(error);
    }
  }
}

/** Maps the SDK's StytchAPIError / StytchAPIUnreachableError / anything else to TotpApiError. */
export function fromSdkError(error: unknown): TotpApiError {
  if (error instanceof TotpApiError) return error;
  const e = (error ?? {}) as Record<string, unknown>;
  if (typeof e.error_type === 'string') {
    return new TotpApiError({
      status_code: typeof e.status_code === 'number' ? e.status_code : 0,
      error_type: e.error_type,
      error_message: String(e.error_message ?? e.message ?? 'The Stytch request failed.').slice(0, 500),
      request_id: typeof e.request_id === 'string' ? e.request_id : undefined,
      error_url: typeof e.error_url === 'string' ? e.error_url : undefined,
    }, { cause: error });
  }
  const unreachable = e.name === 'StytchAPIUnreachableError' || e.name === 'SDKAPIUnreachableError';
  return new TotpApiError({
    status_code: 0,
    error_type: unreachable ? 'network_error' : 'sdk_error',
    error_message: unreachable
      ? 'Could not reach the Stytch API. Check the connection and try again.'
      : `The Stytch SDK failed: ${String(e.message ?? error).slice(0, 300)}`,
  }, { cause: error });
}
