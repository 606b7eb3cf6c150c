/*
 * Every locale module (src/elements/i18n/locales/<lang>.ts) registers a whole table for each
 * element: the keys English has, no more and no fewer, each of the same kind (a text or a
 * function). The type check catches a missing key too; this also catches a table built with a
 * cast, or a section registered for the wrong element. Node, not a browser: it lists the folder.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { attemptEn } from '../../../src/elements/challenge/attempt/attempt-strings.js';
import { formEn } from '../../../src/elements/challenge/strings.js';
import { registeredStrings, type StringsSection } from '../../../src/elements/i18n/registry.js';
import { en } from '../../../src/elements/enroll/flow/flow-strings.js';
import { startEn } from '../../../src/elements/enroll/strings.js';
import { manageEn } from '../../../src/elements/enroll/manage/manage-strings.js';

const folder = new URL('../../../src/elements/i18n/locales/', import.meta.url);
/** A locale module is named for the language it registers (`de.ts` → `de`). */
const languages = readdirSync(folder).filter((file) => file.endsWith('.ts')).map((file) => file.slice(0, -'.ts'.length));

/** Keys a locale may add that English leaves unset: `dir`, for a language written right to left. */
const OWN_KEYS = new Set(['dir']);

const english: Record<StringsSection, Record<string, unknown>> = {
  'totp-enroll': { ...startEn, ...en, ...manageEn },
  'totp-challenge': { ...formEn, ...attemptEn },
};

describe('locale modules', () => {
  it('the package ships at least one', () => assert.ok(languages.length > 0, `no locale in ${folder.pathname}`));

  for (const lang of languages) {
    for (const section of Object.keys(english) as StringsSection[]) {
      it(`${lang}: <${section}> has every key English has, each of the same kind`, async () => {
        await import(new URL(`${lang}.ts`, folder).href);
        const strings = registeredStrings<Record<string, unknown>>(section, lang);
        assert.deepEqual(Object.keys(strings).filter((key) => !OWN_KEYS.has(key)).sort(), Object.keys(english[section]).sort());
        if ('dir' in strings) assert.equal(strings.dir, 'rtl');
        for (const [key, value] of Object.entries(english[section])) assert.equal(typeof strings[key], typeof value, key);
      });
    }
  }
});
