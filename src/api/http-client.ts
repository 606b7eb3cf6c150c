import { TotpApiError } from './errors.js';
import type { HttpTotpApiOptions } from './http-options.js';
import { DEFAULT_TIMEOUT_MS } from './limits.js';
import { SdkTransport } from './sdk-transport.js';
import type {
  AuthenticateTotpParams, AuthenticateTotpResponse, CreateTotpParams, CreateTotpResponse, DeleteTotpResponse, RecoverTotpParams,
  RecoverTotpResponse, RecoveryCodesResponse, RequestOptions, TotpApi, User,
} from './types.js';
import { validateAuthenticateResponse, validateCreateResponse, validateRecoverResponse } from './validate.js';
import { assertTotpId, validateDeleteTotpResponse, validateRecoveryCodesResponse, validateUserAnswer } from './validate-account.js';

export { DEFAULT_TIMEOUT_MS, type HttpTotpApiOptions };

/**
 * Talks Stytch's SDK REST protocol over fetch, as `@stytch/vanilla-js` does: `POST /sdk/v1/totps…`,
 * `GET /sdk/v1/users/me`, `DELETE /sdk/v1/users/totps/{totp_id}`, answers in a `{data: …}` envelope.
 */
export class HttpTotpApi implements TotpApi {
  readonly baseUrl: string;
  readonly timeoutMs: number;
  readonly #transport: SdkTransport;

  constructor(options: HttpTotpApiOptions = {}) {
    this.#transport = new SdkTransport(options);
    this.baseUrl = this.#transport.baseUrl;
    this.timeoutMs = this.#transport.timeoutMs;
  }

  async create(params: CreateTotpParams, options: RequestOptions = {}): Promise<CreateTotpResponse> {
    const data = await this.#transport.send('POST', '/totps', { expiration_minutes: params.expiration_minutes }, options.signal);
    return validateCreateResponse(data);
  }

  async authenticate(params: AuthenticateTotpParams, options: RequestOptions = {}): Promise<AuthenticateTotpResponse> {
    const body = { totp_code: params.totp_code, session_duration_minutes: params.session_duration_minutes };
    return validateAuthenticateResponse(await this.#transport.send('POST', '/totps/authenticate', body, options.signal));
  }

  async recover(params: RecoverTotpParams, options: RequestOptions = {}): Promise<RecoverTotpResponse> {
    const body = { recovery_code: params.recovery_code, session_duration_minutes: params.session_duration_minutes };
    return validateRecoverResponse(await this.#transport.send('POST', '/totps/recover', body, options.signal));
  }

  /**
   * `GET /sdk/v1/users/me`. Stytch answers 401 `unauthorized_credentials` to a request without a
   * live session (`public_token:public_token`, an expired token): that is "nobody signed in", so
   * `null`. Every other failure is thrown: an outage must not look like a signed-out user.
   */
  async getUser(options: RequestOptions = {}): Promise<User | null> {
    try {
      return validateUserAnswer(await this.#transport.send('GET', '/users/me', undefined, options.signal));
    } catch (error) {
      if (error instanceof TotpApiError && error.status_code === 401 && error.error_type === 'unauthorized_credentials') return null;
      throw error;
    }
  }

  /** Over HTTP the session's factors are not known without a request: the element learns it from a 403. */
  sessionHasSecondFactor(): boolean | undefined {
    return undefined;
  }

  /** `POST /sdk/v1/totps/recovery_codes`, with no body, as the SDK sends it. */
  async recoveryCodes(options: RequestOptions = {}): Promise<RecoveryCodesResponse> {
    return validateRecoveryCodesResponse(await this.#transport.send('POST', '/totps/recovery_codes', undefined, options.signal));
  }

  /** `DELETE /sdk/v1/users/totps/{totp_id}`; the id is checked and path-encoded first. */
  async deleteTotp(totpId: string, options: RequestOptions = {}): Promise<DeleteTotpResponse> {
    const id = assertTotpId(totpId);
    const data = await this.#transport.send('DELETE', `/users/totps/${encodeURIComponent(id)}`, undefined, options.signal);
    return validateDeleteTotpResponse(data, id);
  }
}
