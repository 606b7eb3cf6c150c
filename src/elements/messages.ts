import { de } from './locales/de.js';
import { ownEntry, primaryLanguage, type StartStrings } from './start-strings.js';

/**
 * Every string the element shows or announces. Override any of them with the
 * element's `strings` property; locales are picked from the nearest `lang` attribute.
 */
export type TotpEnrollStrings = StartStrings & FlowStrings;

/**
 * The strings of the steps after "Set up": they load with the enrollment flow, so a
 * page pays for them only when the user starts.
 */
export interface FlowStrings {
  stepScan: string;
  scanHelp: string;
  qrAlt: string;
  cantScan: string;
  secretLabel: string;
  copySecret: string;
  openInApp: string;
  stepCodes: string;
  codesHelp: string;
  copyCode: (n: number) => string;
  copyAllCodes: string;
  downloadCodes: string;
  downloadFileName: string;
  stepVerify: string;
  codeLabel: string;
  codeHelp: string;
  verify: string;
  verifying: string;
  codeFormat: string;
  wrongCode: string;
  tooManyAttempts: (seconds: string) => string;
  expiresIn: (relativeTime: string) => string;
  expiredHeading: string;
  expiredHelp: string;
  startOver: string;
  verifiedHeading: string;
  verifiedHelp: string;
  verifiedCodesReminder: string;
  errorHeading: string;
  retry: string;
  /** Under an error whose answer said when to retry (429/503 with Retry-After); counts down. */
  retryIn: (seconds: string) => string;
  copied: string;
  copyFailed: string;
  downloaded: string;
  created: string;
}

export const en: FlowStrings = {
  stepScan: 'Scan the QR code',
  scanHelp: 'In your authenticator app, add an account and scan this code.',
  qrAlt: 'QR code for adding this account to an authenticator app',
  cantScan: 'Can’t scan it? Enter this setup key instead.',
  secretLabel: 'Setup key',
  copySecret: 'Copy key',
  openInApp: 'Open in authenticator app',
  stepCodes: 'Save your recovery codes',
  codesHelp: 'If you lose your phone, each code lets you sign in once. Keep them somewhere safe, like a password manager.',
  copyCode: (n) => `Copy recovery code ${n}`,
  copyAllCodes: 'Copy all',
  downloadCodes: 'Download .txt',
  downloadFileName: 'recovery-codes.txt',
  stepVerify: 'Enter the 6-digit code',
  codeLabel: 'Code from your app',
  codeHelp: 'Enter the code your app shows for this account.',
  verify: 'Verify',
  verifying: 'Verifying…',
  codeFormat: 'Enter the 6 digits your app shows.',
  wrongCode: 'That code didn’t work. Check your app and enter the current code.',
  tooManyAttempts: (seconds) => `Too many attempts. Try again in ${seconds} seconds.`,
  expiresIn: (relativeTime) => `This setup expires ${relativeTime}.`,
  expiredHeading: 'This setup has expired',
  expiredHelp: 'For your security, an unfinished setup expires. Start over to get a new QR code, and remove the old entry from your app if you added it.',
  startOver: 'Start over',
  verifiedHeading: 'Your authenticator app is set up',
  verifiedHelp: 'Next time you sign in, enter the code from your app.',
  verifiedCodesReminder: 'Make sure you have saved your recovery codes:',
  errorHeading: 'Setup didn’t work',
  retry: 'Try again',
  retryIn: (seconds) => `You can try again in ${seconds} seconds.`,
  copied: 'Copied',
  copyFailed: 'Copying is blocked here. The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
  downloaded: 'Download started',
  created: 'Scan the QR code with your authenticator app.',
};

/** Locales that ship with the element, by primary language subtag. */
export const locales: Record<string, FlowStrings> = { en, de };

/** The flow's strings for a BCP 47 tag (`de-AT` → `de`), English when none fits. */
export function flowStringsFor(lang: string): FlowStrings {
  return ownEntry(locales, primaryLanguage(lang)) ?? en;
}
