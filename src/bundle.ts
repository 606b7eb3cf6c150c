/**
 * Entry of the standalone bundle (`dist/totp-enroll.bundle.js`) for a plain
 * `<script type="module">`: the element, its events and its error type. The API clients
 * and validation load with the enrollment flow, when the user starts; a page that wants
 * them up front imports the package's main entry instead.
 */
export { TotpEnroll, type TotpEnrollState } from './elements/totp-enroll.js';
export { TotpCreatedEvent, TotpErrorEvent, TotpVerifiedEvent, UserChangeEvent, type TotpStep } from './elements/events.js';
export { TotpApiError } from './api/errors.js';
export type * from './api/types.js';
export type { TotpEnrollStrings } from './elements/messages.js';
