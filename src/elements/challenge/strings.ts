/*
 * `<totp-challenge>`'s texts: the types of all of them, and the form's English (all a page loads
 * up front). The English of what a check answers loads with the attempt (attempt/attempt-strings.ts);
 * the texts both elements share are in i18n/common.ts, other languages in i18n/locales/.
 */
import { codeFieldEn, type CommonStrings } from '../i18n/common.js';
import { headingEn } from '../i18n/heading.js';
import { recoveryFieldEn, type RecoveryFieldStrings } from '../i18n/recovery-field-en.js';
import { registeredStrings } from '../i18n/registry.js';

/** Every string `<totp-challenge>` shows or announces; override any with its `strings` property. */
export interface TotpChallengeStrings extends CommonStrings, RecoveryFieldStrings {
  signInHelp: string;
  /** The signed-in screen's heading. */
  signedInHeading: string;
  /** Announced when signed in with the app's code. */
  signedIn: string;
  signedInWithRecovery: string;
  /** After a recovery, when the backend says how many codes are left; `count` is formatted for the language. */
  codesRemaining: (count: string, n: number) => string;
  setUpAgain: string;
  notEnrolledHeading: string;
  notEnrolledHelp: string;
  sessionExpiredHeading: string;
  sessionExpiredHelp: string;
  /** The code (or recovery code) field's loading failed: offline while the page was idle. */
  loadFailed: string;
}

/** What the form says before any answer from the backend: the first screen's. */
export type ChallengeFormStrings = Pick<TotpChallengeStrings, 'heading' | keyof typeof codeFieldEn | 'signInHelp'
  | keyof typeof recoveryFieldEn | 'loadFailed'>;

/** The form's texts, and any other the language or the page set. */
export type FormStrings = ChallengeFormStrings & Partial<TotpChallengeStrings>;

export const formEn: ChallengeFormStrings = {
  heading: headingEn,
  ...codeFieldEn,
  signInHelp: 'Open your authenticator app and enter the 6-digit code it shows for this account.',
  ...recoveryFieldEn,
  loadFailed: 'This could not be loaded. Check your connection and reload the page.',
};

/**
 * The form's texts: English, then what the language's locale module registered, then the page's
 * overrides — with what those two set for the other texts, which the attempt reads over its English.
 */
export function formStringsFor(lang: string, overrides: Partial<TotpChallengeStrings>): FormStrings {
  return { ...formEn, ...registeredStrings<TotpChallengeStrings>('totp-challenge', lang), ...overrides };
}
