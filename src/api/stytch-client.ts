import { raceAbort } from './abort.js';
import { TotpApiError, abortError } from './errors.js';
import { fromSdkError } from './sdk-errors.js';
import { factorsIncludeSecondFactor } from './second-factor.js';
import type {
  AuthenticateTotpParams, AuthenticateTotpResponse, CreateTotpParams, CreateTotpResponse, DeleteTotpResponse, RecoverTotpParams,
  RecoverTotpResponse, RecoveryCodesResponse, RequestOptions, TotpApi, User, UserChangeListener,
} from './types.js';
import { validateAuthenticateResponse, validateCreateResponse, validateRecoverResponse } from './validate.js';
import { assertTotpId, validateDeleteTotpResponse, validateRecoveryCodesResponse, validateSdkUser } from './validate-account.js';

export { fromSdkError };

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
    /** `POST /sdk/v1/totps/recovery_codes`. Optional, as `recover`. */
    recoveryCodes?(): Promise<object>;
  };
  user: {
    getSync(): object | null;
    onChange(callback: UserChangeListener): () => void;
    /** `GET /sdk/v1/users/me`, refreshing the SDK's user. Optional, as `recover`. */
    get?(): Promise<object>;
    /** `DELETE /sdk/v1/users/totps/{totp_id}`; the SDK keeps the answer's `__user` as its user. Optional, as `recover`. */
    deleteTOTP?(totpId: string): Promise<object>;
  };
  /** The SDK's session, read for its `authentication_factors`. Optional, as `recover`. */
  session?: {
    getSync(): object | null;
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
    const recover = this.#method(this.client.totps, 'recover', 'client.totps.recover');
    const result = await this.#call(() => recover({
      recovery_code: params.recovery_code,
      session_duration_minutes: params.session_duration_minutes,
    }), options.signal);
    return validateRecoverResponse(result);
  }

  /**
   * The SDK's own user when it holds one (no request). Only when it holds none and the client has
   * `user.get()` is the backend asked (the SDK may not have restored its state yet); a 401 there
   * means nobody is signed in, so `null`.
   */
  async getUser(options: RequestOptions = {}): Promise<User | null> {
    const cached = this.client.user.getSync();
    if (cached !== null && cached !== undefined) return validateSdkUser(cached);
    const { user } = this.client;
    if (typeof user.get !== 'function') return null;
    try {
      return validateSdkUser(await this.#call(() => user.get!(), options.signal));
    } catch (error) {
      if (error instanceof TotpApiError && error.status_code === 401 && error.error_type === 'unauthorized_credentials') return null;
      throw error;
    }
  }

  /**
   * From the SDK's session (no request): whether one of its `authentication_factors` is a second
   * factor, by the same table the servers' MFA rule uses. `undefined` without a session to read.
   */
  sessionHasSecondFactor(): boolean | undefined {
    const session = this.client.session?.getSync() as { authentication_factors?: unknown } | null | undefined;
    const factors = session?.authentication_factors;
    return Array.isArray(factors) ? factorsIncludeSecondFactor(factors as { delivery_method?: unknown }[]) : undefined;
  }

  async recoveryCodes(options: RequestOptions = {}): Promise<RecoveryCodesResponse> {
    const recoveryCodes = this.#method(this.client.totps, 'recoveryCodes', 'client.totps.recoveryCodes');
    return validateRecoveryCodesResponse(await this.#call(() => recoveryCodes(), options.signal));
  }

  async deleteTotp(totpId: string, options: RequestOptions = {}): Promise<DeleteTotpResponse> {
    const id = assertTotpId(totpId);
    const deleteTOTP = this.#method(this.client.user, 'deleteTOTP', 'client.user.deleteTOTP');
    const result = await this.#call(() => deleteTOTP(id), options.signal);
    // As with Create, the SDK strips the changed user (`__user`) from the answer and keeps it itself.
    return validateDeleteTotpResponse({ user: this.client.user.getSync(), ...result }, id);
  }

  onUserChange(listener: UserChangeListener): () => void {
    return this.client.user.onChange(listener);
  }

  /** The optional SDK method `name` of `owner`, bound; a client without it is refused as a wrong argument. */
  #method<O extends object, K extends keyof O>(owner: O, name: K, label: string): NonNullable<O[K]> {
    const method = owner[name];
    if (typeof method !== 'function') {
      throw new TotpApiError({ status_code: 0, error_type: 'invalid_argument', error_message: `${label} is not a function.` });
    }
    return method.bind(owner) as NonNullable<O[K]>;
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
