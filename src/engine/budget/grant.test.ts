import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { maxEligibleGrant, maxGrantAtRate, minCostsForGrant } from './grant.ts';

describe('lump-sum grant arithmetic in whole euros', () => {
  it('80 % of the estimated costs, rounded down to the euro', () => {
    assert.equal(maxGrantAtRate(1_250_000, 80), 1_000_000);
    assert.equal(maxGrantAtRate(1_000_001, 80), 800_000);
    assert.equal(maxGrantAtRate(3, 80), 2);
  });

  it('the smallest costs that carry a grant', () => {
    assert.equal(minCostsForGrant(1_000_000, 80), 1_250_000);
    assert.equal(minCostsForGrant(900_000, 80), 1_125_000);
    assert.equal(minCostsForGrant(1, 80), 2);
  });

  it('the grant is the smaller of the ceiling and the rate', () => {
    assert.equal(maxEligibleGrant(1_000_000, 2_000_000, 80), 1_000_000);
    assert.equal(maxEligibleGrant(1_500_000, 1_000_000, 80), 800_000);
  });

  it('refuses cents and negative amounts', () => {
    assert.throws(() => maxGrantAtRate(10.5, 80), /whole euros/);
    assert.throws(() => minCostsForGrant(-1, 80), /whole euros/);
  });

  it('minCostsForGrant is the exact inverse bound of maxGrantAtRate', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: 100 }),
        (grant, rate) => {
          const costs = minCostsForGrant(grant, rate);
          assert.ok(maxGrantAtRate(costs, rate) >= grant);
          if (costs > 0) assert.ok(maxGrantAtRate(costs - 1, rate) < grant);
        },
      ),
    );
  });
});
