import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ruleBook } from '../../../node/load-rule-book.ts';
import { fill, grantFigures } from './budget-figures.ts';

describe('the requested grant against its limits', () => {
  const book = ruleBook();
  const call = book.calls[Object.keys(book.calls).sort().at(-1)!]!;

  it("takes the lot's ceiling for the duration and 80 % of the estimated costs", () => {
    const f = grantFigures(call, 'lot1', 24, 582_080, 0);
    assert.equal(f.ceiling, 1_000_000);
    assert.equal(f.fundingRatePercent, 80);
    assert.equal(f.maxByFundingRate, 465_664);
    assert.equal(f.maxGrant, 465_664);
    assert.equal(grantFigures(call, 'lot1', 24, 2_000_000, 0).maxGrant, 1_000_000, 'the ceiling binds');
  });

  it('rounds the funding rate down to whole euros, never promising a euro too many', () => {
    assert.equal(grantFigures(call, 'lot1', 24, 101, 0).maxByFundingRate, 80);
  });

  it('has no ceiling for a duration the lot does not offer', () => {
    const f = grantFigures(call, 'lot1', 30, 100_000, 0);
    assert.equal(f.ceiling, undefined);
    assert.equal(f.maxGrant, 80_000);
  });

  it('fills bars in proportion, full when over', () => {
    assert.equal(fill(250, 1000), 25);
    assert.equal(fill(1500, 1000), 100);
    assert.equal(fill(0, 0), 0);
    assert.equal(fill(10, 0), 100);
  });
});
