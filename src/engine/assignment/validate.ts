/**
 * Refuses an assignment input that cannot be solved as it stands, naming every problem: the field,
 * what was expected and what was there (the style of the eligibility check's input problems).
 * Shape problems come first and alone, since the checks after them need the shape; when the shape
 * is right, every referential problem is reported at once: duplicate ids, conflicts or pins naming
 * an unknown expert or proposal, and pins that break a hard constraint.
 */
import type { InputProblem } from '../eligibility/proposal-input.ts';
import { formatPath, show, valueAt } from '../field-path.ts';
import { type AssignmentInput, assignmentInputSchema } from './input.ts';

export type ParsedAssignment = { ok: true; input: AssignmentInput } | { ok: false; problems: InputProblem[] };

export function parseAssignmentInput(raw: unknown): ParsedAssignment {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      ok: false,
      problems: [
        {
          field: '(top level)',
          expected: 'a JSON object with expertsPerProposal, proposals and experts',
          got: show(raw),
        },
      ],
    };
  }
  const shaped = assignmentInputSchema.safeParse(raw);
  if (!shaped.success) {
    return {
      ok: false,
      problems: shaped.error.issues.map((issue) => ({
        field: formatPath(issue.path) || '(top level)',
        expected: issue.message,
        got: show(valueAt(raw, issue.path)),
      })),
    };
  }
  const input = shaped.data;
  const problems = [...duplicateIds(input), ...unknownReferences(input), ...brokenPins(input)];
  return problems.length > 0 ? { ok: false, problems } : { ok: true, input };
}

function duplicateIds(input: AssignmentInput): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const list of ['proposals', 'experts'] as const) {
    const firstAt = new Map<string, number>();
    input[list].forEach((item, i) => {
      const first = firstAt.get(item.id);
      if (first === undefined) firstAt.set(item.id, i);
      else
        problems.push({
          field: `${list}[${i}].id`,
          expected: `an id not used before in ${list} (${list}[${first}] has it)`,
          got: show(item.id),
        });
    });
  }
  return problems;
}

function unknownReferences(input: AssignmentInput): InputProblem[] {
  const experts = new Set(input.experts.map((e) => e.id));
  const proposals = new Set(input.proposals.map((p) => p.id));
  const problems: InputProblem[] = [];
  for (const list of ['conflicts', 'pinned'] as const) {
    (input[list] ?? []).forEach((pair, i) => {
      if (!experts.has(pair.expert))
        problems.push({
          field: `${list}[${i}].expert`,
          expected: 'the id of an expert listed in experts',
          got: show(pair.expert),
        });
      if (!proposals.has(pair.proposal))
        problems.push({
          field: `${list}[${i}].proposal`,
          expected: 'the id of a proposal listed in proposals',
          got: show(pair.proposal),
        });
    });
  }
  return problems;
}

/** A pinned pair must itself obey the hard constraints: no conflict, room in both loads. */
function brokenPins(input: AssignmentInput): InputProblem[] {
  const expertById = new Map(input.experts.map((e) => [e.id, e]));
  const proposalById = new Map(input.proposals.map((p) => [p.id, p]));
  const declaredAt = new Map<string, number>();
  (input.conflicts ?? []).forEach((c, i) => {
    const key = pairKey(c.expert, c.proposal);
    if (!declaredAt.has(key)) declaredAt.set(key, i);
  });
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const perProposal = new Map<string, number>();
  const perExpert = new Map<string, number>();
  (input.pinned ?? []).forEach((pin, i) => {
    const expert = expertById.get(pin.expert);
    const proposal = proposalById.get(pin.proposal);
    if (!expert || !proposal) return; // already reported as an unknown reference
    const key = pairKey(pin.expert, pin.proposal);
    if (seen.has(key)) return; // the same pin twice fixes the same pair once
    seen.add(key);
    const field = `pinned[${i}]`;
    const pair = show({ expert: pin.expert, proposal: pin.proposal });
    if (proposal.organisations.includes(expert.organisation))
      problems.push({
        field,
        expected: 'a pair without a conflict of interest',
        got: `${pair}, but the employer of ${pin.expert} (${expert.organisation}) takes part in ${pin.proposal}`,
      });
    const declared = declaredAt.get(key);
    if (declared !== undefined)
      problems.push({
        field,
        expected: 'a pair without a conflict of interest',
        got: `${pair}, but conflicts[${declared}] declares a conflict of interest for it`,
      });
    const onProposal = (perProposal.get(pin.proposal) ?? 0) + 1;
    perProposal.set(pin.proposal, onProposal);
    if (onProposal === input.expertsPerProposal + 1)
      problems.push({
        field,
        expected: `at most ${input.expertsPerProposal} pinned experts on proposal ${pin.proposal} (expertsPerProposal)`,
        got: `pinned expert number ${onProposal} on it`,
      });
    const onExpert = (perExpert.get(pin.expert) ?? 0) + 1;
    perExpert.set(pin.expert, onExpert);
    if (onExpert === expert.maxLoad + 1)
      problems.push({
        field,
        expected: `at most ${expert.maxLoad} pinned proposals for expert ${pin.expert} (their maxLoad)`,
        got: `pinned proposal number ${onExpert} for them`,
      });
  });
  return problems;
}

/** A key for an (expert, proposal) pair that no two different pairs share, whatever the ids hold. */
export function pairKey(expert: string, proposal: string): string {
  return JSON.stringify([expert, proposal]);
}
