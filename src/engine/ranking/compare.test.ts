/** The what-if simulator: overrides of envelopes and thresholds, and who moves (compareRankings). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPOSITORY_ROOT, ruleBook } from '../../node/load-rule-book.ts';
import { compareRankings } from './compare.ts';
import { parseRankInput } from './input.ts';
import { rankFromInput, rankProposals } from './rank.ts';
import type { Ranking } from './types.ts';

const book = ruleBook();
const raw = JSON.parse(readFileSync(join(REPOSITORY_ROOT, 'spec/examples/rank-basic.json'), 'utf8'));
const parsed = parseRankInput(book, raw);
assert.ok(parsed.ok);
const { call, input } = parsed;
const baseline = rankProposals(call, input);

const decisionOf = (ranking: Ranking, id: string) => ranking.proposals.find((p) => p.id === id)!.decision;
const lot1Envelope = input.envelopes.lot1!;

describe('overrides', () => {
  it('a larger envelope selects the first reserve proposal; the definition and input are untouched', () => {
    const before = JSON.stringify(input);
    const reserve = baseline.lots.lot1!.reserveList[0]!;
    const grant = input.proposals.find((p) => p.id === reserve)!.requestedGrant;
    const wider = rankProposals(call, input, { envelopes: { lot1: lot1Envelope + grant } });
    assert.equal(decisionOf(wider, reserve), 'selected');
    assert.equal(wider.lots.lot1!.envelope.origin, 'override');
    assert.equal(wider.lots.lot1!.committed, baseline.lots.lot1!.committed + grant);
    assert.equal(JSON.stringify(input), before);
    assert.equal(call.awardCriteria.overallThreshold.value, 70);
  });

  it('a higher overall threshold puts proposals under it below threshold, and says it is a what-if', () => {
    const cutOff = baseline.lots.lot1!.cutOff!;
    const stricter = rankProposals(call, input, { overallThreshold: cutOff + 1 });
    const last = baseline.lots.lot1!.selected.at(-1)!;
    assert.equal(decisionOf(stricter, last), 'below-threshold');
    assert.equal(stricter.overallThreshold.value, cutOff + 1);
    assert.equal(stricter.overallThreshold.overridden, true);
    const reasons = stricter.proposals.find((p) => p.id === last)!.reasons;
    assert.ok(reasons.some((r) => r.en.includes('(what-if; the call definition gives 70)')));
    assert.ok(reasons.some((r) => r.da.includes('(simulering; indkaldelsen angiver 70)')));
  });

  it('a lower criterion threshold lets a proposal under the definition’s threshold be ranked', () => {
    const below = baseline.lots.lot1!.belowThreshold[0]!;
    const impact = input.proposals.find((p) => p.id === below)!.scores.impact;
    const lenient = rankProposals(call, input, { criterionThresholds: { impact } });
    assert.notEqual(lenient.proposals.find((p) => p.id === below)!.rank, null);
    assert.deepEqual(lenient.lots.lot1!.belowThreshold, []);
  });

  it('an override equal to the definition is not marked as a what-if', () => {
    const same = rankProposals(call, input, { overallThreshold: 70, criterionThresholds: { impact: 13 } });
    assert.equal(same.overallThreshold.overridden, false);
    assert.equal(same.criteria.find((c) => c.id === 'impact')!.threshold.overridden, false);
    assert.deepEqual(same.proposals, baseline.proposals);
  });

  it('invalid overrides are problems naming the field (and a RangeError from rankProposals)', () => {
    const result = rankFromInput(book, raw, {
      envelopes: { lot1: 2.5, lot3: 1 },
      overallThreshold: 101,
      criterionThresholds: { impact: -1, excellence: 3 } as never,
    });
    assert.ok(!result.ok);
    assert.deepEqual(
      result.problems.map((p) => p.field),
      [
        'overrides.envelopes.lot1',
        'overrides.envelopes.lot3',
        'overrides.overallThreshold',
        'overrides.criterionThresholds.impact',
        'overrides.criterionThresholds.excellence',
      ],
    );
    assert.throws(() => rankProposals(call, input, { overallThreshold: -5 }), /overrides\.overallThreshold/);
  });
});

describe('compareRankings', () => {
  it('nothing moves between a ranking and itself', () => {
    const comparison = compareRankings(baseline, rankProposals(call, input));
    assert.deepEqual(comparison.moved, []);
    for (const m of comparison.proposals) {
      assert.equal(m.change, 'unchanged');
      assert.equal(m.rankDelta, m.before!.rank === null ? null : 0);
    }
  });

  it('reports who enters and leaves the selection, and rank moves, when a threshold changes', () => {
    // Lowering impact lets the below-threshold proposal in; it outranks the last selected one.
    const below = baseline.lots.lot1!.belowThreshold[0]!;
    const impact = input.proposals.find((p) => p.id === below)!.scores.impact;
    const after = rankProposals(call, input, { criterionThresholds: { impact } });
    const comparison = compareRankings(baseline, after);
    const move = new Map(comparison.proposals.map((m) => [m.id, m]));

    const entered = move.get(below)!;
    assert.equal(entered.before!.decision, 'below-threshold');
    assert.equal(entered.after!.decision, 'selected');
    assert.equal(entered.change, 'newly-selected');
    assert.equal(entered.rankDelta, null);

    for (const id of baseline.lots.lot1!.ranked) {
      const m = move.get(id)!;
      const b = m.before!.rank!;
      const a = m.after!.rank!;
      assert.equal(m.rankDelta, b - a);
      if (m.before!.decision === 'selected' && m.after!.decision !== 'selected') {
        assert.equal(m.change, 'no-longer-selected');
        assert.match(m.summary.en, new RegExp(`^${id}: selected \\(rank ${b}\\) → reserve \\(rank ${a}\\)$`));
      }
    }
    assert.ok(comparison.proposals.some((m) => m.change === 'no-longer-selected'));
    // Lot 2 is untouched by a change that no lot 2 proposal is near.
    for (const id of baseline.lots.lot2!.ranked) assert.equal(move.get(id)!.change, 'unchanged');
    assert.deepEqual(comparison.lots.lot2!.before, comparison.lots.lot2!.after);
    assert.deepEqual(
      [...comparison.moved].sort(),
      comparison.proposals
        .filter((m) => m.change !== 'unchanged')
        .map((m) => m.id)
        .sort(),
    );
  });

  it('a proposal in one ranking only is reported as such', () => {
    const fewer = rankProposals(call, { ...input, proposals: input.proposals.slice(1) });
    const comparison = compareRankings(baseline, fewer);
    const gone = comparison.proposals.find((m) => m.id === input.proposals[0]!.id)!;
    assert.equal(gone.change, 'only-before');
    assert.equal(gone.after, null);
    assert.equal(
      compareRankings(fewer, baseline).proposals.find((m) => m.id === gone.id)!.change,
      'only-after',
    );
  });

  it('refuses to compare rankings of different calls', () => {
    const other = { ...baseline, call: '2024' };
    assert.throws(() => compareRankings(baseline, other), RangeError);
  });
});
