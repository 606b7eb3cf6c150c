import type { TotpChallengeStrings } from '../challenge/strings.js';
import type { TotpEnrollStrings } from '../enroll/strings.js';
import { addStrings } from './registry.js';

/**
 * Adds a language (its primary subtag, e.g. `fr`) to both elements, or with `element` to one.
 * Keys the two share (`heading`, `codeLabel`, `wrongCode`, …) mean the same in both; `loadFailed`
 * is each element's own (the setup, or the sign-in, could not be loaded): register it per element.
 * The package's locale modules (`totp-enroll/locales/de.js`) call it as they load.
 */
export function registerStrings(lang: string, strings: Partial<TotpEnrollStrings>, element: 'totp-enroll'): void;
export function registerStrings(lang: string, strings: Partial<TotpChallengeStrings>, element: 'totp-challenge'): void;
export function registerStrings(lang: string, strings: Partial<TotpEnrollStrings> | Partial<TotpChallengeStrings>): void;
export function registerStrings(
  lang: string, strings: Partial<TotpEnrollStrings> | Partial<TotpChallengeStrings>, element?: 'totp-enroll' | 'totp-challenge',
): void {
  if (element !== 'totp-challenge') addStrings('totp-enroll', lang, strings);
  if (element !== 'totp-enroll') addStrings('totp-challenge', lang, strings);
}
