/**
 * German. Import it once (`import 'totp-enroll/locales/de.js'`) and every `<totp-enroll>` and
 * `<totp-challenge>` under a `lang="de…"` speaks German; pages that do not import it do not load it.
 * A section per element, each typed as that element's whole table: a missing key fails to compile.
 */
import type { TotpChallengeStrings } from '../../challenge/strings.js';
import type { TotpEnrollStrings } from '../../enroll/strings.js';
import type { CommonStrings } from '../common.js';
import { registerStrings } from '../register-strings.js';

/** What both elements say alike: the heading and the code entry. */
const common: CommonStrings = {
  heading: 'Zwei-Faktor-Authentifizierung',
  codeLabel: 'Code aus Ihrer App',
  verify: 'Bestätigen',
  verifying: 'Wird geprüft …',
  codeFormat: 'Geben Sie die 6 Ziffern aus Ihrer App ein.',
  wrongCode: 'Dieser Code hat nicht funktioniert. Prüfen Sie Ihre App und geben Sie den aktuellen Code ein.',
  clockHint: 'Klappt es weiterhin nicht? Stellen Sie sicher, dass die Uhr Ihres Telefons automatisch gestellt wird.',
  codeReused: 'Dieser Code wurde gerade verwendet. Warten Sie auf den nächsten Code in Ihrer App und geben Sie ihn dann ein.',
  lastTryWarning: 'Ein weiterer falscher Code sperrt die Anmeldung für eine Weile.',
  tooManyAttempts: (seconds) => `Zu viele Versuche. Versuchen Sie es in ${seconds} Sekunden erneut.`,
  canRetryNow: 'Sie können es jetzt erneut versuchen.',
  configProblem: (setting) => `Diese Seite ist dafür noch nicht eingerichtet (${setting}). Bitte wenden Sie sich an den Support der Website.`,
  networkProblem: 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  serverProblem: 'Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es erneut.',
  secondFactorNeeded: 'Melden Sie sich zu Ihrer Sicherheit zuerst mit Ihrem bisherigen zweiten Schritt an (etwa einem Code per SMS) und kommen Sie dann hierher zurück.',
};

/** The recovery-code field's words: the challenge's, and `<totp-enroll>`'s step-up's. */
const recoveryField = {
  useRecoveryCode: 'Stattdessen einen Wiederherstellungscode verwenden',
  useAuthenticator: 'Stattdessen die Authenticator-App verwenden',
  recoveryLabel: 'Wiederherstellungscode',
  recoveryHelp: 'Geben Sie einen der Wiederherstellungscodes ein, die Sie bei der Einrichtung Ihrer Authenticator-App gesichert haben. Jeder Code funktioniert nur einmal.',
  recoveryFormat: 'Geben Sie einen Ihrer Wiederherstellungscodes ein, etwa abcd-1234-efgh.',
  wrongRecoveryCode: 'Dieser Wiederherstellungscode hat nicht funktioniert. Prüfen Sie ihn oder verwenden Sie einen anderen: Jeder Code funktioniert nur einmal.',
};

/** `<totp-enroll>`. */
export const de: TotpEnrollStrings = {
  ...recoveryField,
  ...common,
  description: 'Sichern Sie Ihre Anmeldung mit einem zweiten Schritt über eine Authenticator-App wie Google Authenticator, 1Password oder Authy.',
  start: 'Authenticator-App einrichten',
  starting: 'Wird eingerichtet …',
  checking: 'Wird geprüft …',
  loadFailed: 'Die Einrichtung konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und laden Sie die Seite neu.',
  stepOf: (step, total) => `Schritt ${step} von ${total}`,
  stepScan: 'QR-Code scannen',
  scanHelp: 'Fügen Sie in Ihrer Authenticator-App ein Konto hinzu und scannen Sie diesen Code.',
  qrAlt: 'QR-Code zum Hinzufügen dieses Kontos zu einer Authenticator-App',
  addsAccount: 'Fügt hinzu:',
  cantScan: 'Scannen klappt nicht?',
  secretHelp: 'Oder geben Sie diesen Schlüssel in Ihrer App ein:',
  secretLabel: 'Einrichtungsschlüssel',
  copySecret: 'Schlüssel kopieren',
  openInApp: 'In Authenticator-App öffnen',
  next: 'Weiter',
  back: 'Zurück',
  stepConfirm: '6-stelligen Code eingeben',
  codeHelp: 'Geben Sie den Code ein, den Ihre App für dieses Konto anzeigt.',
  expiresIn: (relativeTime) => `Diese Einrichtung läuft ${relativeTime} ab.`,
  stepCodes: 'Wiederherstellungscodes sichern',
  codesHelp: 'Verlieren Sie Ihr Telefon, können Sie sich mit jedem Code einmal anmelden. Bewahren Sie die Codes sicher auf.',
  copyAllCodes: 'Alle kopieren',
  // A soft hyphen: on a phone the label breaks as German does ("Herunter-laden"), not mid-syllable.
  downloadCodes: 'Herunter\u00ADladen',
  printCodes: 'Drucken',
  savedCheckbox: 'Ich habe diese Codes gesichert',
  finish: 'Fertig',
  finishHint: 'Sichern Sie zuerst die Codes oder setzen Sie das Häkchen.',
  recoveryFileName: (issuer) => `${issuer}-wiederherstellungscodes.txt`,
  recoveryFileHeader: ({ issuer, account, date }) =>
    `${issuer} – Wiederherstellungscodes\nKonto: ${account}\nGesichert: ${date}\nJeder Code funktioniert nur einmal.`,
  stepDone: 'Ihre Authenticator-App ist eingerichtet',
  doneHelp: 'Bei der nächsten Anmeldung geben Sie den Code aus Ihrer App ein. Bewahren Sie Ihre Wiederherstellungscodes sicher auf.',
  expiredHeading: 'Diese Einrichtung ist abgelaufen',
  expiredHelp: 'Zu Ihrer Sicherheit läuft eine nicht abgeschlossene Einrichtung ab. Beginnen Sie neu, um einen neuen QR-Code zu erhalten, und entfernen Sie den alten Eintrag aus Ihrer App, falls Sie ihn hinzugefügt haben.',
  replacedHeading: 'Eine neuere Einrichtung hat diese ersetzt',
  replacedHelp: 'Sie haben die Einrichtung erneut begonnen, vielleicht in einem anderen Tab, daher funktioniert dieser QR-Code nicht mehr. Beginnen Sie hier neu oder schließen Sie die neuere Einrichtung ab, und entfernen Sie den alten Eintrag aus Ihrer App.',
  startOver: 'Neu beginnen',
  errorHeading: 'Die Einrichtung hat nicht geklappt',
  retry: 'Erneut versuchen',
  retryIn: (seconds) => `Sie können es in ${seconds} Sekunden erneut versuchen.`,
  copied: 'Kopiert',
  pressToCopy: (keys) => `Markiert: Drücken Sie ${keys} zum Kopieren`,
  downloaded: 'Download gestartet',
  alreadyOn: 'Für dieses Konto ist bereits eine Authenticator-App eingerichtet. Hier können Sie ihre Wiederherstellungscodes ansehen, sie ersetzen oder entfernen.',
  onHeading: 'Authenticator-App ist aktiv',
  onSince: (date) => `Hinzugefügt am ${date}.`,
  onHelp: 'Bei der Anmeldung geben Sie einen Code aus Ihrer Authenticator-App oder einen Ihrer Wiederherstellungscodes ein.',
  viewCodes: 'Wiederherstellungscodes ansehen',
  replaceApp: 'Authenticator-App ersetzen',
  removeApp: 'Entfernen',
  cancel: 'Abbrechen',
  stepUpHeading: 'Bestätigen Sie, dass Sie es sind',
  stepUpHelp: 'Geben Sie zu Ihrer Sicherheit den Code ein, den Ihre Authenticator-App gerade anzeigt.',
  sessionExpired: 'Ihre Anmeldung ist abgelaufen. Melden Sie sich erneut an und kommen Sie dann hierher zurück.',
  codesHeading: 'Ihre Wiederherstellungscodes',
  codesViewHelp: 'Verlieren Sie Ihr Telefon, können Sie sich mit jedem Code einmal anmelden. Bewahren Sie die Codes sicher auf, etwa in einem Passwort-Manager.',
  codesLeft: (count, n) => (n === 0 ? 'Sie haben keine Wiederherstellungscodes mehr.' : n === 1 ? 'Noch 1 Wiederherstellungscode.' : `Noch ${count} Wiederherstellungscodes.`),
  codesLow: 'Ihre Codes gehen zur Neige. Ersetzen Sie Ihre Authenticator-App, um neue Codes zu erhalten.',
  loadingCodes: 'Wird geladen …',
  done: 'Fertig',
  removeHeading: 'Authenticator-App entfernen?',
  removeHelp: 'Sie melden sich dann ohne Code aus Ihrer App an, und Ihre Wiederherstellungscodes funktionieren nicht mehr. Ihr Konto ist dann weniger geschützt.',
  removeConfirm: 'Authenticator-App entfernen',
  removing: 'Wird entfernt …',
  removed: 'Authenticator-App entfernt',
  replaceHeading: 'Authenticator-App ersetzen?',
  replaceHelp: 'Ihre bisherige App und Ihre Wiederherstellungscodes funktionieren ab sofort nicht mehr. Bis Sie einen Code aus der neuen App bestätigen, hat Ihr Konto keine Authenticator-App.',
  replaceConfirm: 'Entfernen und neu einrichten',
  removedElsewhereHeading: 'Ihre Authenticator-App wurde bereits entfernt',
  removedElsewhereHelp: 'Vielleicht auf einem anderen Gerät. Ihr Konto hat jetzt keine Authenticator-App: Richten Sie eine ein, um es wieder zu schützen.',
  actionFailed: 'Das hat nicht geklappt',
};

/** `<totp-challenge>`. */
export const deChallenge: TotpChallengeStrings = {
  ...common,
  signInHelp: 'Öffnen Sie Ihre Authenticator-App und geben Sie den 6-stelligen Code ein, den sie für dieses Konto anzeigt.',
  ...recoveryField,
  signedInHeading: 'Sie sind angemeldet',
  signedIn: 'Sie sind angemeldet.',
  signedInWithRecovery: 'Sie sind mit einem Wiederherstellungscode angemeldet. Dieser Code ist jetzt verbraucht.',
  codesRemaining: (count, n) => (n === 0 ? 'Das war Ihr letzter Wiederherstellungscode.' : n === 1 ? 'Sie haben noch 1 Wiederherstellungscode.' : `Sie haben noch ${count} Wiederherstellungscodes.`),
  setUpAgain: 'Telefon verloren? Wählen Sie in Ihren Kontoeinstellungen unter Zwei-Faktor-Authentifizierung „Authenticator-App ersetzen“ und sichern Sie die neuen Wiederherstellungscodes.',
  notEnrolledHeading: 'Keine Authenticator-App eingerichtet',
  notEnrolledHelp: 'Für dieses Konto ist noch keine Authenticator-App für die Zwei-Faktor-Authentifizierung eingerichtet. Richten Sie eine ein, um fortzufahren.',
  sessionExpiredHeading: 'Ihre Anmeldung ist abgelaufen',
  sessionExpiredHelp: 'Zu Ihrer Sicherheit ist der erste Schritt Ihrer Anmeldung abgelaufen. Melden Sie sich erneut an, um fortzufahren.',
  // The challenge's own: its code field could not be loaded, not "the setup".
  loadFailed: 'Dies konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und laden Sie die Seite neu.',
};

registerStrings('de', de, 'totp-enroll');
registerStrings('de', deChallenge, 'totp-challenge');
