/**
 * Public entry: defines `<totp-enroll>` and re-exports its events and the API clients.
 * The local backend is a separate entry (`totp-enroll/server`) and never reaches the browser bundle.
 */
export { TotpEnroll, type TotpEnrollState } from './elements/totp-enroll.js';
export { TotpCreatedEvent, TotpErrorEvent, TotpVerifiedEvent, UserChangeEvent, type TotpStep } from './elements/events.js';
export type { TotpEnrollStrings } from './elements/messages.js';
export * from './api/index.js';
