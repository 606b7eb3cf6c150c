'use client';
/**
 * `totp-enroll/react`: `<TotpEnroll>`, a React component made with `@lit/react`, for React 18
 * and 19 alike and for React Server Components pages (a client component):
 *
 *     <TotpEnroll expirationMinutes={10} client={stytch} onTotpCreated={(e) => …} />
 *
 * It sets every prop as the element's property after hydration and adds the listeners itself.
 * Importing it also types the bare `<totp-enroll>` tag for React 19's JSX (`ontotp-created`).
 * `<TotpChallenge>` is the same for `<totp-challenge>` (`onTotpAuthenticated`, `ontotp-authenticated`).
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { TotpChallenge as TotpChallengeElement } from '../elements/challenge/totp-challenge.js';
import { TotpEnroll as TotpEnrollElement } from '../elements/enroll/totp-enroll.js';
import type {
  TotpChallengeAttributes, TotpChallengeEvents, TotpChallengeLowercaseListeners, TotpChallengeProperties,
  TotpEnrollAttributes, TotpEnrollEvents, TotpEnrollLowercaseListeners, TotpEnrollProperties,
} from './attributes.js';
import { totpChallengeEvents, totpEnrollEvents } from './attributes.js';

type ReactEvents = { [K in keyof typeof totpEnrollEvents]: EventName<TotpEnrollEvents[(typeof totpEnrollEvents)[K]]> };

/** `<totp-enroll>` as a React component; `ref` gives the element. */
export const TotpEnroll = createComponent({
  tagName: 'totp-enroll',
  elementClass: TotpEnrollElement,
  react: React,
  events: totpEnrollEvents as ReactEvents,
  displayName: 'TotpEnroll',
});

type ChallengeReactEvents = {
  [K in keyof typeof totpChallengeEvents]: EventName<TotpChallengeEvents[(typeof totpChallengeEvents)[K]]>;
};

/** `<totp-challenge>` as a React component; `ref` gives the element. */
export const TotpChallenge = createComponent({
  tagName: 'totp-challenge',
  elementClass: TotpChallengeElement,
  react: React,
  events: totpChallengeEvents as ChallengeReactEvents,
  displayName: 'TotpChallenge',
});

/** The props of `<TotpChallenge>`. */
export type TotpChallengeProps = React.ComponentProps<typeof TotpChallenge>;

/** What the bare `<totp-challenge>` accepts in React 19's JSX. */
export type TotpChallengeJsxProps = React.DetailedHTMLProps<React.HTMLAttributes<TotpChallengeElement>, TotpChallengeElement>
  & TotpChallengeAttributes & TotpChallengeProperties & TotpChallengeLowercaseListeners;

/** The props of `<TotpEnroll>`. */
export type TotpEnrollProps = React.ComponentProps<typeof TotpEnroll>;

/** What the bare `<totp-enroll>` accepts in React 19's JSX. */
export type TotpEnrollJsxProps = React.DetailedHTMLProps<React.HTMLAttributes<TotpEnrollElement>, TotpEnrollElement>
  & TotpEnrollAttributes & TotpEnrollProperties & TotpEnrollLowercaseListeners;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'totp-enroll': TotpEnrollJsxProps;
      'totp-challenge': TotpChallengeJsxProps;
    }
  }
}
