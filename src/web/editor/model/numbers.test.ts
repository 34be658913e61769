import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatNumber, parseNumber } from './numbers.ts';

describe('numbers as people type them', () => {
  it('reads whole euros with the grouping of either language', () => {
    for (const lang of ['en', 'da'] as const) {
      assert.equal(parseNumber('12500', 'euros', lang), 12500);
      assert.equal(parseNumber('12,500', 'euros', lang), 12500);
      assert.equal(parseNumber('12.500', 'euros', lang), 12500);
      assert.equal(parseNumber('1 250 000', 'euros', lang), 1_250_000);
      assert.equal(parseNumber('', 'euros', lang), 0);
    }
  });

  it('refuses cents and words in euros', () => {
    assert.equal(parseNumber('12,5', 'euros', 'da'), undefined);
    assert.equal(parseNumber('12.50', 'euros', 'en'), undefined);
    assert.equal(parseNumber('ten', 'euros', 'en'), undefined);
    assert.equal(parseNumber('-5', 'euros', 'en'), undefined);
  });

  it('reads person-months with a decimal comma or point, at most two decimals', () => {
    assert.equal(parseNumber('2,5', 'decimal', 'da'), 2.5);
    assert.equal(parseNumber('2.5', 'decimal', 'da'), 2.5);
    assert.equal(parseNumber('2.5', 'decimal', 'en'), 2.5);
    assert.equal(parseNumber('1.234,25', 'decimal', 'da'), 1234.25);
    assert.equal(parseNumber('1,234.25', 'decimal', 'en'), 1234.25);
    assert.equal(parseNumber('2.555', 'decimal', 'en'), undefined);
  });

  it('reads a month of the project as a whole number, never a negative one', () => {
    assert.equal(parseNumber('7', 'month', 'da'), 7);
    assert.equal(parseNumber('-3', 'month', 'en'), undefined);
    assert.equal(parseNumber('2.5', 'month', 'en'), undefined);
  });

  it('writes numbers back the way the language does', () => {
    assert.equal(formatNumber(1_250_000, 'euros', 'en'), '1,250,000');
    assert.equal(formatNumber(1_250_000, 'euros', 'da'), '1.250.000');
    assert.equal(formatNumber(2.5, 'decimal', 'da'), '2,5');
    assert.equal(formatNumber(2.5, 'decimal', 'en'), '2.5');
    for (const [n, lang] of [
      [1234567, 'da'],
      [1234567, 'en'],
    ] as const) {
      assert.equal(parseNumber(formatNumber(n, 'euros', lang), 'euros', lang), n);
    }
  });
});
