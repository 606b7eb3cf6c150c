/*
 * `<totp-enroll>`'s first screen's English texts: all a page loads before the user starts. The
 * steps' texts (messages.ts) load with the flow; other languages come from i18n/.
 */
import { commonEn, type CommonStrings } from '../i18n/common.js';
import { registeredStrings } from '../i18n/registry.js';

export interface StartStrings extends Pick<CommonStrings, 'heading'> {
  description: string;
  start: string;
  starting: string;
  /** Shown when the enrollment flow's code could not be loaded (offline, a blocked script). */
  loadFailed: string;
}

export const startEn: StartStrings = {
  heading: commonEn.heading,
  description: 'Add a second step to your sign-in with an authenticator app such as Google Authenticator, Microsoft Authenticator, 1Password or Authy.',
  start: 'Set up authenticator app',
  starting: 'Setting up…',
  loadFailed: 'The setup could not be loaded. Check your connection and reload the page.',
};

/** The first screen's texts for a BCP 47 tag (`de-AT` → `de`): English, then what that language registered. */
export function startStringsFor(lang: string): StartStrings {
  return { ...startEn, ...registeredStrings<StartStrings>('totp-enroll', lang) };
}
