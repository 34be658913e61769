import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { periodPayment, preFinancing, standingAfter, type WorkPackageAssessment } from './payments.ts';

const shares = { wp1: 300_000, wp2: 500_000, wp3: 200_000 };
const base = {
  grant: 1_000_000,
  shares,
  interimCeilingPercent: 90,
  partialCompletion: 'pro-rata-at-final' as const,
};

describe('lump-sum payments', () => {
  it('pre-financing is the percentage of the grant rounded down to the euro', () => {
    assert.equal(preFinancing(1_000_000, 40), 400_000);
    assert.equal(preFinancing(999_999, 40), 399_999);
    assert.equal(preFinancing(7, 40), 2);
  });

  it('an interim payment: the completed shares less the pre-financing; a work package not completed is not paid', () => {
    const r = periodPayment({
      ...base,
      standing: {
        wp1: { status: 'completed' },
        wp2: { status: 'completed' },
        wp3: { status: 'not-completed' },
      },
      final: false,
      paidSoFar: 400_000,
    });
    assert.equal(r.accepted, 800_000);
    assert.equal(r.amount, 400_000);
    assert.deepEqual(
      r.lines.map((l) => l.accepted),
      [300_000, 500_000, 0],
    );
  });

  it('nothing is paid when the completed shares do not reach the pre-financing', () => {
    const r = periodPayment({
      ...base,
      standing: { wp3: { status: 'completed' } },
      final: false,
      paidSoFar: 400_000,
    });
    assert.equal(r.amount, 0);
  });

  it('before the final payment the interim ceiling holds back the rest', () => {
    const all: Record<string, WorkPackageAssessment> = {
      wp1: { status: 'completed' },
      wp2: { status: 'completed' },
      wp3: { status: 'completed' },
    };
    const r = periodPayment({ ...base, standing: all, final: false, paidSoFar: 400_000 });
    assert.equal(r.amount, 500_000);
    assert.ok(r.ceilingApplied);
    const f = periodPayment({ ...base, standing: all, final: true, paidSoFar: 900_000 });
    assert.equal(f.amount, 100_000);
  });

  it('a work package completed in an earlier report stays completed; a partial one is paid pro rata at the final payment only', () => {
    const standing = standingAfter([{ wp1: { status: 'completed' }, wp3: { status: 'not-completed' } }], {
      wp1: { status: 'not-completed' },
      wp2: { status: 'completed' },
      wp3: { status: 'partially-completed', percent: 50 },
    });
    assert.equal(standing.wp1!.status, 'completed');
    const interim = periodPayment({ ...base, standing, final: false, paidSoFar: 0 });
    assert.equal(interim.accepted, 800_000);
    const final = periodPayment({ ...base, standing, final: true, paidSoFar: 800_000 });
    assert.equal(final.accepted, 900_000);
    assert.equal(final.amount, 100_000);
    const wholeShare = periodPayment({
      ...base,
      partialCompletion: 'whole-share',
      standing,
      final: true,
      paidSoFar: 800_000,
    });
    assert.equal(wholeShare.amount, 0);
  });

  it('at the final payment, pre-financing above the accepted work is to be recovered, never paid', () => {
    const r = periodPayment({
      ...base,
      standing: { wp3: { status: 'completed' } },
      final: true,
      paidSoFar: 400_000,
    });
    assert.equal(r.amount, 0);
    assert.equal(r.toRecover, 200_000);
  });

  it('property: over any sequence of reports the ledger never exceeds the grant and every payment is whole euros', () => {
    const status = fc.constantFrom<WorkPackageAssessment>(
      { status: 'completed' },
      { status: 'not-completed' },
      { status: 'partially-completed', percent: 30 },
      { status: 'partially-completed', percent: 99 },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4_000_000 }),
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        fc.array(fc.array(status, { minLength: 6, maxLength: 6 }), { minLength: 1, maxLength: 4 }),
        (grant, weights, pre, ceiling, reports) => {
          const total = weights.reduce((a, b) => a + b, 0) || 1;
          const wpShares: Record<string, number> = {};
          let given = 0;
          weights.forEach((w, i) => {
            const share = i === weights.length - 1 ? grant - given : Math.floor((grant * w) / total);
            wpShares[`wp${i}`] = share;
            given += share;
          });
          let paid = preFinancing(grant, Math.min(pre, ceiling));
          const earlier: Record<string, WorkPackageAssessment>[] = [];
          reports.forEach((row, n) => {
            const current = Object.fromEntries(Object.keys(wpShares).map((wp, i) => [wp, row[i]!]));
            const r = periodPayment({
              grant,
              shares: wpShares,
              standing: standingAfter(earlier, current),
              final: n === reports.length - 1,
              paidSoFar: paid,
              interimCeilingPercent: ceiling,
              partialCompletion: 'pro-rata-at-final',
            });
            assert.ok(Number.isSafeInteger(r.amount) && r.amount >= 0);
            paid += r.amount;
            assert.ok(paid <= grant, `paid ${paid} above the grant ${grant}`);
            earlier.push(current);
          });
        },
      ),
    );
  });
});
