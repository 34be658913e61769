import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluation, NEUTRAL_COMMENT } from '../../../tests/support/evaluation-fixtures.ts';
import { ruleBook } from '../../node/load-rule-book.ts';
import { DEFAULT_MIN_COMMENT_LENGTH, parseIndividualEvaluation } from './individual.ts';

const call = ruleBook().calls['2025']!;

function fields(input: unknown, minCommentLength?: number): string[] {
  const parsed = parseIndividualEvaluation(
    call,
    input,
    minCommentLength === undefined ? {} : { minCommentLength },
  );
  assert.ok(!parsed.ok, 'expected the evaluation to be refused');
  return parsed.problems.map((p) => p.field);
}

function withCriterion(criterion: string, value: unknown) {
  const e = evaluation('EV-1', 'X-1') as unknown as { criteria: Record<string, unknown> };
  e.criteria[criterion] = value;
  return e;
}

describe('parseIndividualEvaluation', () => {
  it('accepts a score and a long enough comment for every criterion', () => {
    const parsed = parseIndividualEvaluation(call, evaluation('EV-1', 'X-1'));
    assert.ok(parsed.ok);
    assert.equal(parsed.evaluation.criteria.impact.score, 20);
  });

  it('accepts 0 and the maximum; refuses a score outside 0..max or with a fraction', () => {
    assert.ok(parseIndividualEvaluation(call, evaluation('EV-1', 'X-1', { impact: 0, quality: 25 })).ok);
    for (const score of [26, -1, 12.5]) {
      assert.deepEqual(fields(evaluation('EV-1', 'X-1', { impact: score })), ['criteria.impact.score']);
    }
  });

  it('refuses an empty comment and one under the minimum length; the minimum is a parameter', () => {
    assert.equal(DEFAULT_MIN_COMMENT_LENGTH, 50);
    const at = 'x'.repeat(DEFAULT_MIN_COMMENT_LENGTH);
    const under = 'x'.repeat(DEFAULT_MIN_COMMENT_LENGTH - 1);
    assert.ok(parseIndividualEvaluation(call, evaluation('EV-1', 'X-1', {}, { quality: at })).ok);
    assert.deepEqual(fields(evaluation('EV-1', 'X-1', {}, { quality: under })), ['criteria.quality.comment']);
    assert.deepEqual(fields(evaluation('EV-1', 'X-1', {}, { quality: '   ' })), ['criteria.quality.comment']);
    // Padding does not count toward the length.
    assert.deepEqual(fields(evaluation('EV-1', 'X-1', {}, { quality: `  ${under}  ` })), [
      'criteria.quality.comment',
    ]);
    assert.ok(
      parseIndividualEvaluation(call, evaluation('EV-1', 'X-1', {}, { quality: 'Too short.' }), {
        minCommentLength: 10,
      }).ok,
    );
    // A stricter minimum refuses the same comments on every criterion.
    assert.equal(fields(evaluation('EV-1', 'X-1'), NEUTRAL_COMMENT.length + 1).length, 4);
  });

  it('refuses a missing and an unknown criterion', () => {
    const missing = evaluation('EV-1', 'X-1') as unknown as { criteria: Record<string, unknown> };
    delete missing.criteria.partnership;
    assert.deepEqual(fields(missing), ['criteria.partnership']);
    assert.deepEqual(fields(withCriterion('excellence', { score: 3, comment: NEUTRAL_COMMENT })), [
      'criteria.excellence',
    ]);
  });

  it('refuses the wrong shape, naming the field', () => {
    assert.deepEqual(fields([]), ['(top level)']);
    const noExpert = { ...evaluation('EV-1', 'X-1'), expertId: '' };
    assert.deepEqual(fields(noExpert), ['expertId']);
    assert.deepEqual(fields(withCriterion('impact', { score: '20', comment: NEUTRAL_COMMENT })), [
      'criteria.impact.score',
    ]);
  });
});
