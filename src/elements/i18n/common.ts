/**
 * The texts both elements show, with the same meaning in each: the card's heading and the code
 * entry (its field, what a wrong code or a lockout says, and the problems a request can meet).
 * Written once in English — here the code field's, in code-failure-en.ts what a check can answer,
 * in heading.ts the heading: modules apart, so a first screen takes only what it shows — and
 * translated once per locale module.
 */
export interface CommonStrings {
  /**
   * `'rtl'` in a language written right to left (the Arabic module sets it): the card then reads
   * right to left whatever the page's `dir`, so `lang="ar"` alone is enough. Unset: the page's direction.
   */
  dir?: 'rtl';
  heading: string;
  codeLabel: string;
  verify: string;
  verifying: string;
  codeFormat: string;
  wrongCode: string;
  /** Added to the wrong-code message from the second miss on. */
  clockHint: string;
  /** A right code whose 30-second window was already used (sign-in, or another tab): not a wrong code. */
  codeReused: string;
  /** Added to a refusal when the backend says one more wrong code locks sign-in. */
  lastTryWarning: string;
  /** `seconds` is formatted for the language; `n` is the number, for a language whose plural needs it (Arabic). */
  tooManyAttempts: (seconds: string, n: number) => string;
  canRetryNow: string;
  /** A fault of the page's setup (a bad attribute, an unknown public token): retrying cannot help. */
  configProblem: (setting: string) => string;
  networkProblem: string;
  serverProblem: string;
  /** The backend asks for a second factor first (Stytch's MFA rule): trying again here cannot help. */
  secondFactorNeeded: string;
}

/** The code field's English (the heading comes from heading.ts): what a first screen with a code field shows. */
export const codeFieldEn: Pick<CommonStrings, 'codeLabel' | 'verify' | 'verifying' | 'codeFormat'> = {
  codeLabel: 'Code from your app',
  verify: 'Verify',
  verifying: 'Verifying…',
  codeFormat: 'Enter the 6 digits your app shows.',
};
