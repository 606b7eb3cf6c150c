/**
 * Public entry (`totp-enroll`): defines `<totp-enroll>` and exports its class, its events and its
 * error type — nothing else, so `import 'totp-enroll'` costs a page the first screen only.
 * The clients are `totp-enroll/api`; the local backend and the Stytch bridge `totp-enroll/server`.
 */
export { TotpEnroll } from './elements/enroll/totp-enroll.js';
export type { TotpEnrollState } from './elements/enroll/state.js';
export {
  TotpCreatedEvent, TotpExpiredEvent, TotpFinishedEvent, TotpRemovedEvent, TotpStepUpEvent, TotpVerifiedEvent, type SavedCodesBy, type StepUpAction,
  type TotpExpiredReason,
} from './elements/enroll/events.js';
export { TotpErrorEvent, UserChangeEvent, type TotpStep } from './elements/shared/events.js';
export { TotpApiError } from './api/errors.js';
export type * from './api/types.js';
export type { TotpApiErrorFields, ClientErrorType } from './api/errors.js';
export type { StytchClientLike } from './api/stytch-client.js';
export type { TotpEnrollStrings } from './elements/enroll/strings.js';
export { registerStrings } from './elements/i18n/register-strings.js';
