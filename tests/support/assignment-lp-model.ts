/**
 * The assignment problem written out for a general MIP solver (CPLEX LP format), so the engine
 * can be checked against one (HiGHS in the tests and in `npm run bench:assign`). Built from the
 * validated input directly, not from the engine's own canonical form, to stay an independent
 * statement of the problem:
 *
 *   binary x[p,e] for every pair without a conflict of interest (pinned pairs fixed at 1)
 *   Σ_e x[p,e] = expertsPerProposal   for each proposal
 *   Σ_p x[p,e] ≤ maxLoad              for each expert
 *
 * The engine's objective is lexicographic, so it takes up to three models, each fixing what the
 * one before found: workingModel maximises the experts with work (binary w[e] ≤ Σ_p x[p,e]);
 * maxScoreModel maximises the score, with at least `working` experts working when given;
 * evennessModel fixes the score (and the working experts when given) and minimises Σ load², each
 * load split into unit steps u[e,j] ∈ [0, 1] costing 2j − 1.
 */
import type { AssignmentInput } from '../../src/engine/assignment/input.ts';

interface Pair {
  p: number;
  e: number;
  score: number;
}

const NO_EXPERT = 'no_expert';
const variable = (q: Pair) => `x_${q.p}_${q.e}`;

/** The pairs without a conflict of interest, with their scores: the models' columns. */
function allowedPairs(input: AssignmentInput): Pair[] {
  const declared = new Set((input.conflicts ?? []).map((c) => JSON.stringify([c.expert, c.proposal])));
  const pairs: Pair[] = [];
  input.proposals.forEach((proposal, p) => {
    const organisations = new Set(proposal.organisations);
    const topics = new Set(proposal.topics);
    input.experts.forEach((expert, e) => {
      if (organisations.has(expert.organisation)) return;
      if (declared.has(JSON.stringify([expert.id, proposal.id]))) return;
      pairs.push({ p, e, score: [...new Set(expert.topics)].filter((t) => topics.has(t)).length });
    });
  });
  return pairs;
}

/** Terms in lines of 20, so no line grows too long for an LP reader. */
function lines(terms: string[]): string {
  const out: string[] = [];
  for (let i = 0; i < terms.length; i += 20) out.push(`  ${terms.slice(i, i + 20).join(' ')}`);
  return out.length > 0 ? out.join('\n') : '  0';
}

const worker = (e: number) => `w_${e}`;

/**
 * w[e] ≤ Σ_p x[p,e] for each expert, and Σ w ≥ working when a count is given: the rows that
 * count the experts with work. An expert with no allowed pair has w[e] ≤ 0.
 */
function workingRows(input: AssignmentInput, pairs: Pair[], working: number | undefined): string[] {
  const byExpert: string[][] = input.experts.map(() => []);
  for (const q of pairs) byExpert[q.e]!.push(`- ${variable(q)}`);
  const rows = input.experts.map(
    (_, e) => ` works${e}:\n${lines([`+ ${worker(e)}`, ...byExpert[e]!])}\n  <= 0`,
  );
  if (working !== undefined)
    rows.push(` working:\n${lines(input.experts.map((_, e) => `+ ${worker(e)}`))}\n  >= ${working}`);
  return rows;
}

const binarySection = (names: string[]) => (names.length > 0 ? ['Binary', lines(names)] : []);

const workers = (input: AssignmentInput) => input.experts.map((_, e) => worker(e));

function constraintRows(input: AssignmentInput, pairs: Pair[], loadSteps: boolean): string[] {
  const byProposal: string[][] = input.proposals.map(() => []);
  const byExpert: string[][] = input.experts.map(() => []);
  for (const q of pairs) {
    byProposal[q.p]!.push(`+ ${variable(q)}`);
    byExpert[q.e]!.push(`+ ${variable(q)}`);
  }
  // A proposal no expert may review still needs its row: a term-less row would be dropped by the
  // reader, so it gets a column fixed at 0 (see fixedBounds) and stays infeasible.
  const rows = byProposal.map(
    (terms, p) =>
      ` p${p}:\n${lines(terms.length > 0 ? terms : [`+ ${NO_EXPERT}`])}\n  = ${input.expertsPerProposal}`,
  );
  input.experts.forEach((expert, e) => {
    if (loadSteps) {
      const steps = Array.from({ length: expert.maxLoad }, (_, j) => `- u_${e}_${j + 1}`);
      rows.push(` load${e}:\n${lines([...byExpert[e]!, ...steps])}\n  = 0`);
    } else if (byExpert[e]!.length > 0) {
      rows.push(` e${e}:\n${lines(byExpert[e]!)}\n  <= ${expert.maxLoad}`);
    }
  });
  return rows;
}

/** Pinned pairs fixed at 1, and the placeholder column of term-less proposal rows at 0. */
function fixedBounds(input: AssignmentInput, pairs: Pair[]): string[] {
  const proposalIndex = new Map(input.proposals.map((p, i) => [p.id, i]));
  const expertIndex = new Map(input.experts.map((e, i) => [e.id, i]));
  const pinned = new Set(
    (input.pinned ?? []).map((pin) => `${proposalIndex.get(pin.proposal)} ${expertIndex.get(pin.expert)}`),
  );
  return [
    ` ${NO_EXPERT} = 0`,
    ...pairs.filter((q) => pinned.has(`${q.p} ${q.e}`)).map((q) => ` ${variable(q)} = 1`),
  ];
}

const scoreTerms = (pairs: Pair[]) =>
  pairs.filter((q) => q.score > 0).map((q) => `+ ${q.score} ${variable(q)}`);

export interface LpModel {
  text: string;
  /** The number of binary pair variables. */
  pairs: number;
}

/** The most experts that can have work while every proposal gets its experts. */
export function workingModel(input: AssignmentInput): LpModel {
  const pairs = allowedPairs(input);
  const text = [
    'Maximize',
    ` obj:\n${lines(workers(input).map((w) => `+ ${w}`))}`,
    'Subject To',
    ...constraintRows(input, pairs, false),
    ...workingRows(input, pairs, undefined),
    'Bounds',
    ...fixedBounds(input, pairs),
    ...binarySection([...pairs.map(variable), ...workers(input)]),
    'End',
    '',
  ].join('\n');
  return { text, pairs: pairs.length };
}

export function maxScoreModel(input: AssignmentInput, working?: number): LpModel {
  const pairs = allowedPairs(input);
  const text = [
    'Maximize',
    ` obj:\n${lines(scoreTerms(pairs))}`,
    'Subject To',
    ...constraintRows(input, pairs, false),
    ...(working === undefined ? [] : workingRows(input, pairs, working)),
    'Bounds',
    ...fixedBounds(input, pairs),
    ...binarySection([...pairs.map(variable), ...(working === undefined ? [] : workers(input))]),
    'End',
    '',
  ].join('\n');
  return { text, pairs: pairs.length };
}

export function evennessModel(input: AssignmentInput, score: number, working?: number): LpModel {
  const pairs = allowedPairs(input);
  const stepCosts: string[] = [];
  const stepBounds: string[] = [];
  input.experts.forEach((expert, e) => {
    for (let j = 1; j <= expert.maxLoad; j++) {
      stepCosts.push(`+ ${2 * j - 1} u_${e}_${j}`);
      stepBounds.push(` 0 <= u_${e}_${j} <= 1`);
    }
  });
  const text = [
    'Minimize',
    ` obj:\n${lines(stepCosts)}`,
    'Subject To',
    ` score:\n${lines(scoreTerms(pairs))}\n  >= ${score}`,
    ...constraintRows(input, pairs, true),
    ...(working === undefined ? [] : workingRows(input, pairs, working)),
    'Bounds',
    ...stepBounds,
    ...fixedBounds(input, pairs),
    ...binarySection([...pairs.map(variable), ...(working === undefined ? [] : workers(input))]),
    'End',
    '',
  ].join('\n');
  return { text, pairs: pairs.length };
}
