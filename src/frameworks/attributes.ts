import type { TotpChallenge } from '../elements/challenge/totp-challenge.js';
import type { TotpEnroll } from '../elements/enroll/totp-enroll.js';

/*
 * The one source of the elements' public surface for the framework bindings: the React
 * wrapper (`totp-enroll/react`) and the Vue, Svelte and JSX typings derive from these tables
 * (three per element), which test/package/package.test.mjs checks against custom-elements.json.
 * The element types come from the define modules: their declarations bring the tag map and every
 * event's `HTMLElementEventMap` entry that the event types below index (test/package/react-types.test.mjs).
 */

/** Every attribute the element observes → the property it sets. */
export const totpEnrollAttributes = {
  'expiration-minutes': 'expirationMinutes',
  'session-duration-minutes': 'sessionDurationMinutes',
  'api-base': 'apiBase',
  'public-token': 'publicToken',
  'session-cookie': 'sessionCookie',
  'timeout-ms': 'timeoutMs',
  issuer: 'issuer',
  'account-name': 'accountName',
  autostart: 'autostart',
  'qr-canvas': 'qrCanvas',
} as const satisfies Record<string, keyof TotpEnroll>;

/** The properties that have no attribute (objects and functions): frameworks must set them as properties. */
export const totpEnrollProperties = ['client', 'strings', 'sessionToken', 'trustedApiOrigins'] as const satisfies readonly (keyof TotpEnroll)[];

/** Listener prop (React wrapper, Vue's `@event` → `onEvent`) → event name. */
export const totpEnrollEvents = {
  onTotpCreated: 'totp-created',
  onUserChange: 'user-change',
  onTotpVerified: 'totp-verified',
  onTotpError: 'totp-error',
  onTotpFinished: 'totp-finished',
  onTotpExpired: 'totp-expired',
  onTotpRemoved: 'totp-removed',
  onTotpStepUp: 'totp-step-up',
} as const;

type AttributeName = keyof typeof totpEnrollAttributes;
type PropertyOf<A extends AttributeName> = (typeof totpEnrollAttributes)[A];
/** What markup may write for a property: booleans as presence, numbers as text too. */
type AttributeValue<T> = T extends boolean ? boolean : T extends number ? number | `${number}` : T;

/** The element's attributes, by their HTML names (React 19 and Svelte markup). */
export type TotpEnrollAttributes = { [A in AttributeName]?: AttributeValue<TotpEnroll[PropertyOf<A>]> };

/** The same attributes by their property names (Vue templates match `expiration-minutes` to `expirationMinutes`). */
export type TotpEnrollAttributeProps = { [A in AttributeName as PropertyOf<A>]?: AttributeValue<TotpEnroll[PropertyOf<A>]> };

/** The properties that take objects or functions. */
export type TotpEnrollProperties = { [P in (typeof totpEnrollProperties)[number]]?: TotpEnroll[P] };

type EventName = (typeof totpEnrollEvents)[keyof typeof totpEnrollEvents];

/** Event name → event class (the classes `HTMLElementEventMap` declares). */
export type TotpEnrollEvents = { [N in EventName]: HTMLElementEventMap[N] };

/** Listeners as props: `onTotpCreated` → `(event: TotpCreatedEvent) => void`. */
export type TotpEnrollListenerProps = {
  [K in keyof typeof totpEnrollEvents]?: (event: TotpEnrollEvents[(typeof totpEnrollEvents)[K]]) => void;
};

/** Listeners named `on` + the event's name, as React 19 and Svelte 5 bind them: `ontotp-created`. */
export type TotpEnrollLowercaseListeners = {
  [N in EventName as `on${N}`]?: (event: TotpEnrollEvents[N]) => void;
};

/** `<totp-challenge>`: every attribute it observes → the property it sets. */
export const totpChallengeAttributes = {
  'session-duration-minutes': 'sessionDurationMinutes',
  'api-base': 'apiBase',
  'public-token': 'publicToken',
  'session-cookie': 'sessionCookie',
  'timeout-ms': 'timeoutMs',
} as const satisfies Record<string, keyof TotpChallenge>;

/** `<totp-challenge>`'s properties without an attribute. */
export const totpChallengeProperties = ['client', 'strings', 'sessionToken', 'trustedApiOrigins'] as const satisfies readonly (keyof TotpChallenge)[];

/** `<totp-challenge>`: listener prop → event name. */
export const totpChallengeEvents = {
  onTotpAuthenticated: 'totp-authenticated',
  onUserChange: 'user-change',
  onTotpError: 'totp-error',
} as const;

type ChallengeAttributeName = keyof typeof totpChallengeAttributes;
type ChallengePropertyOf<A extends ChallengeAttributeName> = (typeof totpChallengeAttributes)[A];
type ChallengeEventName = (typeof totpChallengeEvents)[keyof typeof totpChallengeEvents];

export type TotpChallengeAttributes = { [A in ChallengeAttributeName]?: AttributeValue<TotpChallenge[ChallengePropertyOf<A>]> };
export type TotpChallengeAttributeProps = {
  [A in ChallengeAttributeName as ChallengePropertyOf<A>]?: AttributeValue<TotpChallenge[ChallengePropertyOf<A>]>;
};
export type TotpChallengeProperties = { [P in (typeof totpChallengeProperties)[number]]?: TotpChallenge[P] };
export type TotpChallengeEvents = { [N in ChallengeEventName]: HTMLElementEventMap[N] };
export type TotpChallengeListenerProps = {
  [K in keyof typeof totpChallengeEvents]?: (event: TotpChallengeEvents[(typeof totpChallengeEvents)[K]]) => void;
};
export type TotpChallengeLowercaseListeners = {
  [N in ChallengeEventName as `on${N}`]?: (event: TotpChallengeEvents[N]) => void;
};
