import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { da } from './da.ts';
import { en } from './en.ts';
import { interpolate, placeholders } from './translate.ts';

describe('the English and Danish dictionaries', () => {
  it('have the same keys', () => {
    assert.deepEqual(Object.keys(da).sort(), Object.keys(en).sort());
  });

  it('use the same placeholders in both languages, so no value goes missing in one of them', () => {
    const mismatched = Object.entries(en)
      .filter(([key, text]) => placeholders(text).join() !== placeholders(da[key as keyof typeof da]).join())
      .map(([key]) => key);
    assert.deepEqual(mismatched, []);
  });

  it('have no empty message, and Danish is not English left untranslated', () => {
    assert.deepEqual(
      Object.entries({ ...en, ...da }).filter(([, t]) => !t.trim()),
      [],
    );
    // Names, codes and units read the same in both languages; anything longer must differ.
    const same = Object.keys(en).filter((k) => {
      const text = en[k as keyof typeof en];
      return text === da[k as keyof typeof da] && /[a-z]{4,} [a-z]{4,}/i.test(text);
    });
    assert.deepEqual(same, []);
  });

  it('give a singular form (".one") only to messages that count something with {n}', () => {
    const ones = Object.keys(en).filter((k) => k.endsWith('.one'));
    assert.ok(ones.length >= 5);
    for (const one of ones) {
      const base = one.slice(0, -4) as keyof typeof en;
      assert.ok(base in en, `${one} has its plural ${base}`);
      assert.ok(placeholders(en[base]).includes('n'), `${base} counts with {n}`);
    }
  });
});

describe('interpolate', () => {
  it('fills every placeholder and leaves an unknown one visible', () => {
    assert.equal(interpolate('{n} of {total} KB', { n: 3, total: '1.024' }), '3 of 1.024 KB');
    assert.equal(interpolate('Hello {name}', {}), 'Hello {name}');
    assert.equal(interpolate('{a}{a}', { a: 'x' }), 'xx');
  });

  it('does not read inherited properties as values', () => {
    assert.equal(interpolate('{toString}', {}), '{toString}');
  });
});
