import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Instance } from './instance.ts';
import { solveInstance } from './solve.ts';

/** Proposals each open to two experts, with the given pair scores: built by hand, past validation. */
function instance(proposals: number, scores: [number, number]): Instance {
  return {
    expertsPerProposal: 1,
    proposals: Array.from({ length: proposals }, (_, p) => ({ id: `P${p}`, topics: [], pinned: [] })),
    experts: ['E1', 'E2'].map((id) => ({ id, topics: [], organisation: id, maxLoad: proposals, pinned: 0 })),
    exclusions: Array.from({ length: proposals }, () => []),
    candidates: Array.from({ length: proposals }, () => ({
      experts: Int32Array.of(0, 1),
      scores: Int32Array.from(scores),
    })),
    pinnedScore: 0,
  };
}

describe('solveInstance', () => {
  it('takes the higher-scoring expert', () => {
    const solved = solveInstance(instance(1, [1, 2]));
    assert.ok(solved.ok);
    assert.deepEqual(solved.assignment.experts, [[1]]);
    assert.equal(solved.assignment.score, 2);
  });

  it('refuses costs too large for exact arithmetic instead of rounding them', () => {
    // The score scale grows with the loads (up to 1000² here) and multiplies a pair score of 2³⁰.
    const solved = solveInstance(instance(1000, [1, 2 ** 30]));
    assert.equal(solved.ok, false);
    assert.match(!solved.ok ? solved.reason : '', /small enough for exact arithmetic/);
    assert.ok(solveInstance(instance(1000, [1, 2])).ok, 'the same loads with small scores are fine');
  });
});
