/**
 * The assignment as a minimum-cost flow:
 *
 *   source → proposal p   capacity expertsPerProposal − (experts pinned to p), cost 0
 *   proposal p → expert e capacity 1 for each candidate pair (so experts are distinct),
 *                         cost SCALE · (maxPairScore − score(p, e))
 *   expert e → sink       one arc of capacity 1 per unit of load the expert may still take:
 *                         the j-th unit costs 2j − 1, plus IDLE_FIRST when j ≥ 2
 *
 * A maximum flow covers as many review slots as possible; when it covers them all, the
 * assignment is feasible. Among maximum flows of value F, the cost is
 *
 *   IDLE_FIRST · (F − newly working) + SCALE · (F · maxPairScore − score) + Σ_e (load_e² − pinned_e²)
 *
 * where "newly working" counts the experts with no pinned proposal who get at least one: only
 * their first unit escapes IDLE_FIRST. The unit costs 1, 3, 5, … of an expert add up to the
 * square of their load. So, in this order, the flow
 *
 *   1. covers the most review slots,
 *   2. gives work to the most experts (every expert who can take a proposal gets one whenever
 *      the slots allow it; loads are balanced before expertise is matched),
 *   3. has the highest score (matched topics),
 *   4. has the smallest sum of squared loads.
 *
 * The weights make each level strictly dominate the next: SCALE is 1 more than an upper bound on
 * Σ load², and IDLE_FIRST exceeds the largest possible total of levels 3 and 4.
 *
 * Level 4 also makes the spread (largest load − smallest load) as small as it can be among the
 * assignments optimal on levels 1 to 3: those assignments are the flows of one network (the arcs
 * a lower cost rules out fixed), the load vectors of a network's flows form an M-convex set, and
 * on an M-convex set the least sum of squares is the "decreasingly minimal" element, which also
 * has the least max − min (Frank and Murota, Discrete decreasing minimization, 2019). The
 * brute-force property test checks the spread directly. The increasing unit costs are the convex
 * per-unit load costs HotCRP's min-cost-flow assignment uses.
 */
import type { Instance } from './instance.ts';
import { FlowNetwork } from './min-cost-flow.ts';

export interface RawAssignment {
  /** Per proposal, the assigned expert indices (pinned ones included), ascending. */
  experts: number[][];
  /** Per expert, how many proposals they review. */
  loads: Int32Array;
  score: number;
}

export type Solved = { ok: true; assignment: RawAssignment } | { ok: false; reason: string };

export function solveInstance(instance: Instance): Solved {
  const { proposals, experts, candidates, expertsPerProposal } = instance;
  const P = proposals.length;
  const E = experts.length;
  const source = 0;
  const sink = P + E + 1;
  const proposalNode = (p: number) => 1 + p;
  const expertNode = (e: number) => 1 + P + e;

  // An expert's load can never exceed the proposals they could review at all.
  const reachable = new Int32Array(E);
  let maxPairScore = 0;
  for (const c of candidates) {
    for (const e of c.experts) reachable[e]!++;
    for (const s of c.scores) maxPairScore = Math.max(maxPairScore, s);
  }
  const loadCap = experts.map((e, i) => Math.min(e.maxLoad, e.pinned + reachable[i]!));
  // Two upper bounds on Σ load²: each load at its cap, or every review slot at the largest cap.
  const largestCap = loadCap.reduce((a, b) => Math.max(a, b), 0);
  const sumOfSquaresBound = Math.min(
    loadCap.reduce((sum, cap) => sum + cap * cap, 0),
    largestCap * P * expertsPerProposal,
  );
  const scale = 1 + sumOfSquaresBound;
  // Levels 3 and 4 together cost at most scale · maxPairScore · slots + Σ load² < idleFirst.
  const slots = P * expertsPerProposal;
  const idleFirst = scale * (maxPairScore * slots + 1);
  const largestArcCost = Math.max(scale * maxPairScore, idleFirst + 2 * largestCap);
  if ((P + E + 2) * largestArcCost > Number.MAX_SAFE_INTEGER / 4)
    return {
      ok: false,
      reason: 'an instance small enough for exact arithmetic (fewer experts, lower maxLoad or fewer topics)',
    };

  const network = new FlowNetwork(P + E + 2);
  proposals.forEach((proposal, p) => {
    network.addArc(source, proposalNode(p), expertsPerProposal - proposal.pinned.length, 0);
  });
  const pairArcs: number[][] = candidates.map((c, p) =>
    Array.from(c.experts, (e, k) =>
      network.addArc(proposalNode(p), expertNode(e), 1, scale * (maxPairScore - c.scores[k]!)),
    ),
  );
  experts.forEach((expert, e) => {
    for (let j = expert.pinned + 1; j <= loadCap[e]!; j++)
      network.addArc(expertNode(e), sink, 1, (j >= 2 ? idleFirst : 0) + 2 * j - 1);
  });

  const solution = network.solve(source, sink);

  const loads = Int32Array.from(experts, (e) => e.pinned);
  let score = instance.pinnedScore;
  const assigned = proposals.map((proposal, p) => {
    const chosen = [...proposal.pinned];
    const c = candidates[p]!;
    pairArcs[p]!.forEach((arc, k) => {
      if (solution.flowOn(arc) === 0) return;
      const e = c.experts[k]!;
      chosen.push(e);
      loads[e]!++;
      score += c.scores[k]!;
    });
    return chosen.sort((a, b) => a - b);
  });
  return { ok: true, assignment: { experts: assigned, loads, score } };
}
