/*
 * Registers Arabic for both elements, as a page does by importing `totp-enroll/locales/ar.js`.
 * The one place the browser suites name the Arabic module's path inside src/ (German's: german.ts).
 */
import '../../src/elements/i18n/locales/ar.js';
