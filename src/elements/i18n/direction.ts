/*
 * The language and direction of the element's own texts, for its card's `lang` and `dir`. The page's
 * `lang` picks the texts; what the card then shows may still differ from the page: Arabic from a
 * page that set `lang="ar"` but no `dir` (the card must read right to left all the same), or English
 * on a page whose language no module registered (a screen reader must read it as English).
 */
import { registeredStrings, type StringsSection } from './registry.js';

/** Scripts written right to left, as `Intl.Locale#maximize()` names a language's script. */
const RIGHT_TO_LEFT = new Set(['Adlm', 'Arab', 'Hebr', 'Mand', 'Mend', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa', 'Yezi']);

/** What the card sets: nothing where the page's own `lang` and `dir` hold for its texts. */
export interface CardLanguage {
  /** `en` when the texts fell back to English under another language's `lang`. */
  readonly lang?: 'en';
  /** `rtl` when the texts are in a language written right to left. */
  readonly dir?: 'rtl';
}

/** Whether `locale` (a canonical BCP 47 tag) is written right to left: `ar`, `he`, `fa`, `ur`, `ar-EG`, `az-Arab`. */
export function isRightToLeft(locale: string): boolean {
  try {
    return RIGHT_TO_LEFT.has(new Intl.Locale(locale).maximize().script ?? '');
  } catch {
    return false;
  }
}

/**
 * The card's `lang` and `dir` for `section`'s texts in `locale`. `overridden`: the page set its own
 * `strings`, whose language the element cannot know, so an unregistered language's `lang` stands. A
 * left-to-right language keeps the page's direction (an English card in a right-to-left page's
 * layout is that page's choice).
 */
export function cardLanguage(section: StringsSection, locale: string, overridden: boolean): CardLanguage {
  if (Object.keys(registeredStrings(section, locale)).length > 0) return isRightToLeft(locale) ? { dir: 'rtl' } : {};
  return overridden || locale.toLowerCase().split('-')[0] === 'en' ? {} : { lang: 'en' };
}
