/**
 * The card's heading in English, the one shared text each element's first screen shows: a module
 * of its own so that `<totp-enroll>`'s first screen takes it without the rest of common.ts.
 */
export const headingEn = 'Two-factor authentication';
