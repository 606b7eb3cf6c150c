/*
 * The texts of the first screen, in every shipped language. They are all a page loads
 * up front; the rest (messages.ts, locales/) comes with the enrollment flow.
 */

export interface StartStrings {
  heading: string;
  description: string;
  start: string;
  starting: string;
  /** Shown when the enrollment flow's code could not be loaded (offline, a blocked script). */
  loadFailed: string;
}

const startStrings: Record<string, StartStrings> = {
  en: {
    heading: 'Two-factor authentication',
    description: 'Add a second step to your sign-in with an authenticator app such as Google Authenticator, Microsoft Authenticator, 1Password or Authy.',
    start: 'Set up authenticator app',
    starting: 'Setting up…',
    loadFailed: 'The setup could not be loaded. Check your connection and reload the page.',
  },
  de: {
    heading: 'Zwei-Faktor-Authentifizierung',
    description: 'Sichern Sie Ihre Anmeldung mit einem zweiten Schritt über eine Authenticator-App wie Google Authenticator, Microsoft Authenticator, 1Password oder Authy.',
    start: 'Authenticator-App einrichten',
    starting: 'Wird eingerichtet …',
    loadFailed: 'Die Einrichtung konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und laden Sie die Seite neu.',
  },
};

/** `de-AT` → `de`. */
export function primaryLanguage(lang: string): string {
  return lang.toLowerCase().split('-')[0] ?? '';
}

export function startStringsFor(lang: string): StartStrings {
  return ownEntry(startStrings, primaryLanguage(lang)) ?? startStrings.en!;
}

/**
 * `table[key]` only when the table itself holds it: a `lang` of `__proto__` or `constructor`
 * must not find `Object.prototype`'s members.
 */
export function ownEntry<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The language of the nearest `lang` attribute: it picks the texts and the Intl formats. */
export function localeOf(element: Element): string {
  const lang = element.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
  // It also goes to Intl, which throws on a tag that is no language (`lang="__proto__"`).
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}
