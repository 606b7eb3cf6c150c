import type { TotpChallengeStrings } from '../challenge/strings.js';
import type { TotpEnrollStrings } from '../enroll/strings.js';
import { addStrings } from './registry.js';

/** The typed signatures of {@link registerStrings}. */
export interface RegisterStrings {
  (lang: string, strings: Partial<TotpEnrollStrings>, element: 'totp-enroll'): void;
  (lang: string, strings: Partial<TotpChallengeStrings>, element: 'totp-challenge'): void;
  (lang: string, strings: Partial<TotpEnrollStrings> | Partial<TotpChallengeStrings>): void;
}

/**
 * Adds a language (its primary subtag, e.g. `fr`) to both elements, or with `element` to one.
 * Keys the two share (`heading`, `codeLabel`, `wrongCode`, …) mean the same in both; `loadFailed`
 * is each element's own (the setup, or the sign-in, could not be loaded): register it per element.
 * The package's locale modules (`totp-enroll/locales/de.js`) call it as they load.
 */
export const registerStrings: RegisterStrings = addStrings;
