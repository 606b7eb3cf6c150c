/*
 * `<totp-challenge>`'s English texts: the ones it shares with `<totp-enroll>` (`heading`, `codeLabel`,
 * `wrongCode`, …) come from i18n/common.ts, the rest are its own. Other languages come from i18n/.
 */
import { commonEn, type CommonStrings } from '../i18n/common.js';
import { headingEn } from '../i18n/heading.js';
import { registeredStrings } from '../i18n/registry.js';

/** Every string `<totp-challenge>` shows or announces; override any with its `strings` property. */
export interface TotpChallengeStrings extends CommonStrings {
  signInHelp: string;
  useRecoveryCode: string;
  useAuthenticator: string;
  recoveryLabel: string;
  recoveryHelp: string;
  recoveryFormat: string;
  wrongRecoveryCode: string;
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

export const challengeEn: TotpChallengeStrings = {
  heading: headingEn,
  ...commonEn,
  signInHelp: 'Open your authenticator app and enter the 6-digit code it shows for this account.',
  useRecoveryCode: 'Use a recovery code instead',
  useAuthenticator: 'Use your authenticator app instead',
  recoveryLabel: 'Recovery code',
  recoveryHelp: 'Enter one of the recovery codes you saved when you set up your authenticator app. Each code works once.',
  recoveryFormat: 'Enter one of your recovery codes, such as abcd-1234-efgh.',
  wrongRecoveryCode: 'That recovery code didn’t work. Check it, or use another one: each code works only once.',
  signedIn: 'You’re signed in.',
  signedInWithRecovery: 'You’re signed in with a recovery code. That code is now used up.',
  codesRemaining: (count, n) => (n === 0 ? 'That was your last recovery code.' : n === 1 ? 'You have 1 recovery code left.' : `You have ${count} recovery codes left.`),
  setUpAgain: 'Lost your phone? In your account settings, under two-factor authentication, choose “Replace authenticator app” and save the new recovery codes.',
  notEnrolledHeading: 'No authenticator app is set up',
  notEnrolledHelp: 'This account has no authenticator app for two-factor authentication yet. Set one up to continue.',
  sessionExpiredHeading: 'Your sign-in has expired',
  sessionExpiredHelp: 'For your security, the first step of your sign-in timed out. Sign in again to continue.',
  loadFailed: 'This could not be loaded. Check your connection and reload the page.',
};

/** English, then what the language's locale module registered, then the page's overrides. */
export function challengeStringsFor(lang: string, overrides: Partial<TotpChallengeStrings>): TotpChallengeStrings {
  return { ...challengeEn, ...registeredStrings<TotpChallengeStrings>('totp-challenge', lang), ...overrides };
}
