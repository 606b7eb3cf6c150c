/*
 * The first screen's English texts, and the registry the opt-in locales (`locales/de.ts`)
 * add their strings to (`<totp-challenge>`'s too: `challenge-strings.ts`). English is built in; a page pays only for the languages it imports.
 */
import { isServer } from 'lit';
import type { TotpChallengeStrings } from './challenge-strings.js';
import type { TotpEnrollStrings } from './messages.js';

export interface StartStrings {
  heading: string;
  description: string;
  start: string;
  starting: string;
  /** Shown when the enrollment flow's code could not be loaded (offline, a blocked script). */
  loadFailed: string;
}

export const startEn: StartStrings = {
  heading: 'Two-factor authentication',
  description: 'Add a second step to your sign-in with an authenticator app such as Google Authenticator, Microsoft Authenticator, 1Password or Authy.',
  start: 'Set up authenticator app',
  starting: 'Setting up…',
  loadFailed: 'The setup could not be loaded. Check your connection and reload the page.',
};

/*
 * One table for every copy of this module on the page (a page may load the package twice,
 * say the bundle and a locale from the ES modules): keyed on a global symbol.
 */
const registryKey = Symbol.for('totp-enroll.locales');
const registry: Record<string, Partial<TotpEnrollStrings>> =
  ((globalThis as Record<symbol, unknown>)[registryKey] as Record<string, Partial<TotpEnrollStrings>> | undefined)
  ?? ((globalThis as Record<symbol, unknown>)[registryKey] = Object.create(null) as Record<string, Partial<TotpEnrollStrings>>);

/**
 * Adds a language (its primary subtag, e.g. `de`). Called by each locale module as it loads;
 * call it yourself for a language the package does not ship.
 */
export function registerStrings(lang: string, strings: Partial<TotpEnrollStrings> | Partial<TotpChallengeStrings>): void {
  registry[primaryLanguage(lang)] = { ...ownEntry(registry, primaryLanguage(lang)), ...strings };
}

/** The registered strings of a BCP 47 tag (`de-AT` → `de`); none for a language nobody registered. */
export function registeredStrings(lang: string): Partial<TotpEnrollStrings> {
  return ownEntry(registry, primaryLanguage(lang)) ?? {};
}

/** `de-AT` → `de`. */
export function primaryLanguage(lang: string): string {
  return lang.toLowerCase().split('-')[0] ?? '';
}

export function startStringsFor(lang: string): StartStrings {
  return { ...startEn, ...registeredStrings(lang) };
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
  // On a server (Lit SSR) there is no tree to walk: the element's own `lang` decides, and the
  // browser's render after hydration picks up an ancestor's.
  const lang = (isServer
    ? element.getAttribute('lang')
    : element.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang) || 'en';
  // It also goes to Intl, which throws on a tag that is no language (`lang="__proto__"`).
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}
