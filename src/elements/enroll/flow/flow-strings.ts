import { codeFailureEn } from '../../i18n/code-failure-en.js';
import { codeFieldEn } from '../../i18n/common.js';
import { registeredStrings } from '../../i18n/registry.js';
import type { FlowStrings, StartStrings, SetupStrings } from '../strings.js';

/** The steps' English: loaded with the flow, so a page pays for it only when the user starts. */
export const en: FlowStrings = {
  ...codeFieldEn,
  ...codeFailureEn,
  stepOf: (step, total) => `Step ${step} of ${total}`,
  stepScan: 'Scan the QR code',
  scanHelp: 'In your authenticator app, add an account and scan this code.',
  qrAlt: 'QR code for adding this account to an authenticator app',
  addsAccount: 'Adds',
  cantScan: 'Can’t scan it?',
  secretHelp: 'Or enter this setup key in your app:',
  secretLabel: 'Setup key',
  copySecret: 'Copy key',
  openInApp: 'Open in authenticator app',
  next: 'Next',
  back: 'Back',
  stepConfirm: 'Enter the 6-digit code',
  codeHelp: 'Enter the code your app shows for this account.',
  expiresIn: (relativeTime) => `This setup expires ${relativeTime}.`,
  stepCodes: 'Save your recovery codes',
  codesHelp: 'If you lose your phone, each code lets you sign in once. Keep them somewhere safe, like a password manager.',
  copyAllCodes: 'Copy all',
  downloadCodes: 'Download',
  printCodes: 'Print',
  savedCheckbox: 'I have saved these codes',
  finish: 'Finish',
  finishHint: 'Save the codes first, or tick the box.',
  recoveryFileName: (issuer) => `${issuer}-recovery-codes.txt`,
  recoveryFileHeader: ({ issuer, account, date }) =>
    `${issuer} recovery codes\nAccount: ${account}\nSaved: ${date}\nEach code works once.`,
  stepDone: 'Your authenticator app is set up',
  doneHelp: 'Next time you sign in, enter the code from your app. Keep your recovery codes safe.',
  expiredHeading: 'This setup has expired',
  expiredHelp: 'For your security, an unfinished setup expires. Start over to get a new QR code, and remove the old entry from your app if you added it.',
  replacedHeading: 'A newer setup replaced this one',
  replacedHelp: 'You started setting up again, perhaps in another tab, so this QR code no longer works. Start over here, or finish in the newer setup, and remove the old entry from your app.',
  startOver: 'Start over',
  errorHeading: 'Setup didn’t work',
  retry: 'Try again',
  retryIn: (seconds) => `You can try again in ${seconds} seconds.`,
  copied: 'Copied',
  pressToCopy: (keys) => `Selected. Press ${keys} to copy.`,
  downloaded: 'Download started',
  alreadyOn: 'This account already has an authenticator app. You can view its recovery codes, replace it or remove it here.',
};

/** All the element's texts for a language: English, then what its locale module registered, then the page's overrides. */
export function flowStrings(registered: Partial<SetupStrings>, start: StartStrings, overrides: Partial<SetupStrings>): SetupStrings {
  return { ...start, ...en, ...registered, ...overrides };
}

/** The flow's strings for a BCP 47 tag (`de-AT` → `de`): English, then what that language's module registered. */
export function flowStringsFor(lang: string): FlowStrings {
  return { ...en, ...registeredStrings<FlowStrings>('totp-enroll', lang) };
}
