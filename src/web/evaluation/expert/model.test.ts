import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Criterion } from '../../../contracts/evaluation-expert.ts';
import { DEFAULT_MIN_COMMENT_LENGTH } from '../../../engine/evaluation/individual.ts';
import {
  assignmentState,
  COMMENT_MIN,
  differences,
  initialConsensus,
  problemsByField,
  quote,
  readScore,
  statementAnchor,
  totalOf,
} from './model.ts';

const criteria: Criterion[] = [
  { id: 'relevance', name: { en: 'Relevance', da: 'Relevans' }, maximum: 25, threshold: 13 },
  { id: 'impact', name: { en: 'Impact', da: 'Virkning' }, maximum: 25, threshold: 13 },
];

describe('the expert pages model', () => {
  it('says where an assignment stands', () => {
    assert.equal(assignmentState({ declaration: null, evaluation: 'not-started' }), 'to-declare');
    const declared = { noConflict: true, confidentiality: true };
    assert.equal(
      assignmentState({ declaration: { ...declared, noConflict: false }, evaluation: 'not-started' }),
      'conflict',
    );
    assert.equal(assignmentState({ declaration: declared, evaluation: 'not-started' }), 'to-evaluate');
    assert.equal(assignmentState({ declaration: declared, evaluation: 'draft' }), 'draft');
    assert.equal(assignmentState({ declaration: declared, evaluation: 'submitted' }), 'submitted');
  });

  it('reads a score as whole points within the maximum, empty as not scored', () => {
    assert.deepEqual(readScore('', 25), { ok: true, value: null });
    assert.deepEqual(readScore(' 20 ', 25), { ok: true, value: 20 });
    assert.deepEqual(readScore('0', 25), { ok: true, value: 0 });
    assert.equal(readScore('12.5', 25).ok, false);
    assert.equal(readScore('-1', 25).ok, false);
    assert.deepEqual(readScore('26', 25), { ok: false, error: 'range', value: undefined });
  });

  it('adds up the total and names the criteria under their threshold', () => {
    assert.deepEqual(totalOf(criteria, { relevance: 20, impact: 10 }), {
      total: 30,
      maximum: 50,
      complete: true,
      below: ['impact'],
    });
    assert.equal(totalOf(criteria, { relevance: 20, impact: null }).complete, false);
  });

  it('puts the server problems with their inputs; a missing criterion with its score', () => {
    const map = problemsByField([
      { field: 'criteria.impact', expected: 'a score and a comment for impact', got: 'nothing' },
      { field: 'criteria.relevance.comment', expected: 'at least 50', got: '"x"' },
      { field: 'criteria.relevance.sources[0]', expected: 'a statement', got: '"EV"' },
    ]);
    assert.deepEqual(map.get('impact.score'), ['a score and a comment for impact']);
    assert.deepEqual(map.get('relevance.comment'), ['at least 50']);
    assert.deepEqual(map.get('relevance.sources'), ['a statement']);
  });

  it('lists what a version saved elsewhere has that differs', () => {
    const d = differences(
      criteria,
      { relevance: { score: 20, comment: 'Good.' } },
      { relevance: { score: 18, comment: 'Good.' }, impact: { score: null, comment: 'Thin.' } },
    );
    assert.deepEqual(d, [
      { criterion: 'relevance', field: 'score', saved: '20', mine: '18' },
      { criterion: 'impact', field: 'comment', saved: '', mine: 'Thin.' },
    ]);
  });

  it('starts the consensus from the saved report, or else from the proposed scores', () => {
    const draft = {
      proposalId: 'p',
      proposedTotal: 0,
      medianTotal: 0,
      overallThreshold: 70,
      criteria: [
        {
          criterion: 'relevance',
          maximum: 25,
          threshold: 13,
          scores: [],
          median: 18.5,
          proposedScore: 18,
          statements: [],
        },
        {
          criterion: 'impact',
          maximum: 25,
          threshold: 13,
          scores: [],
          median: 20,
          proposedScore: 20,
          statements: [],
        },
      ],
    } as any;
    assert.deepEqual(initialConsensus({ criteria, draft, report: null }).relevance, {
      scoreText: '18',
      comment: '',
      sources: [],
    });
    const report = {
      criteria: { impact: { score: 15, comment: 'Agreed.', sources: ['EV-1#impact.0'] } },
      status: 'draft' as const,
      version: 1,
      agreedAt: null,
    };
    assert.deepEqual(initialConsensus({ criteria, draft, report }).impact, {
      scoreText: '15',
      comment: 'Agreed.',
      sources: ['EV-1#impact.0'],
    });
  });

  it('quotes a statement into the comment and keeps its reference once', () => {
    const once = quote(
      { scoreText: '20', comment: 'The experts agree.', sources: [] },
      { ref: 'EV-1#impact.0', text: 'Strong plan.' },
    );
    assert.deepEqual(once, {
      scoreText: '20',
      comment: 'The experts agree. Strong plan.',
      sources: ['EV-1#impact.0'],
    });
    assert.deepEqual(quote(once, { ref: 'EV-1#impact.0', text: 'Strong plan.' }).sources, ['EV-1#impact.0']);
    assert.equal(
      quote({ scoreText: '', comment: '  ', sources: [] }, { ref: 'r', text: 'A.' }).comment,
      'A.',
    );
  });

  it('gives statements an element id without "#" or "."', () => {
    assert.equal(statementAnchor('ab-1#impact.2'), 'stmt-ab-1-impact-2');
  });

  it('asks for the comment length the engine asks for', () => {
    assert.equal(COMMENT_MIN, DEFAULT_MIN_COMMENT_LENGTH);
  });
});
