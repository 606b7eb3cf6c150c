import type { codeFieldEn, CommonStrings } from './common.js';

/** The English of what a check of the code can answer: loaded only with the chunks that send a code. */
export const codeFailureEn: Omit<CommonStrings, 'heading' | keyof typeof codeFieldEn> = {
  wrongCode: 'That code didn’t work. Check your app and enter the current code.',
  clockHint: 'Still not working? Make sure your phone’s clock is set automatically.',
  codeReused: 'That code was just used. Wait for the next code in your app, then enter it.',
  lastTryWarning: 'One more wrong code locks sign-in for a while.',
  tooManyAttempts: (seconds) => `Too many attempts. Try again in ${seconds} seconds.`,
  canRetryNow: 'You can try again now.',
  configProblem: (setting) => `This page isn’t set up for this yet (${setting}). Please contact the site’s support.`,
  networkProblem: 'We couldn’t reach the server. Check your connection and try again.',
  serverProblem: 'Something went wrong on our side. Please try again.',
  secondFactorNeeded: 'For your security, sign in with your current second step (such as a code by text message) first, then come back here.',
};

/** The English of a recovery code the backend refused (the challenge's and the step-up's). */
export const recoveryFailureEn = {
  wrongRecoveryCode: 'That recovery code didn’t work. Check it, or use another one: each code works only once.',
};
