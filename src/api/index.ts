export type * from './types.js';
export { TotpApiError, type TotpApiErrorFields, type ClientErrorType } from './errors.js';
export { HttpTotpApi, DEFAULT_TIMEOUT_MS, type HttpTotpApiOptions } from './http-client.js';
export { StytchClientTotpApi, isStytchClient, type StytchClientLike } from './stytch-client.js';
export { validateCreateResponse, validateAuthenticateResponse, validateRecoverResponse } from './validate.js';
export { validateUserAnswer, validateRecoveryCodesResponse, validateDeleteTotpResponse } from './validate-account.js';
export {
  EXPIRATION_MINUTES, SESSION_DURATION_MINUTES, parseExpirationMinutes, parseSessionDurationMinutes,
} from './params.js';
export { resolveTotpApi } from './resolve.js';
export { parseApiBase } from './base-url.js';
export { DEFAULT_SESSION_COOKIE, type SessionTokenSource } from './session-token.js';
