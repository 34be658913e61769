import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatIban, ibanProblem, maskIban, normaliseIban } from './iban.ts';

describe('IBANs', () => {
  it('accepts valid IBANs written with spaces or in lower case', () => {
    assert.equal(ibanProblem('DK50 0040 0440 1162 43'), undefined);
    assert.equal(ibanProblem('de89370400440532013000'), undefined);
    assert.equal(ibanProblem('GB82 WEST 1234 5698 7654 32'), undefined);
  });

  it('refuses a mistyped digit, swapped digits, and what is not an IBAN', () => {
    assert.equal(ibanProblem('DK50 0040 0440 1162 44'), 'check-digits');
    assert.equal(ibanProblem('DE89 3704 0044 0532 0130 00'.replace('0532', '0523')), 'check-digits');
    assert.equal(ibanProblem('12345'), 'format');
    assert.equal(ibanProblem('DK50 0040-0440'), 'format');
  });

  it('masks all but the country and the last four characters', () => {
    assert.equal(normaliseIban('dk50 0040 0440 1162 43'), 'DK5000400440116243');
    assert.equal(maskIban('DK5000400440116243'), 'DK•• •••• •••• ••62 43');
    assert.ok(!maskIban('DK5000400440116243').includes('0440'));
    assert.ok(maskIban('DK5000400440116243').replace(/\s/g, '').endsWith('6243'));
    assert.equal(formatIban('DK5000400440116243'), 'DK50 0040 0440 1162 43');
  });
});
