/**
 * `<totp-enroll>` in Svelte 5 markup (svelte-check): `import type {} from 'totp-enroll/svelte'`
 * once. Svelte 5 sets `client` and `strings` as properties and binds `ontotp-created` as a
 * listener; a misspelt attribute or listener is an error.
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { TotpChallenge } from '../elements/challenge/totp-challenge.js';
import type { TotpEnroll } from '../elements/enroll/totp-enroll.js';
import type {
  TotpChallengeAttributes, TotpChallengeLowercaseListeners, TotpChallengeProperties,
  TotpEnrollAttributes, TotpEnrollLowercaseListeners, TotpEnrollProperties,
} from './attributes.js';

/** What `<totp-enroll>` accepts in Svelte markup. */
export type TotpEnrollSvelteProps = HTMLAttributes<TotpEnroll>
  & TotpEnrollAttributes & TotpEnrollProperties & TotpEnrollLowercaseListeners;

/** What `<totp-challenge>` accepts in Svelte markup. */
export type TotpChallengeSvelteProps = HTMLAttributes<TotpChallenge>
  & TotpChallengeAttributes & TotpChallengeProperties & TotpChallengeLowercaseListeners;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'totp-enroll': TotpEnrollSvelteProps;
    'totp-challenge': TotpChallengeSvelteProps;
  }
}
