/**
 * Public entry: defines `<totp-enroll>` and re-exports its events and the API clients.
 * The local backend is a separate entry (`totp-enroll/server`) and never reaches the browser bundle.
 */
export { TotpEnroll, type TotpEnrollState } from './elements/totp-enroll.js';
export {
  TotpCreatedEvent, TotpErrorEvent, TotpFinishedEvent, TotpVerifiedEvent, UserChangeEvent, type SavedCodesBy, type TotpStep,
} from './elements/events.js';
export type { TotpEnrollStrings } from './elements/messages.js';
export { registerStrings } from './elements/start-strings.js';
export * from './api/index.js';
