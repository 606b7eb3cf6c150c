/**
 * `totp-enroll/challenge`: defines `<totp-challenge>`, the sign-in half, and exports its class,
 * events and error type. A subpath of its own, so a page that shows only one of the two elements
 * loads only that one; import both entries for both.
 */
export { TotpChallenge } from './elements/challenge/totp-challenge.js';
export type { TotpChallengeState } from './elements/challenge/state.js';
export {
  TotpAuthenticatedEvent, type TotpAuthenticatedDetail, type TotpChallengeMethod,
} from './elements/challenge/events.js';
export { TotpErrorEvent, UserChangeEvent, type TotpStep } from './elements/shared/events.js';
export { TotpApiError } from './api/errors.js';
export type * from './api/types.js';
export type { TotpApiErrorFields } from './api/errors.js';
export type { StytchClientLike } from './api/stytch-client.js';
export type { TotpChallengeStrings } from './elements/challenge/strings.js';
export { registerStrings } from './elements/i18n/register-strings.js';
