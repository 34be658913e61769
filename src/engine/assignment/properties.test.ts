/**
 * Properties of the assignment engine on random small instances (fast-check). The real
 * optimality check is the comparison with exhaustive search on tiny instances: most slots
 * filled, then the most experts with work, then the highest score, then the smallest sum of
 * squared loads, and the smallest spread (max − min load) among assignments optimal on the first
 * three, all equal.
 * On instances too large for exhaustive search, HiGHS (a general MIP solver) is the referee.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import {
  allowed,
  assertValidResult,
  bruteForceOptimum,
  greedyOutcome,
  type HighsSolver,
  loadHighs,
  objectiveOf,
  shuffledInput,
} from '../../../tests/support/assignment-checks.ts';
import { evennessModel, maxScoreModel, workingModel } from '../../../tests/support/assignment-lp-model.ts';
import { assignExperts } from './assign.ts';
import type { AssignmentInput } from './input.ts';
import type { AssignmentResult } from './types.ts';

const TOPICS = ['digital', 'green', 'health', 'vet', 'tourism'];
const PICS = ['999000001', '999000002', '999000003', '999000004', '999000005', '999000006'];

interface Size {
  proposals: number;
  experts: number;
  perProposal: number;
  maxLoad: number;
}

/** Random instances of at most the given size; pins are drawn, then kept only where valid. */
function instances(size: Size): fc.Arbitrary<AssignmentInput> {
  const topics = fc.subarray(TOPICS, { maxLength: 3 });
  return fc
    .record({
      expertsPerProposal: fc.integer({ min: 1, max: size.perProposal }),
      proposals: fc.array(
        fc.record({ topics, organisations: fc.subarray(PICS, { minLength: 1, maxLength: 3 }) }),
        { minLength: 1, maxLength: size.proposals },
      ),
      experts: fc.array(
        fc.record({
          topics,
          organisation: fc.constantFrom(...PICS, '999000777', '999000888'),
          maxLoad: fc.integer({ min: 0, max: size.maxLoad }),
        }),
        { minLength: 1, maxLength: size.experts },
      ),
      conflicts: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
      pins: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 2 }),
    })
    .map(({ expertsPerProposal, proposals, experts, conflicts, pins }) => {
      const input: AssignmentInput = {
        expertsPerProposal,
        proposals: proposals.map((p, i) => ({ id: `P${i + 1}`, ...p })),
        experts: experts.map((e, i) => ({ id: `E${i + 1}`, ...e })),
      };
      const pair = ([e, p]: [number, number]) => ({
        expert: input.experts[e % input.experts.length]!.id,
        proposal: input.proposals[p % input.proposals.length]!.id,
      });
      input.conflicts = conflicts.map(pair);
      const mayReview = allowed(input);
      const pinned: { expert: string; proposal: string }[] = [];
      for (const pin of pins.map(pair)) {
        const onProposal = pinned.filter((x) => x.proposal === pin.proposal).length;
        const onExpert = pinned.filter((x) => x.expert === pin.expert).length;
        const maxLoad = input.experts.find((e) => e.id === pin.expert)!.maxLoad;
        const again = pinned.some((x) => x.expert === pin.expert && x.proposal === pin.proposal);
        if (
          !again &&
          mayReview(pin.expert, pin.proposal) &&
          onProposal < expertsPerProposal &&
          onExpert < maxLoad
        )
          pinned.push(pin);
      }
      if (pinned.length > 0) input.pinned = pinned;
      return input;
    });
}

function solve(input: AssignmentInput): AssignmentResult {
  const outcome = assignExperts(input);
  if (!outcome.ok) throw new Error(`refused: ${JSON.stringify(outcome.problems)}`);
  return outcome.result;
}

const tiny = instances({ proposals: 3, experts: 4, perProposal: 2, maxLoad: 2 });
const small = instances({ proposals: 8, experts: 8, perProposal: 3, maxLoad: 4 });
const medium = instances({ proposals: 25, experts: 12, perProposal: 3, maxLoad: 8 });

describe('assignment properties', () => {
  it('equals the exhaustive optimum on tiny instances: slots, working experts, score, evenness, spread', () => {
    fc.assert(
      fc.property(tiny, (input) => {
        assert.deepEqual(objectiveOf(input, solve(input)), bruteForceOptimum(input));
      }),
      { numRuns: 1000 },
    );
  });

  it('always meets every hard constraint, and the report adds up', () => {
    fc.assert(
      fc.property(small, (input) => {
        assertValidResult(input, solve(input));
      }),
      { numRuns: 300 },
    );
  });

  it('is feasible whenever the greedy baseline gets through, with as many experts working, and scores as well when it has as many', () => {
    fc.assert(
      fc.property(small, (input) => {
        const greedy = greedyOutcome(input);
        if (greedy === undefined) return;
        const result = solve(input);
        assert.equal(result.feasible, true);
        const ours = objectiveOf(input, result);
        assert.ok(
          ours.working >= greedy.working,
          `${ours.working} experts working, greedy ${greedy.working}`,
        );
        if (ours.working === greedy.working)
          assert.ok(result.score >= greedy.score, `score ${result.score} below greedy ${greedy.score}`);
      }),
      { numRuns: 300 },
    );
  });

  it('gives byte-identical output for any order of the input lists', () => {
    fc.assert(
      fc.property(small, fc.integer(), (input, seed) => {
        assert.equal(JSON.stringify(solve(shuffledInput(input, seed))), JSON.stringify(solve(input)));
      }),
      { numRuns: 200 },
    );
  });

  describe('against HiGHS', () => {
    let highs: HighsSolver;
    before(async () => {
      highs = await loadHighs();
    });

    it('agrees on feasibility, the most experts working, then the maximum score, then the smallest Σ load²', () => {
      fc.assert(
        fc.property(medium, (input) => {
          const result = solve(input);
          const ours = objectiveOf(input, result);
          const most = highs.solve(workingModel(input).text, { output_flag: false });
          if (most.Status === 'Infeasible') {
            assert.equal(result.feasible, false);
            return;
          }
          assert.equal(most.Status, 'Optimal');
          assert.equal(result.feasible, true);
          const working = Math.round(most.ObjectiveValue);
          assert.equal(ours.working, working, 'experts with work');
          const best = highs.solve(maxScoreModel(input, working).text, { output_flag: false });
          assert.equal(best.Status, 'Optimal');
          assert.equal(result.score, Math.round(best.ObjectiveValue));
          const even = highs.solve(evennessModel(input, result.score, working).text, { output_flag: false });
          assert.equal(even.Status, 'Optimal');
          assert.equal(ours.sumOfSquares, Math.round(even.ObjectiveValue));
        }),
        { numRuns: 150 },
      );
    });
  });
});
