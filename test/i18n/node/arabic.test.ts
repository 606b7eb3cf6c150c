/*
 * Arabic's counts read right: its six plural forms (CLDR's zero, one, two, few 3–10, many 11–99,
 * other 100…) pick the noun's form, the step counter spells its numbers in words, and a
 * left-to-right part inside a sentence is isolated. Node, not a browser: these are the locale
 * module's functions; test/i18n/arabic.test.ts checks the elements in Arabic.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ar, arChallenge } from '../../../src/elements/i18n/locales/ar.js';

const count = (n: number) => new Intl.NumberFormat('ar-EG').format(n);

describe('Arabic', () => {
  it('recovery codes left: the noun agrees with the number', () => {
    assert.equal(ar.codesLeft(count(0), 0), 'لم يتبقَّ لديك أي رمز استرداد.');
    assert.equal(ar.codesLeft(count(1), 1), 'تبقّى لديك رمز استرداد واحد.');
    assert.equal(ar.codesLeft(count(2), 2), 'تبقّى لديك رمزا استرداد.');
    assert.equal(ar.codesLeft(count(3), 3), 'تبقّى لديك ٣ رموز استرداد.');
    assert.equal(ar.codesLeft(count(10), 10), 'تبقّى لديك ١٠ رموز استرداد.');
    assert.equal(ar.codesLeft(count(11), 11), 'تبقّى لديك ١١ رمز استرداد.');
    assert.equal(ar.codesLeft('100', 100), 'تبقّى لديك 100 رمز استرداد.');
    assert.equal(arChallenge.codesRemaining(count(0), 0), 'كان هذا آخر رمز استرداد لديك.');
    assert.equal(arChallenge.codesRemaining(count(7), 7), 'تبقّى لديك ٧ رموز استرداد.');
  });

  it('seconds until a retry: ثانية واحدة، ثانيتين، ثوانٍ، ثانية', () => {
    assert.match(ar.tooManyAttempts(count(1), 1), /بعد ثانية واحدة\.$/);
    assert.match(ar.tooManyAttempts(count(2), 2), /بعد ثانيتين\.$/);
    assert.match(ar.tooManyAttempts(count(5), 5), /بعد ٥ ثوانٍ\.$/);
    assert.match(ar.tooManyAttempts(count(30), 30), /بعد ٣٠ ثانية\.$/);
    assert.match(ar.retryIn('12', 12), /بعد 12 ثانية\.$/);
  });

  it('the step counter in words, digits past ten', () => {
    assert.equal(ar.stepOf(1, 4), 'الخطوة الأولى من أربع');
    assert.equal(ar.stepOf(2, 4), 'الخطوة الثانية من أربع');
    assert.equal(ar.stepOf(12, 14), 'الخطوة 12 من 14');
  });

  it('the setup expiry takes Intl\'s relative time, whose plural is its own', () => {
    const inMinutes = (n: number) => new Intl.RelativeTimeFormat('ar', { numeric: 'always' }).format(n, 'minute');
    assert.equal(ar.expiresIn(inMinutes(1)), 'تنتهي صلاحية هذا الإعداد خلال دقيقة واحدة.');
    assert.equal(ar.expiresIn(inMinutes(2)), 'تنتهي صلاحية هذا الإعداد خلال دقيقتين.');
  });

  it('left-to-right parts inside a sentence are isolated (LRI … PDI)', () => {
    assert.ok(ar.pressToCopy('Ctrl+C').includes('\u2066Ctrl+C\u2069'));
    assert.ok(ar.configProblem('api-base').includes('(\u2066api-base\u2069)'));
    assert.ok(ar.recoveryFormat.includes('\u2066abcd-1234-efgh\u2069'));
  });

  it('uses Arabic punctuation: no Latin comma, semicolon or question mark in its own words', () => {
    const texts = [...Object.values(ar), ...Object.values(arChallenge)].filter((value): value is string => typeof value === 'string');
    for (const text of texts) assert.doesNotMatch(text.replace(/\u2066[^\u2069]*\u2069/g, ''), /[,;?]/, text);
    assert.ok(texts.some((text) => text.includes('،')) && texts.some((text) => text.includes('؟')));
  });
});
