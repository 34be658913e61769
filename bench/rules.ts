/**
 * `npm run bench:rules`: eligibility checks per second for a Lot 1 proposal (10 participants)
 * and a Lot 2 proposal (25 participants), against two baselines on the same inputs:
 *   - json-rules-engine running the same consortium-composition rules (./json-rules-engine-composition.ts);
 *   - JSON.parse of the input text, the floor: a check should cost at most 3× that.
 * The last line is `ratio: N` = our checks/s ÷ json-rules-engine's (geometric mean of the inputs).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LotId } from '../src/engine/call-definition/types.ts';
import { checkEligibility, checkProposal } from '../src/engine/eligibility/check.ts';
import { type ProposalInput, parseProposalInput } from '../src/engine/eligibility/proposal-input.ts';
import { ELIGIBILITY_RULES } from '../src/engine/eligibility/rules/index.ts';
import { REPOSITORY_ROOT, ruleBook } from '../src/node/load-rule-book.ts';
import { compositionEngine, runComposition } from './json-rules-engine-composition.ts';
import { lot1Proposal, lot2Proposal } from './proposals.ts';

const ROUNDS = 7;
const ROUND_MS = 400;
const COMPOSITION_RULES = new Set([
  'coordinator.count',
  'coordinator.country',
  'consortium.min-countries',
  'consortium.min-applicants',
  'consortium.min-labour-market-actors',
  'consortium.min-education-providers',
  'consortium.hei-required',
  'consortium.vet-required',
]);

/** Our engine with only the rules json-rules-engine runs: the like-for-like figure (not the ratio). */
const COMPOSITION_ONLY = ELIGIBILITY_RULES.filter((r) => COMPOSITION_RULES.has(r.id));

/**
 * The floor under any rule: input validation and the participant views, with no rule run. It
 * bounds the ratio the rules could reach if they cost nothing.
 */
function checkWithoutRules(proposal: unknown): void {
  const parsed = parseProposalInput(proposal, book);
  if (parsed.ok) checkEligibility(book, parsed.proposal, []);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** One thing timed: a synchronous function, or json-rules-engine's promise-returning run. */
type Timed = () => unknown;

/** Runs fn for ms milliseconds and returns its rate per second; awaits it when it returns a promise. */
async function rateFor(fn: Timed, ms: number): Promise<number> {
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    const r = fn();
    if (r instanceof Promise) await r;
    n++;
  }
  return n / ((performance.now() - start) / 1000);
}

/**
 * The rate of every figure, round by round in turn, so that whatever the machine does meanwhile
 * (another process, a collection of the heap the previous figure left) falls on all figures alike;
 * timed one after the other, json-rules-engine's figure alone moved by half between runs.
 */
async function interleavedRates<K extends string>(figures: Record<K, Timed>): Promise<Record<K, number[]>> {
  const keys = Object.keys(figures) as K[];
  for (const k of keys) await rateFor(figures[k], ROUND_MS / 2); // warm up the JIT
  const rates = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  for (let round = 0; round < ROUNDS; round++) {
    for (const k of keys) rates[k].push(await rateFor(figures[k], ROUND_MS));
  }
  return rates;
}

const book = ruleBook();

/** Both engines must agree on the composition rules before their speeds are compared. */
async function assertSameComposition(proposal: ProposalInput): Promise<void> {
  const ours = checkProposal(book, proposal);
  if (!ours.ok) throw new Error('benchmark input refused');
  const ourIds = [
    ...new Set(ours.result.findings.map((f) => f.rule).filter((id) => COMPOSITION_RULES.has(id))),
  ].sort();
  const theirs = await runComposition(
    compositionEngine(book, proposal.call, proposal.lot as LotId),
    proposal,
  );
  if (JSON.stringify(ourIds) !== JSON.stringify(theirs)) {
    throw new Error(`the engines disagree on ${proposal.lot}: ours ${ourIds} vs json-rules-engine ${theirs}`);
  }
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-GB').padStart(11);

async function main(): Promise<void> {
  const notEligible = JSON.parse(
    readFileSync(join(REPOSITORY_ROOT, 'spec/examples/lot1-not-eligible.json'), 'utf8'),
  );
  for (const p of [lot1Proposal, lot2Proposal, notEligible]) await assertSameComposition(p);

  console.log(
    `bench:rules on Node ${process.version}: median of ${ROUNDS} rounds of ${ROUND_MS} ms per figure, the figures taking turns round by round`,
  );
  console.log(
    'our check = validation of the raw input + all eligibility rules; json-rules-engine = the 8 composition rules',
  );
  console.log('');
  console.log(
    'input                      bytes  JSON.parse/s  our checks/s  json-rules-engine/s  check÷parse  ours÷jre  same 8 rules/s  same÷jre',
  );
  const ratios: number[] = [];
  const ceilings: number[] = [];
  let worstCostRatio = 0;
  const spreads: string[] = [];
  for (const [label, proposal] of [
    ['Lot 1, 10 participants', lot1Proposal],
    ['Lot 2, 25 participants', lot2Proposal],
  ] as const) {
    const text = JSON.stringify(proposal);
    const parsed = JSON.parse(text);
    const engine = compositionEngine(book, proposal.call, proposal.lot as LotId);
    const rates = await interleavedRates({
      parse: () => JSON.parse(text),
      ours: () => checkProposal(book, parsed),
      jre: () => runComposition(engine, parsed),
      same: () => checkEligibility(book, parsed, COMPOSITION_ONLY),
      floor: () => checkWithoutRules(parsed),
    });
    const [parseRate, ourRate, jreRate, sameRate, floorRate] = [
      median(rates.parse),
      median(rates.ours),
      median(rates.jre),
      median(rates.same),
      median(rates.floor),
    ];
    // The ratio of each round, ours and json-rules-engine's timed side by side: their spread says how far to trust the median.
    const roundRatios = rates.ours.map((o, i) => o / rates.jre[i]!).sort((a, b) => a - b);
    spreads.push(`${label}: ${roundRatios[0]!.toFixed(1)}–${roundRatios.at(-1)!.toFixed(1)}`);
    ceilings.push(floorRate / jreRate);
    const costRatio = parseRate / ourRate;
    worstCostRatio = Math.max(worstCostRatio, costRatio);
    ratios.push(ourRate / jreRate);
    console.log(
      `${label.padEnd(24)} ${String(text.length).padStart(6)} ${fmt(parseRate)}   ${fmt(ourRate)}   ${fmt(jreRate)}         ${costRatio.toFixed(2).padStart(6)}×  ${(ourRate / jreRate).toFixed(1).padStart(7)}  ${fmt(sameRate)}    ${(sameRate / jreRate).toFixed(1).padStart(6)}`,
    );
  }
  const ratio = Math.sqrt(ratios[0]! * ratios[1]!);
  console.log('');
  console.log(
    `validation and participant views alone, no rule run: ${ceilings.map((c) => `${c.toFixed(1)}×`).join(' and ')} json-rules-engine; the ratio cannot pass ${Math.sqrt(ceilings[0]! * ceilings[1]!).toFixed(1)} however cheap the rules`,
  );
  console.log(
    `a check costs at most ${worstCostRatio.toFixed(2)}× the JSON.parse of its input (target: at most 3×)`,
  );
  console.log(
    'the ratio compares our whole check (input validation and every rule, findings in two languages) with the 8 composition rules on json-rules-engine; "same 8 rules" runs only those 8 on ours',
  );
  console.log(`ours ÷ json-rules-engine round by round: ${spreads.join('; ')}`);
  console.log(`ours ÷ json-rules-engine, geometric mean of the two inputs (target: at least 20)`);
  console.log(`ratio: ${ratio.toFixed(1)}`);
}

await main();
