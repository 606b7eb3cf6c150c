/*
 * The one table of languages beyond English, and how an element finds its language. English is
 * built into each element; a locale module (`locales/de.ts`) or the page's `registerStrings` adds a
 * language, with a section per element, so a key can mean one thing in `<totp-enroll>` and another
 * in `<totp-challenge>` (`loadFailed`: the setup, or the sign-in, could not be loaded).
 */
import { isServer } from 'lit';

/** The elements a language holds texts for, one section each. */
export type StringsSection = 'totp-enroll' | 'totp-challenge';

type Table = Record<string, Readonly<Record<string, unknown>>>;

/*
 * One table for every copy of this module on the page (a page may load the package twice, say
 * the bundle and a locale from the ES modules): keyed on a global symbol. Builds before the
 * sections kept one flat table under `totp-enroll.locales`; this key is new so the two never mix.
 */
const registryKey = Symbol.for('totp-enroll.strings');
const shared = globalThis as Record<symbol, unknown>;
const registry = (shared[registryKey] ??= {
  'totp-enroll': Object.create(null) as Table,
  'totp-challenge': Object.create(null) as Table,
}) as Record<StringsSection, Table>;

/** Adds `strings` to the section of `lang`'s primary subtag (`de-AT` → `de`), over what it held. */
export function addStrings(section: StringsSection, lang: string, strings: object): void {
  const table = registry[section];
  const key = primaryLanguage(lang);
  table[key] = { ...ownEntry(table, key), ...strings };
}

/** What was registered for an element in a language (`de-AT` → `de`); nothing for a language nobody registered. */
export function registeredStrings<T>(section: StringsSection, lang: string): Partial<T> {
  return (ownEntry(registry[section], primaryLanguage(lang)) ?? {}) as Partial<T>;
}

/** `de-AT` → `de`. */
export function primaryLanguage(lang: string): string {
  return lang.toLowerCase().split('-')[0] ?? '';
}

/**
 * `table[key]` only when the table itself holds it: a `lang` of `__proto__` or `constructor`
 * must not find `Object.prototype`'s members.
 */
function ownEntry<T>(table: Record<string, T>, key: string): T | undefined {
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
