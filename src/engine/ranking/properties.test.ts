/** Properties of every ranking, checked on random inputs (fast-check) for every call year. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ruleBook } from '../../node/load-rule-book.ts';
import type { CallDefinition, CriterionId, LotId } from '../call-definition/types.ts';
import { rankProposals } from './rank.ts';
import type { RankInput, Ranking, RankProposalInput } from './types.ts';

const book = ruleBook();
const ECOSYSTEMS = ['digital', 'health', 'textile', 'tourism'];

function scoresFor(call: CallDefinition): fc.Arbitrary<Record<CriterionId, number>> {
  return fc.record(
    Object.fromEntries(
      call.awardCriteria.criteria.map((c) => [
        c.id,
        // Mostly around and above the threshold, so that most proposals pass and ties are frequent.
        fc.oneof(
          { weight: 4, arbitrary: fc.integer({ min: c.threshold.value - 1, max: c.maximum.value }) },
          { weight: 1, arbitrary: fc.integer({ min: 0, max: c.maximum.value }) },
        ),
      ]),
    ) as Record<CriterionId, fc.Arbitrary<number>>,
  );
}

/**
 * A random input for one call: every lot of the call gets an envelope; ids are unique. With
 * `fewScores`, the proposals share one to three score sets, so that ties down to the id are common.
 */
function rankInput(call: CallDefinition, fewScores = false): fc.Arbitrary<RankInput> {
  const lots = Object.keys(call.lots) as LotId[];
  const pool = fewScores ? fc.array(scoresFor(call), { minLength: 1, maxLength: 3 }) : fc.constant(null);
  return pool.chain((shared) =>
    fc.record({
      call: fc.constant(call.year),
      envelopes: fc.record(
        Object.fromEntries(lots.map((lot) => [lot, fc.integer({ min: 0, max: 12_000_000 })])) as Record<
          LotId,
          fc.Arbitrary<number>
        >,
      ),
      proposals: fc.uniqueArray(
        fc.record({
          id: fc.stringMatching(/^[A-C][0-9]{1,2}$/),
          lot: fc.constantFrom(...lots),
          requestedGrant: fc.integer({ min: 0, max: 4_000_000 }),
          ecosystem: fc.constantFrom(...ECOSYSTEMS),
          scores: shared ? fc.constantFrom(...shared) : scoresFor(call),
        }),
        { maxLength: 25, selector: (p) => p.id },
      ),
    }),
  );
}

const anyCall = fc.constantFrom(...Object.values(book.calls));
const ranked = anyCall.chain((call) => rankInput(call).map((input) => ({ call, input })));
const tied = anyCall.chain((call) => rankInput(call, true).map((input) => ({ call, input })));

function lotsOf(ranking: Ranking) {
  return Object.values(ranking.lots);
}

describe('ranking properties', () => {
  it('committed ≤ envelope, and committed + remaining = envelope', () => {
    fc.assert(
      fc.property(ranked, ({ call, input }) => {
        for (const lot of lotsOf(rankProposals(call, input))) {
          assert.ok(lot.committed <= lot.envelope.value);
          assert.ok(lot.remaining >= 0);
          assert.equal(lot.committed + lot.remaining, lot.envelope.value);
        }
      }),
    );
  });

  it('committed is the sum of the selected proposals’ requested grants', () => {
    fc.assert(
      fc.property(ranked, ({ call, input }) => {
        const ranking = rankProposals(call, input);
        for (const lot of lotsOf(ranking)) {
          const sum = ranking.proposals
            .filter((p) => p.lot === lot.lot && p.decision === 'selected')
            .reduce((s, p) => s + p.requestedGrant, 0);
          assert.equal(lot.committed, sum);
        }
      }),
    );
  });

  it('the ranked proposals of a lot have ranks 1..n without gaps, in order of total', () => {
    fc.assert(
      fc.property(ranked, ({ call, input }) => {
        const ranking = rankProposals(call, input);
        for (const lot of lotsOf(ranking)) {
          const inLot = ranking.proposals.filter((p) => p.lot === lot.lot && p.rank !== null);
          assert.deepEqual(
            inLot.map((p) => p.rank),
            inLot.map((_, i) => i + 1),
          );
          for (let i = 1; i < inLot.length; i++) assert.ok(inLot[i - 1]!.total >= inLot[i]!.total);
        }
      }),
    );
  });

  it('a proposal below a threshold is never ranked or selected; one above every threshold is ranked', () => {
    fc.assert(
      fc.property(ranked, ({ call, input }) => {
        const { criteria, overallThreshold } = call.awardCriteria;
        for (const p of rankProposals(call, input).proposals) {
          const passes =
            p.total >= overallThreshold.value && criteria.every((c) => p.scores[c.id] >= c.threshold.value);
          assert.equal(p.decision === 'below-threshold', !passes);
          assert.equal(p.rank === null, !passes);
        }
      }),
    );
  });

  it('walk-down lots select a prefix of the ranking', () => {
    fc.assert(
      fc.property(ranked, ({ call, input }) => {
        for (const lot of lotsOf(rankProposals(call, input))) {
          if (lot.selection.value.rule !== 'walk-down') continue;
          assert.deepEqual(lot.selected, lot.ranked.slice(0, lot.selected.length));
        }
      }),
    );
  });

  it('one-per-ecosystem lots select at most one proposal per ecosystem', () => {
    const call = book.calls['2021']!;
    fc.assert(
      fc.property(rankInput(call), (input) => {
        const ranking = rankProposals(call, input);
        const selected = ranking.proposals.filter((p) => p.lot === 'lot2' && p.decision === 'selected');
        assert.equal(new Set(selected.map((p) => p.ecosystem)).size, selected.length);
      }),
    );
  });

  it('the result never depends on the order of the input', () => {
    fc.assert(
      fc.property(
        fc
          .oneof(ranked, tied)
          .chain(({ call, input }) =>
            fc
              .shuffledSubarray(input.proposals, { minLength: input.proposals.length })
              .map((shuffled: RankProposalInput[]) => ({ call, input, shuffled })),
          ),
        ({ call, input, shuffled }) => {
          assert.deepEqual(
            rankProposals(call, { ...input, proposals: shuffled }),
            rankProposals(call, input),
          );
        },
      ),
    );
  });
});
