import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  EVALUATION_LIFECYCLE,
  EVALUATION_STAGES,
  type EvaluationStage,
  evaluationStage,
  expertMay,
  mayFollow,
  type StageFacts,
} from './lifecycle.ts';

const facts: fc.Arbitrary<StageFacts> = fc.record({
  declaration: fc.constantFrom('none', 'no-conflict', 'conflict'),
  evaluation: fc.constantFrom('not-started', 'draft', 'submitted'),
  consensus: fc.constantFrom(null, 'draft', 'agreed'),
  ranked: fc.boolean(),
  reportsSent: fc.boolean(),
});

describe('the evaluation lifecycle', () => {
  it('runs declared → draft → submitted → consensus → agreed → ranked → reports sent, one step at a time', () => {
    const path = 'assigned declared draft submitted consensus agreed ranked reports-sent'.split(
      ' ',
    ) as EvaluationStage[];
    for (let i = 1; i < path.length; i++) assert.ok(mayFollow(path[i - 1]!, path[i]!), path[i]);
    assert.equal(mayFollow('declared', 'submitted'), false, 'no submission without a draft');
    assert.deepEqual(EVALUATION_LIFECYCLE['reports-sent'].next, []);
    assert.deepEqual(EVALUATION_LIFECYCLE.conflict.next, []);
  });

  it('reaches every stage from the assignment, and names only its own stages as next', () => {
    const seen = new Set<EvaluationStage>(['assigned']);
    const queue: EvaluationStage[] = ['assigned'];
    while (queue.length > 0) {
      for (const next of EVALUATION_LIFECYCLE[queue.shift()!].next) {
        assert.ok(EVALUATION_STAGES.includes(next));
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
    assert.deepEqual([...seen].sort(), [...EVALUATION_STAGES].sort());
  });

  it('lets an expert read once declared without conflict, score until submitted, see the others after', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const stage = evaluationStage(f);
        const clear = f.declaration === 'no-conflict';
        assert.equal(expertMay(stage, 'read'), clear, stage);
        assert.equal(expertMay(stage, 'score'), clear && f.evaluation !== 'submitted', stage);
        assert.equal(expertMay(stage, 'see-others'), clear && f.evaluation === 'submitted', stage);
        if (f.declaration === 'conflict') assert.equal(stage, 'conflict');
      }),
    );
  });

  it('lets the rapporteur draft the consensus only until it is agreed', () => {
    const base: StageFacts = { declaration: 'no-conflict', evaluation: 'submitted' };
    assert.equal(expertMay(evaluationStage({ ...base, consensus: null }), 'draft-consensus'), true);
    assert.equal(expertMay(evaluationStage({ ...base, consensus: 'draft' }), 'draft-consensus'), true);
    assert.equal(expertMay(evaluationStage({ ...base, consensus: 'agreed' }), 'draft-consensus'), false);
    assert.equal(evaluationStage({ ...base, consensus: 'agreed', ranked: true }), 'ranked');
    assert.equal(
      evaluationStage({ ...base, consensus: 'agreed', ranked: true, reportsSent: true }),
      'reports-sent',
    );
  });
});
