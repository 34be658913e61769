/**
 * The input of `alliances rank` (spec/rank-format.md) and the validation that refuses what
 * cannot be ranked, naming every problem's field at once: the wrong shape, an unknown call, a lot
 * the call lacks, a score outside 0..max or for an unknown or missing criterion, a lot with
 * proposals but no envelope, duplicate ids, money that is not whole euros.
 */
import { z } from 'zod';
import type { CallDefinition, CriterionId, LotId, RuleBook } from '../call-definition/types.ts';
import { resolveEcosystem } from '../eligibility/context.ts';
import type { InputProblem } from '../eligibility/proposal-input.ts';
import { formatPath, show, valueAt } from '../field-path.ts';
import type { RankInput, RankProposalInput } from './types.ts';

const wholeEuros = (what: string) =>
  z
    .number({ error: `${what} in whole euros (a number)` })
    .int({ error: `${what} in whole euros, without cents` })
    .nonnegative({ error: `${what} in whole euros, zero or more` });

const proposalSchema = z.object({
  id: z.string({ error: 'the proposal id as a string, e.g. "101"' }).min(1, { error: 'a non-empty id' }),
  lot: z.string({ error: 'the lot as a string: "lot1", "lot2" or "lot3"' }),
  requestedGrant: wholeEuros('the requested EU grant'),
  ecosystem: z.string({ error: 'an ecosystem id as a string, e.g. "digital"' }).optional(),
  scores: z.record(z.string(), z.number({ error: 'a consensus score as a number' }), {
    error: 'an object with one consensus score per award criterion',
  }),
});

export const rankInputSchema = z.object({
  call: z.string({ error: 'the call year as a string, e.g. "2025"' }),
  envelopes: z
    .record(z.string(), wholeEuros('the envelope'), { error: 'an object of envelopes per lot' })
    .optional(),
  proposals: z.array(proposalSchema, { error: 'a list of proposals' }),
});

type RawInput = z.infer<typeof rankInputSchema>;
type RawProposal = z.infer<typeof proposalSchema>;

export type ParsedRankInput =
  | { ok: true; call: CallDefinition; input: RankInput }
  | { ok: false; problems: InputProblem[] };

function lotProblems(call: CallDefinition, raw: RawInput): InputProblem[] {
  const lots = Object.keys(call.lots).sort();
  const expected = `a lot of the ${call.year} call: ${lots.join(', ')}`;
  const problems: InputProblem[] = [];
  for (const lot of Object.keys(raw.envelopes ?? {})) {
    if (!lots.includes(lot)) problems.push({ field: `envelopes.${lot}`, expected, got: show(lot) });
  }
  const reported = new Set<string>();
  raw.proposals.forEach((p, i) => {
    if (!lots.includes(p.lot)) {
      problems.push({ field: `proposals[${i}].lot`, expected, got: show(p.lot) });
      return;
    }
    const hasEnvelope = raw.envelopes?.[p.lot] !== undefined || call.lots[p.lot as LotId]?.envelope;
    if (hasEnvelope || reported.has(p.lot)) return;
    reported.add(p.lot);
    problems.push({
      field: `envelopes.${p.lot}`,
      expected: `the envelope of ${p.lot} in whole euros (proposals[${i}] is in ${p.lot}, and the ${call.year} call definition gives no envelope for it)`,
      got: show(undefined),
    });
  });
  return problems;
}

function scoreProblems(call: CallDefinition, p: RawProposal, i: number): InputProblem[] {
  const problems: InputProblem[] = [];
  const criteria = call.awardCriteria.criteria;
  for (const c of criteria) {
    const score = p.scores[c.id];
    const field = `proposals[${i}].scores.${c.id}`;
    const range = `a score from 0 to ${c.maximum.value} (the maximum of ${c.id})`;
    if (score === undefined) problems.push({ field, expected: range, got: show(undefined) });
    else if (score < 0 || score > c.maximum.value)
      problems.push({ field, expected: range, got: show(score) });
  }
  const known = criteria.map((c) => c.id as string);
  for (const key of Object.keys(p.scores)) {
    if (known.includes(key)) continue;
    problems.push({
      field: `proposals[${i}].scores.${key}`,
      expected: `only the award criteria of the ${call.year} call: ${known.join(', ')}`,
      got: show(p.scores[key]),
    });
  }
  return problems;
}

function duplicateProblems(raw: RawInput): InputProblem[] {
  const firstAt = new Map<string, number>();
  const problems: InputProblem[] = [];
  raw.proposals.forEach((p, i) => {
    const first = firstAt.get(p.id);
    if (first === undefined) firstAt.set(p.id, i);
    else
      problems.push({
        field: `proposals[${i}].id`,
        expected: `an id used by one proposal only (proposals[${first}] has it too)`,
        got: show(p.id),
      });
  });
  return problems;
}

/** The one-per-ecosystem rule needs each proposal's ecosystem; names and aliases are read as ids. */
function ecosystemOf(
  book: RuleBook,
  call: CallDefinition,
  p: RawProposal,
  i: number,
): { ecosystem?: string; problem?: InputProblem } {
  const rule = call.lots[p.lot as LotId]?.selection.value.rule;
  if (rule !== 'one-per-ecosystem') return p.ecosystem === undefined ? {} : { ecosystem: p.ecosystem };
  const id = resolveEcosystem(book.catalogue, p.ecosystem);
  if (id && (call.ecosystems.value as readonly string[]).includes(id)) return { ecosystem: id };
  return {
    problem: {
      field: `proposals[${i}].ecosystem`,
      expected: `an ecosystem of the ${call.year} call (${p.lot} selects one proposal per ecosystem): ${call.ecosystems.value.join(', ')}`,
      got: show(p.ecosystem),
    },
  };
}

/** Validates already JSON-parsed input against the schema and the call it names. */
export function parseRankInput(book: RuleBook, input: unknown): ParsedRankInput {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    const expected = 'a JSON object with call, envelopes and proposals';
    return { ok: false, problems: [{ field: '(top level)', expected, got: show(input) }] };
  }
  const result = rankInputSchema.safeParse(input);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((issue) => ({
        field: formatPath(issue.path) || '(top level)',
        expected: issue.message,
        got: show(valueAt(input, issue.path)),
      })),
    };
  }
  const raw = result.data;
  const call = book.calls[raw.call];
  if (!call) {
    const years = Object.keys(book.calls).sort();
    const expected = `one of the known call years ${years.join(', ')}`;
    return { ok: false, problems: [{ field: 'call', expected, got: show(raw.call) }] };
  }
  const problems = [...lotProblems(call, raw), ...duplicateProblems(raw)];
  const proposals: RankProposalInput[] = [];
  raw.proposals.forEach((p, i) => {
    problems.push(...scoreProblems(call, p, i));
    const { ecosystem, problem } = ecosystemOf(book, call, p, i);
    if (problem) problems.push(problem);
    const proposal: RankProposalInput = {
      id: p.id,
      lot: p.lot as LotId,
      requestedGrant: p.requestedGrant,
      scores: p.scores as Record<CriterionId, number>,
    };
    if (ecosystem !== undefined) proposal.ecosystem = ecosystem;
    proposals.push(proposal);
  });
  if (problems.length > 0) return { ok: false, problems };
  const envelopes = (raw.envelopes ?? {}) as Partial<Record<LotId, number>>;
  return { ok: true, call, input: { call: raw.call, envelopes, proposals } };
}
