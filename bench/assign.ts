/**
 * `npm run bench:assign`: the expert-assignment engine against HiGHS (the `highs` npm package,
 * HiGHS compiled to WebAssembly) on one deterministic random instance of the agency's size:
 * 500 proposals, 200 experts, 3 experts per proposal.
 *
 * HiGHS solves the same problem as two MIPs over a binary x[p,e] for every pair without a
 * conflict of interest, Σ_e x[p,e] = 3 per proposal, Σ_p x[p,e] ≤ maxLoad per expert: the first
 * maximises the experts with work, the second fixes that count and maximises the score. Both
 * figures must equal ours (both are optimal), or the bench fails. Our side is then checked once
 * more: a third HiGHS model fixes both and minimises the sum of squared loads (each expert's load
 * split into unit steps costing 1, 3, 5, …), which must equal ours.
 *
 * Timed: our assignExperts(input) from the JSON-parsed input (validation included), and HiGHS's
 * two solve(lpText) calls from the LP text (parsing included; building the text is not timed).
 * The last line is `ratio: N` = HiGHS time ÷ our time.
 *
 * Both HiGHS models are written by tests/support/assignment-lp-model.ts.
 */
import { assignExperts, loadSpread } from '../src/engine/assignment/assign.ts';
import type { AssignmentInput } from '../src/engine/assignment/input.ts';
import { type HighsSolver, loadHighs } from '../tests/support/assignment-checks.ts';
import { evennessModel, maxScoreModel, workingModel } from '../tests/support/assignment-lp-model.ts';

const OUR_RUNS = 9;
const HIGHS_RUNS = 3;

/** mulberry32: a small seeded PRNG, so every run benchmarks the same instance. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ECOSYSTEMS = [
  'tourism',
  'mobility-transport-automotive',
  'aerospace-defence',
  'construction',
  'agri-food',
  'energy-intensive',
  'textile',
  'cultural-creative',
  'digital',
  'renewable-energy',
  'electronics',
  'retail',
  'proximity-social-economy',
  'health',
];
const THEMES = ['entrepreneurship', 'green', 'digital-skills', 'vet', 'higher-education'];

function instance(seed: number): AssignmentInput {
  const random = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const some = <T>(xs: readonly T[], n: number) => {
    const chosen = new Set<T>();
    while (chosen.size < n) chosen.add(pick(xs));
    return [...chosen];
  };
  const pics = Array.from({ length: 1500 }, (_, i) => String(949000000 + i * 37));
  const proposals = Array.from({ length: 500 }, (_, i) => ({
    id: String(101000 + i),
    // One ecosystem, one to three cross-cutting themes.
    topics: [pick(ECOSYSTEMS), ...some(THEMES, int(1, 3))],
    organisations: some(pics, int(8, 15)),
  }));
  const experts = Array.from({ length: 200 }, (_, i) => ({
    id: `E${String(i + 1).padStart(3, '0')}`,
    topics: [...some(ECOSYSTEMS, int(1, 3)), ...some(THEMES, int(1, 2))],
    // About a third work for an organisation that takes part in some proposals.
    organisation: random() < 0.35 ? pick(pics) : String(960000000 + i),
    maxLoad: int(6, 12),
  }));
  const conflicts = Array.from({ length: 25 }, () => ({
    expert: pick(experts).id,
    proposal: pick(proposals).id,
    reason: 'declared',
  }));
  return { expertsPerProposal: 3, proposals, experts, conflicts };
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

async function main(): Promise<void> {
  const input = instance(20250306);
  const model = maxScoreModel(input);
  console.log(
    `bench:assign on Node ${process.version}: ${input.proposals.length} proposals × ${input.experts.length} experts, ` +
      `${input.expertsPerProposal} experts per proposal, ${model.pairs} pairs without a conflict of interest`,
  );

  assignExperts(input); // warm up the JIT
  const ourRuns = Array.from({ length: OUR_RUNS }, () => time(() => assignExperts(input)));
  const outcome = ourRuns[0]!.value;
  if (!outcome.ok) throw new Error(`our engine refused the instance: ${JSON.stringify(outcome.problems)}`);
  const ours = outcome.result;
  if (!ours.feasible) throw new Error('the bench instance should be feasible; change the generator');
  const ourMs = median(ourRuns.map((r) => r.ms));
  const spread = loadSpread(ours);
  console.log(`ours:  score ${ours.score}, median ${ourMs.toFixed(1)} ms over ${OUR_RUNS} runs`);
  console.log(`       loads min ${spread.min}, max ${spread.max}, sum of squares ${spread.sumOfSquares}`);

  let highs: HighsSolver;
  try {
    highs = await loadHighs();
  } catch (error) {
    console.log(`HiGHS could not be loaded here: ${(error as Error).message}`);
    console.log('ratio: n/a (HiGHS did not run; no comparison was made)');
    process.exitCode = 1;
    return;
  }
  const workingText = workingModel(input).text;
  const highsRuns: { ms: number; status: string; working: number; score: number }[] = [];
  for (let i = 0; i < HIGHS_RUNS; i++) {
    const most = time(() => highs.solve(workingText, { output_flag: false }));
    const working = Math.round(most.value.ObjectiveValue);
    const scoreText = maxScoreModel(input, working).text;
    const best = time(() => highs.solve(scoreText, { output_flag: false }));
    const status = most.value.Status === 'Optimal' ? best.value.Status : most.value.Status;
    highsRuns.push({ ms: most.ms + best.ms, status, working, score: Math.round(best.value.ObjectiveValue) });
  }
  const highsResult = highsRuns[0]!;
  if (highsResult.status !== 'Optimal') {
    console.log(`HiGHS did not prove an optimum: status "${highsResult.status}"`);
    console.log('ratio: n/a (HiGHS did not solve the model; no comparison was made)');
    process.exitCode = 1;
    return;
  }
  const highsMs = median(highsRuns.map((r) => r.ms));
  const ourWorking = Object.values(ours.loads).filter((l) => l > 0).length;
  console.log(
    `HiGHS: ${highsResult.working} experts working, score ${highsResult.score}, median ${highsMs.toFixed(1)} ms over ${HIGHS_RUNS} runs of both MIPs (${model.pairs} binaries, LP text ${(model.text.length / 1e6).toFixed(1)} MB)`,
  );
  if (highsResult.score !== ours.score || highsResult.working !== ourWorking) {
    console.log(
      `FAIL: ours ${ourWorking} experts working, score ${ours.score}; HiGHS ${highsResult.working}, ${highsResult.score}`,
    );
    process.exitCode = 1;
  } else {
    console.log(`experts working agree: ${ourWorking}; scores agree: ${ours.score}`);
  }

  const even = time(() =>
    highs.solve(evennessModel(input, highsResult.score, highsResult.working).text, { output_flag: false }),
  );
  if (even.value.Status === 'Optimal') {
    const hsq = Math.round(even.value.ObjectiveValue);
    const verdict = hsq === spread.sumOfSquares ? 'agree' : 'DIFFER';
    console.log(
      `evenness at the maximum score (HiGHS, ${even.ms.toFixed(0)} ms, not part of the ratio): sum of squares ours ${spread.sumOfSquares}, HiGHS ${hsq}: ${verdict}`,
    );
    if (hsq !== spread.sumOfSquares) process.exitCode = 1;
  } else {
    console.log(`evenness check skipped: HiGHS ended with status "${even.value.Status}"`);
  }
  console.log(`ratio: ${(highsMs / ourMs).toFixed(2)}`);
}

await main();
