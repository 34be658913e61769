/** `alliances assign FILE [--format json|text]`: spec/assign-format.md. */
import { assignExperts, loadSpread } from '../../engine/assignment/assign.ts';
import type { AssignmentResult, Exclusion } from '../../engine/assignment/types.ts';
import { describeProblem } from '../../engine/eligibility/proposal-input.ts';
import { type CommandResult, json, ok, readJsonInput, unusable } from '../io.ts';
import { parseOptions } from '../options.ts';

export function runAssign(args: string[], stdin: () => string): CommandResult {
  const parsed = parseOptions(args);
  if (!parsed.ok) return parsed.result;
  const { format, positionals, flags } = parsed.options;
  if (flags.lang !== undefined)
    return unusable('--lang: not an option of assign; expected only --format json|text');
  if (positionals.length > 1)
    return unusable(`expected one FILE; got ${positionals.length}: ${positionals.join(' ')}`);
  const input = readJsonInput(positionals[0], stdin);
  if (!input.ok) return input.result;
  const assigned = assignExperts(input.value);
  if (!assigned.ok) return unusable(...assigned.problems.map(describeProblem));
  const { result } = assigned;
  return ok(format === 'json' ? json(result) : assignmentAsText(result), result.feasible ? 0 : 1);
}

/** For people: the verdict and spread first, then each proposal's experts, then what went wrong. */
export function assignmentAsText(result: AssignmentResult): string {
  const spread = loadSpread(result);
  const experts = Object.keys(result.loads).length;
  const lines = [
    `Score ${result.score}, feasible: ${result.feasible ? 'yes' : 'no'}; loads min ${spread.min}, max ${spread.max} ` +
      `over ${experts} expert${experts === 1 ? '' : 's'} (sum of squares ${spread.sumOfSquares}).`,
    '',
  ];
  for (const { proposal, experts } of result.assignments) {
    const who = experts.map(
      (e) =>
        `${e.id}${e.pinned ? ' [pinned]' : ''} (${e.matched.length > 0 ? e.matched.join(', ') : 'no matching topic'})`,
    );
    lines.push(`${proposal}: ${who.length > 0 ? who.join('; ') : 'no experts'}`);
  }
  if (result.uncovered.length > 0) {
    lines.push('', `Not covered (${result.uncovered.length}):`);
    for (const u of result.uncovered) {
      const why =
        u.cause === 'too-few-eligible'
          ? `only ${u.eligible} eligible expert${u.eligible === 1 ? '' : 's'}, ${u.needed} needed`
          : `${u.eligible} eligible experts, but the others are full`;
      lines.push(`  ${u.proposal}: ${u.assigned} of ${u.needed} experts; ${why}.`);
      if (u.excluded.length > 0) lines.push(`    excluded: ${u.excluded.map(describeExclusion).join('; ')}`);
      if (u.unavailable.length > 0) lines.push(`    maxLoad 0: ${u.unavailable.join(', ')}`);
      if (u.full.length > 0) lines.push(`    full: ${u.full.join(', ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function describeExclusion(x: Exclusion): string {
  if (x.reason === 'employer-takes-part') return `${x.expert} (employer ${x.organisation} takes part)`;
  return `${x.expert} (declared conflict${x.declared ? `: ${x.declared}` : ''})`;
}
