import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { da } from './da.ts';
import { en } from './en.ts';
import { countedKey, pluralCategory } from './plural.ts';
import { interpolate } from './translate.ts';

const has = (key: string) => Object.hasOwn(en, key);
const say = (lang: 'en' | 'da', key: string, n: number) =>
  interpolate((lang === 'en' ? en : da)[countedKey(key, n, lang, has) as keyof typeof en], { n });

describe('plural forms through Intl.PluralRules', () => {
  it('English: 0 and 2 take the plural, 1 the singular', () => {
    assert.equal(say('en', 'common.months', 0), '0 months');
    assert.equal(say('en', 'common.months', 1), '1 month');
    assert.equal(say('en', 'common.months', 2), '2 months');
  });

  it('Danish: 0 and 2 take the plural, 1 the singular', () => {
    assert.equal(say('da', 'common.months', 0), '0 måneder');
    assert.equal(say('da', 'common.months', 1), '1 måned');
    assert.equal(say('da', 'common.months', 2), '2 måneder');
  });

  it('the categories are the languages’ own', () => {
    assert.deepEqual(
      [0, 1, 2].map((n) => pluralCategory('en', n)),
      ['other', 'one', 'other'],
    );
    assert.deepEqual(
      [0, 1, 2].map((n) => pluralCategory('da', n)),
      ['other', 'one', 'other'],
    );
  });

  it('a message without a singular form keeps its one form', () => {
    assert.equal(countedKey('review.errors', 1, 'en', has), 'review.errors');
  });
});
