import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countOf, localDateTime, longDate, plural } from './format.ts';

describe('formatting per language', () => {
  it('chooses the noun form by the language plural rules', () => {
    const forms = { one: 'ansøger', other: 'ansøgere' };
    assert.equal(plural(1, 'da', forms), 'ansøger');
    assert.equal(plural(0, 'da', forms), 'ansøgere');
    assert.equal(plural(2, 'en', { one: 'country', other: 'countries' }), 'countries');
  });

  it('writes one as "én" or "ét" in Danish, digits otherwise', () => {
    assert.equal(countOf(1, 'da', { one: 'ansøger', other: 'ansøgere' }), 'én ansøger');
    assert.equal(countOf(1, 'da', { one: 'land', other: 'lande', neuter: true }), 'ét land');
    assert.equal(countOf(3, 'da', { one: 'land', other: 'lande', neuter: true }), '3 lande');
    assert.equal(countOf(1, 'en', { one: 'applicant', other: 'applicants' }), '1 applicant');
  });

  it('spells dates and Brussels times out the way each language writes them', () => {
    assert.equal(longDate('2022-04-08', 'en'), '8 April 2022');
    assert.equal(longDate('2025-03-06', 'da'), '6. marts 2025');
    assert.equal(
      localDateTime('2025-03-06', '17:00', 'Europe/Brussels', 'da'),
      '6. marts 2025 kl. 17.00 (Bruxelles-tid)',
    );
    assert.equal(
      localDateTime('2025-03-06', '17:00', 'Europe/Brussels', 'en'),
      '6 March 2025, 17:00 (Brussels time)',
    );
  });
});
