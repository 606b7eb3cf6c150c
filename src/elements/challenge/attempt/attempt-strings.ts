import { codeFailureEn, recoveryFailureEn } from '../../i18n/code-failure-en.js';
import type { ChallengeFormStrings, FormStrings, TotpChallengeStrings } from '../strings.js';

/** The English of what a check answers and the screens after it: loaded with the attempt's chunk. */
export const attemptEn: Omit<TotpChallengeStrings, keyof ChallengeFormStrings> = {
  ...codeFailureEn,
  ...recoveryFailureEn,
  signedInHeading: 'You’re signed in',
  signedIn: 'You’re signed in.',
  signedInWithRecovery: 'You’re signed in with a recovery code. That code is now used up.',
  codesRemaining: (count, n) => (n === 0 ? 'That was your last recovery code.' : n === 1 ? 'You have 1 recovery code left.' : `You have ${count} recovery codes left.`),
  setUpAgain: 'Lost your phone? In your account settings, under two-factor authentication, choose “Replace authenticator app” and save the new recovery codes.',
  notEnrolledHeading: 'No authenticator app is set up',
  notEnrolledHelp: 'This account has no authenticator app for two-factor authentication yet. Set one up to continue.',
  sessionExpiredHeading: 'Your sign-in has expired',
  sessionExpiredHelp: 'For your security, the first step of your sign-in timed out. Sign in again to continue.',
};

/**
 * All the texts: the form's as the element has them (English, the language's, the page's — see
 * `formStringsFor`, which also carries what the language and the page set for the rest), over
 * this English for the rest. Built from the element's, so this chunk takes none of the form's modules.
 */
export function challengeStrings(form: FormStrings): TotpChallengeStrings {
  return { ...attemptEn, ...form };
}
