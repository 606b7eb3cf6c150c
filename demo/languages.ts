/*
 * The languages the demo offers. A language is one opt-in module (it registers its texts) and one
 * row here; the switch is drawn from this table. `dir` is the page direction the language reads in.
 */
import '../src/elements/i18n/locales/ar.js';
import '../src/elements/i18n/locales/de.js';

export interface DemoLanguage {
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The language's own name for itself. */
  name: string;
}

export const LANGUAGES: readonly DemoLanguage[] = [
  { lang: 'en', dir: 'ltr', name: 'English' },
  { lang: 'de', dir: 'ltr', name: 'Deutsch' },
  { lang: 'ar', dir: 'rtl', name: 'العربية' },
];

/** Draws one radio per language into `choices`; `apply` gets the picked one. */
export function languageSwitch(choices: HTMLFieldSetElement, apply: (language: DemoLanguage) => void): void {
  for (const language of LANGUAGES) {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = 'language';
    input.value = language.lang;
    input.checked = language.lang === 'en';
    input.addEventListener('change', () => apply(language));
    const name = document.createElement('span');
    name.lang = language.lang;
    name.dir = language.dir;
    name.textContent = language.name;
    label.append(input, ' ', name);
    choices.append(label);
  }
}
