import { recoveryFailureEn } from '../../i18n/code-failure-en.js';
import { recoveryFieldEn } from '../../i18n/recovery-field-en.js';
import { registeredStrings } from '../../i18n/registry.js';
import { en } from '../flow/flow-strings.js';
import { startEn, type ManageStrings, type TotpEnrollStrings } from '../strings.js';

/** The "on" state's English: loaded with its chunk, only for a user who has an authenticator app. */
export const manageEn: ManageStrings = {
  onHeading: 'Authenticator app is on',
  onSince: (date) => `Added on ${date}.`,
  onHelp: 'When you sign in, you enter a code from your authenticator app, or one of your recovery codes.',
  viewCodes: 'View recovery codes',
  replaceApp: 'Replace authenticator app',
  removeApp: 'Remove',
  cancel: 'Cancel',
  stepUpHeading: 'Confirm it’s you',
  stepUpHelp: 'For your security, enter the code your authenticator app shows now.',
  // The step-up is the challenge's code entry: the same words, written once.
  ...recoveryFieldEn,
  ...recoveryFailureEn,
  sessionExpired: 'Your sign-in has expired. Sign in again, then come back here.',
  codesHeading: 'Your recovery codes',
  codesViewHelp: 'If you lose your phone, each code lets you sign in once. Keep them somewhere safe, like a password manager.',
  codesLeft: (count, n) => (n === 0 ? 'You have no recovery codes left.' : n === 1 ? '1 recovery code left.' : `${count} recovery codes left.`),
  codesLow: 'You’re running low. Replace your authenticator app to get a new set of codes.',
  loadingCodes: 'Loading…',
  done: 'Done',
  removeHeading: 'Remove your authenticator app?',
  removeHelp: 'You will sign in without a code from your app, and your recovery codes stop working. Your account is then less protected.',
  removeConfirm: 'Remove authenticator app',
  removing: 'Removing…',
  removed: 'Authenticator app removed',
  replaceHeading: 'Replace your authenticator app?',
  replaceHelp: 'Your current app and recovery codes stop working now. Until you confirm a code from the new app, your account has no authenticator app.',
  replaceConfirm: 'Remove and set up again',
  removedElsewhereHeading: 'Your authenticator app was already removed',
  removedElsewhereHelp: 'Perhaps on another device. Your account has no authenticator app now: set one up to protect it again.',
  actionFailed: 'That didn’t work',
};

/** Every text of the element for a language: English, then what its locale module registered, then the page's overrides. */
export function manageStringsFor(lang: string, overrides: Partial<TotpEnrollStrings>): TotpEnrollStrings {
  return { ...startEn, ...en, ...manageEn, ...registeredStrings<TotpEnrollStrings>('totp-enroll', lang), ...overrides };
}
