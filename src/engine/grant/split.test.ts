import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { moveShares, splitFromCells, splitLumpSum } from './split.ts';

describe('the lump-sum split', () => {
  it('shares the grant in proportion to the costs, the left-over euros to the largest remainders', () => {
    // Costs 1, 1, 1 for 100 euros: 33 each and one euro left, to the first cell (equal remainders).
    const s = splitLumpSum(100, ['a'], ['wp1', 'wp2', 'wp3'], () => 1);
    assert.deepEqual(
      s.cells.map((c) => c.amount),
      [34, 33, 33],
    );
    // 2:1 of 10 euros: 6.67 and 3.33 -> 6 and 3, the euro left to the larger remainder (0.67).
    const t = splitLumpSum(10, ['a', 'b'], ['wp1'], (b) => (b === 'a' ? 2 : 1));
    assert.deepEqual(t.byBeneficiary, { a: 7, b: 3 });
    assert.deepEqual(t.byWorkPackage, { wp1: 10 });
  });

  it('shares equally when no cell has a cost, and refuses cents', () => {
    const s = splitLumpSum(5, ['a', 'b'], ['wp1'], () => 0);
    assert.deepEqual(s.byBeneficiary, { a: 3, b: 2 });
    assert.throws(() => splitLumpSum(10.5, ['a'], ['wp1'], () => 1), /whole euros/);
  });

  it('property: the parts add up to the grant exactly, per cell, per work package and per beneficiary', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4_000_000 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: 36, maxLength: 36 }),
        (grant, nb, nw, costs) => {
          const bs = Array.from({ length: nb }, (_, i) => `b${i}`);
          const wps = Array.from({ length: nw }, (_, i) => `wp${i}`);
          const s = splitLumpSum(
            grant,
            bs,
            wps,
            (b, wp) => costs[Number(b.slice(1)) * 6 + Number(wp.slice(2))]!,
          );
          const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
          assert.equal(sum(s.cells.map((c) => c.amount)), grant);
          assert.equal(sum(Object.values(s.byWorkPackage)), grant);
          assert.equal(sum(Object.values(s.byBeneficiary)), grant);
          for (const c of s.cells) assert.ok(Number.isSafeInteger(c.amount) && c.amount >= 0);
          // The same budget gives the same split.
          assert.deepEqual(
            splitLumpSum(grant, bs, wps, (b, wp) => costs[Number(b.slice(1)) * 6 + Number(wp.slice(2))]!),
            s,
          );
        },
      ),
    );
  });

  it("a leaving beneficiary's shares pass to the coordinator: every work package keeps its share", () => {
    const s = splitLumpSum(1000, ['coord', 'b'], ['wp1', 'wp2'], (b, wp) =>
      b === 'b' && wp === 'wp2' ? 3 : 1,
    );
    const after = splitFromCells(moveShares(s.cells, 'b', 'coord'));
    assert.deepEqual(after.byWorkPackage, s.byWorkPackage);
    assert.deepEqual(after.byBeneficiary, { coord: 1000 });
  });
});
