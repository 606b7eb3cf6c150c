/**
 * The texts both elements show, with the same meaning in each: the card's heading and the code
 * entry (its field, what a wrong code or a lockout says, and the problems a request can meet).
 * Written once in English (here, and the heading in heading.ts), translated once per locale module.
 */
export interface CommonStrings {
  heading: string;
  codeLabel: string;
  verify: string;
  verifying: string;
  codeFormat: string;
  wrongCode: string;
  /** Added to the wrong-code message from the second miss on. */
  clockHint: string;
  tooManyAttempts: (seconds: string) => string;
  canRetryNow: string;
  /** A fault of the page's setup (a bad attribute, an unknown public token): retrying cannot help. */
  configProblem: (setting: string) => string;
  networkProblem: string;
  serverProblem: string;
  /** The backend asks for a second factor first (Stytch's MFA rule): trying again here cannot help. */
  secondFactorNeeded: string;
}

/** The English of all but the heading, which each first screen takes from heading.ts (no chunk then needs this one's). */
export const commonEn: Omit<CommonStrings, 'heading'> = {
  codeLabel: 'Code from your app',
  verify: 'Verify',
  verifying: 'Verifying…',
  codeFormat: 'Enter the 6 digits your app shows.',
  wrongCode: 'That code didn’t work. Check your app and enter the current code.',
  clockHint: 'Still not working? Make sure your phone’s clock is set automatically.',
  tooManyAttempts: (seconds) => `Too many attempts. Try again in ${seconds} seconds.`,
  canRetryNow: 'You can try again now.',
  configProblem: (setting) => `This page isn’t set up for this yet (${setting}). Please contact the site’s support.`,
  networkProblem: 'We couldn’t reach the server. Check your connection and try again.',
  serverProblem: 'Something went wrong on our side. Please try again.',
  secondFactorNeeded: 'For your security, sign in with your current second step (such as a code by text message) first, then come back here.',
};
