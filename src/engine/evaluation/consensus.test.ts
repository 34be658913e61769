import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluation } from '../../../tests/support/evaluation-fixtures.ts';
import { ruleBook } from '../../node/load-rule-book.ts';
import { draftConsensus, median, proposedScore, sentences } from './consensus.ts';

const call = ruleBook().calls['2025']!;
const criterion = (draft: ReturnType<typeof draftConsensus>, id: string) =>
  draft.criteria.find((c) => c.criterion === id)!;

describe('median and the proposed consensus score', () => {
  it('an odd number of experts: the middle score', () => {
    assert.equal(median([20, 10, 15]), 15);
    assert.equal(proposedScore(15), 15);
  });

  it('an even number of experts: the mean of the two middle scores, a half rounded down', () => {
    assert.equal(median([13, 12]), 12.5);
    assert.equal(proposedScore(12.5), 12);
    assert.equal(median([12, 14]), 13);
    assert.equal(median([20, 10, 14, 12]), 13);
    assert.equal(proposedScore(13), 13);
  });

  it('one outlying expert does not move it', () => {
    assert.equal(median([18, 19, 2]), 18);
  });

  it('no scores is an error, not a zero', () => {
    assert.throws(() => median([]), RangeError);
  });
});

describe('draftConsensus', () => {
  const evaluations = [
    evaluation(
      'EV-3',
      'X-C',
      { impact: 12 },
      { impact: 'Dissemination is planned. Exploitation after the project is not.' },
    ),
    evaluation(
      'EV-1',
      'X-A',
      { impact: 13 },
      { impact: 'The impact on VET curricula is credible!\nThe scale is modest.' },
    ),
    evaluation('EV-2', 'X-B', { impact: 19, relevance: 24 }),
    evaluation('EV-4', 'X-D', { impact: 20, relevance: 10 }),
  ];
  const draft = draftConsensus(call, evaluations);

  it('gives per criterion the experts’ scores, the median and the proposed score', () => {
    const impact = criterion(draft, 'impact');
    assert.deepEqual(
      impact.scores.map((s) => [s.evaluationId, s.expertId, s.score]),
      [
        ['EV-1', 'X-A', 13],
        ['EV-2', 'X-B', 19],
        ['EV-3', 'X-C', 12],
        ['EV-4', 'X-D', 20],
      ],
    );
    assert.equal(impact.median, 16);
    assert.equal(impact.proposedScore, 16);
    assert.equal(
      impact.threshold,
      call.awardCriteria.criteria.find((c) => c.id === 'impact')!.threshold.value,
    );
    assert.equal(criterion(draft, 'relevance').median, 20);
    assert.equal(
      draft.proposedTotal,
      draft.criteria.reduce((s, c) => s + c.proposedScore, 0),
    );
    assert.equal(draft.overallThreshold, 70);
  });

  it('links every statement back to its evaluation, expert, criterion and sentence', () => {
    const impact = criterion(draft, 'impact');
    const byRef = new Map(impact.statements.map((s) => [s.ref, s]));
    assert.deepEqual(byRef.get('EV-3#impact.1'), {
      ref: 'EV-3#impact.1',
      evaluationId: 'EV-3',
      expertId: 'X-C',
      criterion: 'impact',
      score: 12,
      index: 1,
      text: 'Exploitation after the project is not.',
    });
    assert.equal(byRef.get('EV-1#impact.0')!.text, 'The impact on VET curricula is credible!');
    assert.equal(byRef.get('EV-1#impact.1')!.text, 'The scale is modest.');
    for (const s of impact.statements) {
      const source = evaluations.find((e) => e.evaluationId === s.evaluationId)!;
      assert.equal(source.expertId, s.expertId);
      assert.ok(source.criteria.impact.comment.includes(s.text));
      assert.equal(s.criterion, 'impact');
    }
    // Every sentence of every expert on the criterion, none lost.
    const expected = evaluations.reduce((n, e) => n + sentences(e.criteria.impact.comment).length, 0);
    assert.equal(impact.statements.length, expected);
  });

  it('does not depend on the order the evaluations arrived in', () => {
    assert.deepEqual(draftConsensus(call, [...evaluations].reverse()), draft);
  });

  it('refuses no evaluations and evaluations of different proposals', () => {
    assert.throws(() => draftConsensus(call, []), RangeError);
    const other = evaluation('EV-9', 'X-Z', {}, {}, 'P-2');
    assert.throws(() => draftConsensus(call, [...evaluations, other]), /different proposals/);
  });
});
