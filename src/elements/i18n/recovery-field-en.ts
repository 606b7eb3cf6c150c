/**
 * The recovery-code field's English: `<totp-challenge>`'s form and `<totp-enroll>`'s step-up both
 * offer it, with the same words.
 */
/** The recovery-code field's words, and what a refused recovery code says: in both elements' string types. */
export interface RecoveryFieldStrings {
  useRecoveryCode: string;
  useAuthenticator: string;
  recoveryLabel: string;
  recoveryHelp: string;
  recoveryFormat: string;
  wrongRecoveryCode: string;
}

export const recoveryFieldEn: Omit<RecoveryFieldStrings, 'wrongRecoveryCode'> = {
  useRecoveryCode: 'Use a recovery code instead',
  useAuthenticator: 'Use your authenticator app instead',
  recoveryLabel: 'Recovery code',
  recoveryHelp: 'Enter one of the recovery codes you saved when you set up your authenticator app. Each code works once.',
  recoveryFormat: 'Enter one of your recovery codes, such as abcd-1234-efgh.',
};
