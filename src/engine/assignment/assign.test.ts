import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  assertValidResult,
  bruteForceOptimum,
  objectiveOf,
  shuffledInput,
} from '../../../tests/support/assignment-checks.ts';
import { assignExperts } from './assign.ts';
import type { AssignmentInput } from './input.ts';
import type { AssignmentResult } from './types.ts';

const examples = new URL('../../../spec/examples/', import.meta.url);
const small: AssignmentInput = JSON.parse(readFileSync(new URL('assign-small.json', examples), 'utf8'));
const smallExpected = JSON.parse(readFileSync(new URL('assign-small.expected.json', examples), 'utf8'));

function solve(input: AssignmentInput): AssignmentResult {
  const outcome = assignExperts(input);
  assert.ok(outcome.ok, JSON.stringify(!outcome.ok && outcome.problems));
  assertValidResult(input, outcome.result);
  return outcome.result;
}

const expert = (id: string, topics: string[], maxLoad = 5, organisation = `org-${id}`) => ({
  id,
  topics,
  organisation,
  maxLoad,
});
const proposal = (id: string, topics: string[], organisations: string[] = [`org-${id}`]) => ({
  id,
  topics,
  organisations,
});
const expertsOf = (result: AssignmentResult, p: string) =>
  result.assignments.find((a) => a.proposal === p)!.experts.map((e) => e.id);

describe('assignExperts on spec/examples/assign-small.json', () => {
  it('is feasible with the optimal score of the expected file', () => {
    const result = solve(small);
    assert.equal(result.feasible, smallExpected.feasible);
    assert.equal(result.score, smallExpected.score);
    assert.equal(result.score, bruteForceOptimum(small).score);
  });

  it('keeps E1 off P1 and P2 (employer takes part) and E4 off P4 (declared)', () => {
    const result = solve(small);
    assert.ok(!expertsOf(result, 'P1').includes('E1'));
    assert.ok(!expertsOf(result, 'P2').includes('E1'));
    assert.ok(!expertsOf(result, 'P4').includes('E4'));
    const excludedFrom = (p: string) => result.explanations.proposals.find((x) => x.proposal === p)!.excluded;
    assert.deepEqual(excludedFrom('P1'), [
      { expert: 'E1', reason: 'employer-takes-part', organisation: '999000001' },
    ]);
    assert.deepEqual(excludedFrom('P4'), [
      { expert: 'E4', reason: 'declared-conflict', declared: 'declared' },
    ]);
    assert.deepEqual(excludedFrom('P3'), []);
  });

  it('explains each expert by load and maxLoad', () => {
    const result = solve(small);
    assert.deepEqual(
      result.explanations.experts.map((e) => [e.id, e.load, e.maxLoad]),
      small.experts.map((e) => [e.id, result.loads[e.id], e.maxLoad]),
    );
  });
});

describe('hard constraints', () => {
  it('gives each proposal exactly expertsPerProposal distinct experts', () => {
    const input: AssignmentInput = {
      expertsPerProposal: 3,
      proposals: [proposal('P1', ['a']), proposal('P2', ['b'])],
      experts: [expert('E1', ['a', 'b']), expert('E2', ['a']), expert('E3', []), expert('E4', ['b'])],
    };
    const result = solve(input);
    assert.equal(result.feasible, true);
    for (const a of result.assignments) assert.equal(new Set(a.experts.map((e) => e.id)).size, 3);
  });

  it('never counts one expert twice to fill a proposal', () => {
    const result = solve({
      expertsPerProposal: 2,
      proposals: [proposal('P1', ['a'])],
      experts: [expert('E1', ['a'], 10)],
    });
    assert.equal(result.feasible, false);
    assert.deepEqual(expertsOf(result, 'P1'), ['E1']);
    assert.equal(result.uncovered[0]!.cause, 'too-few-eligible');
  });

  it('respects maxLoad even against the best topic match', () => {
    const result = solve({
      expertsPerProposal: 1,
      proposals: [proposal('P1', ['a']), proposal('P2', ['a']), proposal('P3', ['a'])],
      experts: [expert('E1', ['a'], 1), expert('E2', [], 5)],
    });
    assert.equal(result.loads.E1, 1);
    assert.equal(result.loads.E2, 2);
    assert.equal(result.score, 1);
  });

  it('keeps an expert off every proposal in which their employer takes part, in any role', () => {
    const result = solve({
      expertsPerProposal: 1,
      proposals: [proposal('P1', ['a'], ['111', '222']), proposal('P2', ['a'], ['333'])],
      experts: [expert('E1', ['a'], 5, '222'), expert('E2', [], 5, '999')],
    });
    assert.deepEqual(expertsOf(result, 'P1'), ['E2']);
    assert.deepEqual(expertsOf(result, 'P2'), ['E1']);
  });

  it('keeps an expert off a proposal with a declared conflict of interest', () => {
    const result = solve({
      expertsPerProposal: 1,
      proposals: [proposal('P1', ['a']), proposal('P2', ['a'])],
      experts: [expert('E1', ['a']), expert('E2', [])],
      conflicts: [{ expert: 'E1', proposal: 'P2', reason: 'co-author of the coordinator' }],
    });
    assert.deepEqual(expertsOf(result, 'P1'), ['E1']);
    assert.deepEqual(expertsOf(result, 'P2'), ['E2']);
  });
});

describe('the objective', () => {
  it('finds the optimum where taking the best match first would not', () => {
    // Proposal by proposal, P1 would take E1 (a tie on "a", lower id) and leave P2 with E2: score 2.
    const result = solve({
      expertsPerProposal: 1,
      proposals: [proposal('P1', ['a']), proposal('P2', ['a', 'b'])],
      experts: [expert('E1', ['a', 'b'], 1), expert('E2', ['a'], 1)],
    });
    assert.equal(result.score, 3);
    assert.deepEqual(expertsOf(result, 'P2'), ['E1']);
  });

  it('spreads the load evenly among equally good experts', () => {
    const result = solve({
      expertsPerProposal: 1,
      proposals: ['P1', 'P2', 'P3', 'P4', 'P5', 'P6'].map((id) => proposal(id, ['a'])),
      experts: [expert('E1', ['a'], 6), expert('E2', ['a'], 6), expert('E3', ['a'], 6)],
    });
    assert.deepEqual(result.loads, { E1: 2, E2: 2, E3: 2 });
  });

  it('gives every available expert work before matching topics', () => {
    const result = solve({
      expertsPerProposal: 1,
      proposals: ['P1', 'P2', 'P3', 'P4'].map((id) => proposal(id, ['a'])),
      experts: [expert('E1', ['a'], 4), expert('E2', ['b'], 4)],
    });
    assert.equal(result.score, 3);
    assert.deepEqual(result.loads, { E1: 3, E2: 1 });
  });

  it('no expert left idle when proposals × reviewers ≥ experts (one got 0 while two got 3)', () => {
    // Three proposals, two reviewers each, three experts: the topic-best answer gives E1 and E2
    // three each and E3 nothing. E3 now gets one; the score then keeps E1 and E2 on the rest.
    const result = solve({
      expertsPerProposal: 2,
      proposals: ['P1', 'P2', 'P3'].map((id) => proposal(id, ['a', 'b'])),
      experts: [expert('E1', ['a', 'b'], 3), expert('E2', ['a', 'b'], 3), expert('E3', ['c'], 3)],
    });
    assert.deepEqual(
      Object.values(result.loads).sort((a, b) => a - b),
      [1, 2, 3],
    );
    assert.equal(result.loads.E3, 1);
    assert.equal(result.score, 10);
  });

  it('puts the score before evenness once everyone has work', () => {
    const result = solve({
      expertsPerProposal: 1,
      proposals: ['P1', 'P2', 'P3', 'P4'].map((id) => proposal(id, ['a'])),
      experts: [expert('E1', ['a'], 4), expert('E2', ['b'], 4), expert('E3', ['a'], 0)],
    });
    assert.equal(result.score, 3);
    assert.deepEqual(result.loads, { E1: 3, E2: 1, E3: 0 });
  });

  it('balances what the score leaves open, with the smallest sum of squared loads', () => {
    const input: AssignmentInput = {
      expertsPerProposal: 2,
      proposals: [proposal('P1', ['a']), proposal('P2', ['a']), proposal('P3', ['b']), proposal('P4', ['b'])],
      experts: [
        expert('E1', ['a'], 4),
        expert('E2', ['a', 'b'], 4),
        expert('E3', [], 4),
        expert('E4', [], 4),
      ],
    };
    const result = solve(input);
    assert.deepEqual(objectiveOf(input, result), bruteForceOptimum(input));
  });
});

describe('determinism', () => {
  it('gives byte-identical output for the same input', () => {
    assert.equal(JSON.stringify(solve(small)), JSON.stringify(solve(structuredClone(small))));
  });

  it('gives the same output whatever the order of proposals, experts, topics and conflicts', () => {
    const reference = JSON.stringify(solve(small));
    for (let seed = 1; seed <= 20; seed++) {
      assert.equal(JSON.stringify(solve(shuffledInput(small, seed))), reference, `shuffle ${seed}`);
    }
  });

  it('keeps every reason of a conflict declared twice, in an order of its own', () => {
    const twice: AssignmentInput = {
      ...small,
      conflicts: [
        { expert: 'E2', proposal: 'P3', reason: 'former employee' },
        { expert: 'E2', proposal: 'P3', reason: 'co-author' },
        { expert: 'E2', proposal: 'P3', reason: 'co-author' },
      ],
    };
    const reference = solve(twice);
    assert.deepEqual(reference.explanations.proposals.find((x) => x.proposal === 'P3')!.excluded, [
      { expert: 'E2', reason: 'declared-conflict', declared: 'co-author' },
      { expert: 'E2', reason: 'declared-conflict', declared: 'former employee' },
    ]);
    for (let seed = 1; seed <= 10; seed++) {
      assert.equal(JSON.stringify(solve(shuffledInput(twice, seed))), JSON.stringify(reference));
    }
  });

  it('breaks ties between equal experts by id, not by input order', () => {
    const forward = solve({
      expertsPerProposal: 1,
      proposals: [proposal('P1', ['a'])],
      experts: [expert('E1', ['a']), expert('E2', ['a'])],
    });
    const backward = solve({
      expertsPerProposal: 1,
      proposals: [proposal('P1', ['a'])],
      experts: [expert('E2', ['a']), expert('E1', ['a'])],
    });
    assert.deepEqual(forward, backward);
  });

  it('sorts numeric ids by number, in the arrays and in the keys of loads alike', () => {
    const result = solve({
      expertsPerProposal: 1,
      proposals: [proposal('10', []), proposal('9', []), proposal('101', [])],
      experts: [expert('E2', [], 3), expert('100', [], 3), expert('7', [], 3)],
    });
    assert.deepEqual(
      result.assignments.map((a) => a.proposal),
      ['9', '10', '101'],
    );
    assert.deepEqual(Object.keys(result.loads), ['7', '100', 'E2']);
    assert.deepEqual(
      result.explanations.experts.map((e) => e.id),
      ['7', '100', 'E2'],
    );
  });
});

describe('infeasibility report', () => {
  it('names a proposal with too few eligible experts, and who was excluded for what', () => {
    const result = solve({
      expertsPerProposal: 2,
      proposals: [proposal('P1', ['a'], ['111']), proposal('P2', ['a'], ['222'])],
      experts: [
        expert('E1', ['a'], 5, '111'),
        expert('E2', ['a'], 5),
        expert('E3', ['a'], 5),
        expert('E4', [], 0),
      ],
      conflicts: [{ expert: 'E3', proposal: 'P1' }],
    });
    assert.equal(result.feasible, false);
    assert.deepEqual(result.uncovered, [
      {
        proposal: 'P1',
        needed: 2,
        assigned: 1,
        eligible: 1,
        cause: 'too-few-eligible',
        excluded: [
          { expert: 'E1', reason: 'employer-takes-part', organisation: '111' },
          { expert: 'E3', reason: 'declared-conflict' },
        ],
        unavailable: ['E4'],
        full: [],
      },
    ]);
    assert.deepEqual(expertsOf(result, 'P2').length, 2, 'P2 is still covered');
  });

  it('names the full experts when there are enough eligible ones but not enough load', () => {
    const result = solve({
      expertsPerProposal: 1,
      proposals: [proposal('P1', ['a']), proposal('P2', ['a']), proposal('P3', ['a'])],
      experts: [expert('E1', ['a'], 1), expert('E2', ['a'], 1)],
    });
    assert.equal(result.feasible, false);
    assert.equal(result.uncovered.length, 1);
    const [short] = result.uncovered;
    assert.equal(short!.cause, 'experts-full');
    assert.equal(short!.eligible, 2);
    assert.deepEqual(short!.full, ['E1', 'E2']);
    assert.equal(result.score, 2, 'the rest is still assigned as well as it can be');
  });

  it('is feasible with no proposals, every expert at load 0', () => {
    const result = solve({ expertsPerProposal: 3, proposals: [], experts: [expert('E1', ['a'])] });
    assert.equal(result.feasible, true);
    assert.deepEqual(result.loads, { E1: 0 });
  });
});

describe('pinned pairs', () => {
  it('keeps a pinned pair even where another expert would score higher', () => {
    const result = solve({
      expertsPerProposal: 1,
      proposals: [proposal('P1', ['a'])],
      experts: [expert('E1', ['a']), expert('E2', [])],
      pinned: [{ expert: 'E2', proposal: 'P1' }],
    });
    assert.deepEqual(result.assignments[0]!.experts, [{ id: 'E2', matched: [], pinned: true }]);
    assert.equal(result.score, 0);
  });

  it('counts a pinned pair in the load and completes the proposal around it', () => {
    const result = solve({
      expertsPerProposal: 2,
      proposals: [proposal('P1', ['a']), proposal('P2', ['a', 'b'])],
      experts: [expert('E1', ['a', 'b'], 1), expert('E2', ['a'], 2), expert('E3', ['b'], 2)],
      pinned: [{ expert: 'E1', proposal: 'P1' }],
    });
    assert.equal(result.loads.E1, 1);
    assert.deepEqual(expertsOf(result, 'P1'), ['E1', 'E2']);
    assert.deepEqual(expertsOf(result, 'P2'), ['E2', 'E3']);
    assert.equal(result.score, 1 + 1 + 1 + 1);
  });

  it('accepts the same pin twice as one pin', () => {
    const input: AssignmentInput = {
      expertsPerProposal: 1,
      proposals: [proposal('P1', [])],
      experts: [expert('E1', [], 1)],
      pinned: [
        { expert: 'E1', proposal: 'P1' },
        { expert: 'E1', proposal: 'P1' },
      ],
    };
    assert.equal(solve(input).loads.E1, 1);
  });
});
