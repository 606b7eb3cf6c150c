/*
 * Registers German for both elements, as a page does by importing `totp-enroll/locales/de.js`.
 * The one place the browser suites name the locale module's path inside src/.
 */
import '../../src/elements/i18n/locales/de.js';
