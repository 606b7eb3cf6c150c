/*
 * `<totp-enroll>`'s texts: the types of all of them, and the first screen's English (all a page
 * loads before the user starts). The steps' English loads with the flow (flow/flow-strings.ts);
 * the texts both elements share are in i18n/common.ts, other languages in i18n/locales/.
 */
import type { CommonStrings } from '../i18n/common.js';
import { headingEn } from '../i18n/heading.js';
import { registeredStrings } from '../i18n/registry.js';
import type { RecoveryFieldStrings } from '../i18n/recovery-field-en.js';

/**
 * Every string the element shows or announces. Override any of them with the element's
 * `strings` property; a language comes from the nearest `lang` attribute, once its locale
 * module is imported (`totp-enroll/locales/de.js`). English is built in.
 */
export type TotpEnrollStrings = SetupStrings & ManageStrings;

/** What the setup ("Set up" and its steps) says: the enrollment flow's chunk holds no more. */
export type SetupStrings = StartStrings & FlowStrings;

/** The first screen's: before the user starts. */
export interface StartStrings extends Pick<CommonStrings, 'heading' | 'dir'> {
  description: string;
  start: string;
  starting: string;
  /** On the start button while the element learns whether the user already has an authenticator app. */
  checking: string;
  /** Shown when the enrollment flow's code could not be loaded (offline, a blocked script). */
  loadFailed: string;
}

/** The parts of the downloaded and printed recovery codes' header. */
export interface RecoveryFileHeader {
  issuer: string;
  account: string;
  /** The date, formatted for the user's language. */
  date: string;
}

/**
 * The strings of the steps after "Set up": they load with the enrollment flow, so a page
 * pays for them only when the user starts.
 */
export interface FlowStrings extends Omit<CommonStrings, 'heading'> {
  stepOf: (step: number, total: number) => string;
  stepScan: string;
  scanHelp: string;
  qrAlt: string;
  addsAccount: string;
  cantScan: string;
  secretHelp: string;
  secretLabel: string;
  copySecret: string;
  openInApp: string;
  next: string;
  back: string;
  stepConfirm: string;
  codeHelp: string;
  expiresIn: (relativeTime: string) => string;
  stepCodes: string;
  codesHelp: string;
  copyAllCodes: string;
  downloadCodes: string;
  printCodes: string;
  savedCheckbox: string;
  finish: string;
  finishHint: string;
  recoveryFileName: (issuer: string) => string;
  recoveryFileHeader: (header: RecoveryFileHeader) => string;
  stepDone: string;
  doneHelp: string;
  expiredHeading: string;
  expiredHelp: string;
  replacedHeading: string;
  replacedHelp: string;
  startOver: string;
  errorHeading: string;
  retry: string;
  /** Under an error whose answer said when to retry (429/503 with Retry-After); counts down. `n`: the number `seconds` formats. */
  retryIn: (seconds: string, n: number) => string;
  copied: string;
  /** Shown beside a copy button whose text is selected because the clipboard refused. */
  pressToCopy: (keys: string) => string;
  downloaded: string;
  /** `active_totp_exists`: "Set up" met an app that is already there; the "on" state opens with this. */
  alreadyOn: string;
}

/**
 * The strings of the "on" state and its actions (an enrolled user's): they load with that chunk,
 * only for a user who has an authenticator app. The step-up's field reuses the challenge's words.
 */
export interface ManageStrings extends RecoveryFieldStrings {
  onHeading: string;
  /** When the backend says when the app was added; `date` is formatted for the language. */
  onSince: (date: string) => string;
  onHelp: string;
  viewCodes: string;
  replaceApp: string;
  removeApp: string;
  cancel: string;
  /** The step-up: a code before the codes are shown or the app is removed. */
  stepUpHeading: string;
  stepUpHelp: string;
  sessionExpired: string;
  codesHeading: string;
  codesViewHelp: string;
  /** How many unused codes are left; `count` is formatted for the language. */
  codesLeft: (count: string, n: number) => string;
  /** Added when 3 or fewer are left. */
  codesLow: string;
  loadingCodes: string;
  done: string;
  removeHeading: string;
  removeHelp: string;
  removeConfirm: string;
  removing: string;
  removed: string;
  replaceHeading: string;
  replaceHelp: string;
  replaceConfirm: string;
  /** `totp_not_found`: the app is gone (removed on another device); "Set up" is what helps. */
  removedElsewhereHeading: string;
  removedElsewhereHelp: string;
  actionFailed: string;
}

export const startEn: StartStrings = {
  heading: headingEn,
  description: 'Add a second sign-in step with an authenticator app such as Google Authenticator, 1Password or Authy.',
  start: 'Set up authenticator app',
  starting: 'Setting up…',
  checking: 'Checking…',
  loadFailed: 'The setup could not load. Check your connection and reload the page.',
};

/** The first screen's texts for a BCP 47 tag (`de-AT` → `de`): English, then what that language registered. */
export function startStringsFor(lang: string): StartStrings {
  return { ...startEn, ...registeredStrings<StartStrings>('totp-enroll', lang) };
}
