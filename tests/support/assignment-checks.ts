/**
 * Test support for the assignment engine, written apart from it: an independent check of every
 * hard constraint and of the reported figures, a brute-force optimum for tiny instances, a greedy
 * baseline, a seeded shuffle, and a loader for HiGHS (the general MIP solver the tests and the
 * bench compare against). Nothing here uses the engine's own indices or solver. Not part of the
 * engine: it uses node:assert and a devDependency.
 */
import assert from 'node:assert/strict';
import { compareIds } from '../../src/engine/assignment/ids.ts';
import type { AssignmentInput } from '../../src/engine/assignment/input.ts';
import type { AssignmentResult } from '../../src/engine/assignment/types.ts';

const key = (expert: string, proposal: string) => JSON.stringify([expert, proposal]);

/** May this expert review this proposal at all (no conflict of interest of either kind)? */
export function allowed(input: AssignmentInput): (expert: string, proposal: string) => boolean {
  const declared = new Set((input.conflicts ?? []).map((c) => key(c.expert, c.proposal)));
  const employer = new Map(input.experts.map((e) => [e.id, e.organisation]));
  const orgs = new Map(input.proposals.map((p) => [p.id, new Set(p.organisations)]));
  return (expert, proposal) =>
    !declared.has(key(expert, proposal)) && !orgs.get(proposal)!.has(employer.get(expert)!);
}

export function pairScore(input: AssignmentInput): (expert: string, proposal: string) => number {
  const expertTopics = new Map(input.experts.map((e) => [e.id, new Set(e.topics)]));
  const proposalTopics = new Map(input.proposals.map((p) => [p.id, new Set(p.topics)]));
  return (expert, proposal) =>
    [...expertTopics.get(expert)!].filter((t) => proposalTopics.get(proposal)!.has(t)).length;
}

const sorted = (ids: string[]) => [...ids].sort(compareIds);

/** Asserts every hard constraint, the output order and every reported figure. */
export function assertValidResult(input: AssignmentInput, result: AssignmentResult): void {
  const k = input.expertsPerProposal;
  const mayReview = allowed(input);
  const score = pairScore(input);
  const maxLoad = new Map(input.experts.map((e) => [e.id, e.maxLoad]));
  assert.deepEqual(
    result.assignments.map((a) => a.proposal),
    sorted(input.proposals.map((p) => p.id)),
    'every proposal once, sorted by id',
  );
  const loads = new Map(input.experts.map((e) => [e.id, 0]));
  let total = 0;
  const short: string[] = [];
  for (const { proposal, experts } of result.assignments) {
    const ids = experts.map((e) => e.id);
    assert.deepEqual(ids, sorted([...new Set(ids)]), `${proposal}: distinct experts, sorted by id`);
    assert.ok(ids.length <= k, `${proposal}: at most ${k} experts`);
    if (ids.length < k) short.push(proposal);
    for (const e of experts) {
      assert.ok(maxLoad.has(e.id), `${e.id} is a known expert`);
      assert.ok(mayReview(e.id, proposal), `${e.id} has a conflict of interest on ${proposal}`);
      const topics = new Set(input.proposals.find((p) => p.id === proposal)!.topics);
      assert.deepEqual(
        e.matched,
        [...new Set(input.experts.find((x) => x.id === e.id)!.topics)]
          .filter((t) => topics.has(t))
          .sort(compareIds),
        `${e.id} on ${proposal}: matched topics`,
      );
      assert.equal(e.matched.length, score(e.id, proposal));
      total += e.matched.length;
      loads.set(e.id, loads.get(e.id)! + 1);
    }
  }
  assert.equal(result.feasible, short.length === 0, 'feasible exactly when every proposal has its experts');
  assert.deepEqual(
    result.uncovered.map((u) => u.proposal),
    short,
    'the uncovered proposals are the short ones',
  );
  assert.equal(result.score, total, 'score is the sum of matched topics');
  assert.deepEqual(
    Object.keys(result.loads),
    sorted(input.experts.map((e) => e.id)),
    'loads: every expert, sorted',
  );
  for (const [id, load] of loads) {
    assert.equal(result.loads[id], load, `load of ${id}`);
    assert.ok(load <= maxLoad.get(id)!, `${id} over maxLoad`);
  }
  for (const pin of input.pinned ?? []) {
    const entry = result.assignments.find((a) => a.proposal === pin.proposal)!;
    const expert = entry.experts.find((e) => e.id === pin.expert);
    assert.ok(expert?.pinned, `pinned pair ${pin.expert} on ${pin.proposal} kept and marked`);
  }
  for (const u of result.uncovered) {
    const onIt = result.assignments.find((a) => a.proposal === u.proposal)!.experts.length;
    assert.equal(u.assigned, onIt);
    // A maximum assignment leaves no eligible expert with room off a short proposal.
    assert.equal(
      u.eligible,
      u.assigned + u.full.length,
      `${u.proposal}: every other eligible expert is full`,
    );
    assert.equal(u.cause, u.eligible < k ? 'too-few-eligible' : 'experts-full');
  }
}

export interface Objective {
  /** Review slots filled; all of them when feasible. */
  slots: number;
  /** Experts with at least one proposal. */
  working: number;
  score: number;
  sumOfSquares: number;
  /**
   * Largest minus smallest load among the experts who could take work at all (maxLoad ≥ 1 and
   * at least one proposal without a conflict of interest); 0 when there are none.
   */
  spread: number;
}

/** The experts who could take work at all: maxLoad ≥ 1 and a proposal they may review. */
export function availableExperts(input: AssignmentInput): string[] {
  const mayReview = allowed(input);
  return input.experts
    .filter((e) => e.maxLoad >= 1 && input.proposals.some((p) => mayReview(e.id, p.id)))
    .map((e) => e.id);
}

function spreadOf(loads: ReadonlyMap<string, number> | Record<string, number>, available: string[]): number {
  const of = (id: string) => (loads instanceof Map ? loads.get(id)! : (loads as Record<string, number>)[id]!);
  if (available.length === 0) return 0;
  const values = available.map(of);
  return Math.max(...values) - Math.min(...values);
}

export function objectiveOf(input: AssignmentInput, result: AssignmentResult): Objective {
  const loads = Object.values(result.loads);
  return {
    slots: result.assignments.reduce((n, a) => n + a.experts.length, 0),
    working: loads.filter((l) => l > 0).length,
    score: result.score,
    sumOfSquares: loads.reduce((s, l) => s + l * l, 0),
    spread: spreadOf(result.loads, availableExperts(input)),
  };
}

function subsets<T>(items: T[], size: number): T[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [first, ...rest] = items as [T, ...T[]];
  return [...subsets(rest, size - 1).map((s) => [first, ...s]), ...subsets(rest, size)];
}

/**
 * Exhaustive search over every way to give each proposal up to k allowed experts (pins
 * included), within loads: the best by most slots, then most experts working, then highest
 * score, then smallest Σ load². Its `spread` is the smallest spread found among every assignment
 * that ties with the best on slots, working and score, computed on its own (not the spread of the
 * assignment with the least Σ load²), so that a solver whose Σ load² is right but whose spread is
 * not still fails. Only for tiny instances.
 */
export function bruteForceOptimum(input: AssignmentInput): Objective {
  const k = input.expertsPerProposal;
  const mayReview = allowed(input);
  const score = pairScore(input);
  const available = availableExperts(input);
  const pins = input.pinned ?? [];
  const options = input.proposals.map((p) => {
    const pinned = [...new Set(pins.filter((x) => x.proposal === p.id).map((x) => x.expert))];
    const free = input.experts.map((e) => e.id).filter((e) => !pinned.includes(e) && mayReview(e, p.id));
    const choices: string[][] = [];
    for (let size = 0; size + pinned.length <= k; size++)
      for (const s of subsets(free, size)) choices.push([...pinned, ...s]);
    return choices;
  });
  const maxLoad = new Map(input.experts.map((e) => [e.id, e.maxLoad]));
  const load = new Map(input.experts.map((e) => [e.id, 0]));
  let best: Objective = { slots: -1, working: -1, score: -1, sumOfSquares: 0, spread: 0 };
  const compareHead = (a: Objective, b: Objective) =>
    a.slots - b.slots || a.working - b.working || a.score - b.score;
  const visit = (p: number, slots: number, total: number) => {
    if (p === input.proposals.length) {
      const loads = [...load.values()];
      const candidate: Objective = {
        slots,
        working: loads.filter((l) => l > 0).length,
        score: total,
        sumOfSquares: loads.reduce((s, l) => s + l * l, 0),
        spread: spreadOf(load, available),
      };
      const head = compareHead(candidate, best);
      if (head > 0) best = candidate;
      else if (head === 0)
        best = {
          ...best,
          sumOfSquares: Math.min(best.sumOfSquares, candidate.sumOfSquares),
          spread: Math.min(best.spread, candidate.spread),
        };
      return;
    }
    const proposal = input.proposals[p]!.id;
    for (const choice of options[p]!) {
      if (choice.some((e) => load.get(e)! + 1 > maxLoad.get(e)!)) continue;
      for (const e of choice) load.set(e, load.get(e)! + 1);
      visit(p + 1, slots + choice.length, total + choice.reduce((s, e) => s + score(e, proposal), 0));
      for (const e of choice) load.set(e, load.get(e)! - 1);
    }
  };
  visit(0, 0, 0);
  return best;
}

/**
 * The obvious heuristic: the pinned pairs first, then proposals in input order, each taking the
 * best-scoring experts that are allowed and still have room (ties by id). Returns its score and
 * how many experts it gave work, or undefined when it gets stuck.
 */
export function greedyOutcome(input: AssignmentInput): { score: number; working: number } | undefined {
  const mayReview = allowed(input);
  const score = pairScore(input);
  const room = new Map(input.experts.map((e) => [e.id, e.maxLoad]));
  const onProposal = new Map(input.proposals.map((p) => [p.id, new Set<string>()]));
  const working = new Set<string>();
  let total = 0;
  const take = (expert: string, proposal: string) => {
    room.set(expert, room.get(expert)! - 1);
    onProposal.get(proposal)!.add(expert);
    working.add(expert);
    total += score(expert, proposal);
  };
  for (const pin of input.pinned ?? [])
    if (!onProposal.get(pin.proposal)!.has(pin.expert)) take(pin.expert, pin.proposal);
  for (const p of input.proposals) {
    const already = onProposal.get(p.id)!;
    const chosen = input.experts
      .map((e) => e.id)
      .filter((e) => !already.has(e) && mayReview(e, p.id) && room.get(e)! > 0)
      .sort((a, b) => score(b, p.id) - score(a, p.id) || compareIds(a, b))
      .slice(0, input.expertsPerProposal - already.size);
    if (chosen.length + already.size < input.expertsPerProposal) return undefined;
    for (const e of chosen) take(e, p.id);
  }
  return { score: total, working: working.size };
}

/** mulberry32, for shuffles that are random-looking but the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The same instance with every list (and every list inside its items) in another order. */
export function shuffledInput(input: AssignmentInput, seed: number): AssignmentInput {
  const random = seededRandom(seed);
  return {
    expertsPerProposal: input.expertsPerProposal,
    proposals: shuffle(
      input.proposals.map((p) => ({
        ...p,
        topics: shuffle(p.topics, random),
        organisations: shuffle(p.organisations, random),
      })),
      random,
    ),
    experts: shuffle(
      input.experts.map((e) => ({ ...e, topics: shuffle(e.topics, random) })),
      random,
    ),
    ...(input.conflicts ? { conflicts: shuffle(input.conflicts, random) } : {}),
    ...(input.pinned ? { pinned: shuffle(input.pinned, random) } : {}),
  };
}

/** The part of the `highs` package's API used here: solve CPLEX LP text in one call. */
export interface HighsSolver {
  solve(lp: string, options?: Record<string, unknown>): { Status: string; ObjectiveValue: number };
}

/**
 * Loads HiGHS (WebAssembly). The package is CommonJS with an ES build beside it; its types
 * describe the CommonJS side, where the loader sits one `default` deeper than in the ES build
 * Node actually loads. Both are accepted.
 */
export async function loadHighs(): Promise<HighsSolver> {
  const module = (await import('highs')) as unknown as { default: unknown };
  const loader = (
    typeof module.default === 'function' ? module.default : (module.default as { default: unknown }).default
  ) as () => Promise<HighsSolver>;
  return loader();
}
