import type { TotpEnroll } from '../elements/totp-enroll.js';
import type { TotpCreatedEvent, TotpErrorEvent, TotpVerifiedEvent, UserChangeEvent } from '../elements/events.js';

/*
 * `<totp-enroll>`'s public surface as the framework typings (`totp-enroll/react`, `/vue`,
 * `/svelte`) describe it: attributes by their HTML names, the object-valued properties, and
 * the events with their classes.
 */

/** The element's attributes, as written in markup. */
export interface TotpEnrollAttributes {
  /** Minutes before an unverified registration expires: a whole number from 5 to 1440. */
  'expiration-minutes'?: number | string;
  /** Lifetime of the session started by a verified code, in minutes (5 to 527040). */
  'session-duration-minutes'?: number | string;
  /** Base URL of a server speaking Stytch's SDK REST protocol. Default: this page's origin. */
  'api-base'?: string;
  /** A Stytch public token. */
  'public-token'?: string;
  /** Give up waiting for the server after this many milliseconds (HTTP backend only). */
  'timeout-ms'?: number | string;
  /** Issuer shown in authenticator apps when the element draws the QR code itself. */
  issuer?: string;
  /** Account name shown in authenticator apps when the element draws the QR code. */
  'account-name'?: string;
  /** Start setting up as soon as the element is connected. */
  autostart?: boolean;
}

/** The properties that take objects, so frameworks must set them as properties. */
export interface TotpEnrollProperties {
  /** A Stytch SDK client, or any `TotpApi`. */
  client?: TotpEnroll['client'];
  /** Overrides for any of the element's texts. */
  strings?: TotpEnroll['strings'];
}

/** Event name → event class. */
export interface TotpEnrollEvents {
  'totp-created': TotpCreatedEvent;
  'user-change': UserChangeEvent;
  'totp-verified': TotpVerifiedEvent;
  'totp-error': TotpErrorEvent;
}

/** Listeners named `on` + the event's name, as React 19 and Svelte 5 bind them: `ontotp-created`. */
export type TotpEnrollLowercaseListeners = {
  [Name in keyof TotpEnrollEvents as `on${Name}`]?: (event: TotpEnrollEvents[Name]) => void;
};
