/*
 * The one table of languages beyond English, and how an element finds its language. English is
 * built into each element; a locale module (`locales/de.ts`) or the page's `registerStrings` adds a
 * language, with a section per element, so a key can mean one thing in `<totp-enroll>` and another
 * in `<totp-challenge>` (`loadFailed`: the setup, or the sign-in, could not be loaded).
 */
import { isServer } from 'lit';

/** The elements a language holds texts for, one section each. */
export type StringsSection = 'totp-enroll' | 'totp-challenge';

/*
 * One table for every copy of this module on the page (a page may load the package twice, say
 * the bundle and a locale from the ES modules): keyed on a global symbol. Its keys are
 * `section:lang`, so no `lang` (`__proto__`, `constructor`) can reach Object.prototype's members.
 * Builds before the sections kept a flat table under `totp-enroll.locales`; this key is new so
 * the two never mix.
 */
const registryKey = Symbol.for('totp-enroll.strings');
const registry = ((globalThis as Record<symbol, unknown>)[registryKey] ??= Object.create(null)) as Record<string, object | undefined>;

const keyOf = (section: StringsSection, lang: string) => `${section}:${lang.toLowerCase().split('-')[0]}`;

/**
 * Adds `strings` for `lang`'s primary subtag (`de-AT` → `de`) to one element's section, or to
 * both's, over what they held. The public, typed entry is `registerStrings` (register-strings.ts).
 */
export function addStrings(lang: string, strings: object, section?: StringsSection): void {
  for (const each of section ? [section] : (['totp-enroll', 'totp-challenge'] as const)) {
    const key = keyOf(each, lang);
    registry[key] = { ...registry[key], ...strings };
  }
}

/** What was registered for an element in a language (`de-AT` → `de`); nothing for a language nobody registered. */
export function registeredStrings<T>(section: StringsSection, lang: string): Partial<T> {
  return (registry[keyOf(section, lang)] ?? {}) as Partial<T>;
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
