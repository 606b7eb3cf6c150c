/**
 * Public entry (`totp-enroll`): defines `<totp-enroll>` and exports its class, its events and its
 * error type — nothing else, so `import 'totp-enroll'` costs a page the first screen only.
 * The clients are `totp-enroll/api`; the local backend and the Stytch bridge `totp-enroll/server`.
 */
export { TotpEnroll, type TotpEnrollState } from './elements/enroll/totp-enroll.component.js';
export {
  TotpCreatedEvent, TotpErrorEvent, TotpFinishedEvent, TotpVerifiedEvent, UserChangeEvent, type SavedCodesBy, type TotpStep,
} from './elements/enroll/events.js';
export { TotpApiError } from './api/errors.js';
export type * from './api/types.js';
export type { TotpApiErrorFields, ClientErrorType } from './api/errors.js';
export type { StytchClientLike } from './api/stytch-client.js';
export type { TotpEnrollStrings } from './elements/enroll/flow/flow-strings.js';
export { registerStrings } from './elements/i18n/register-strings.js';
