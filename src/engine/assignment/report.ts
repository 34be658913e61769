/**
 * Turns the solver's indices back into the agency's words: which experts review which proposal
 * and on what topics, every expert's load, and, when some proposals could not get their experts,
 * why not.
 */
import { type Instance, matchedTopics } from './instance.ts';
import type { RawAssignment } from './solve.ts';
import type { AssignmentResult, UncoveredProposal } from './types.ts';

export function reportAssignment(instance: Instance, raw: RawAssignment): AssignmentResult {
  const { proposals, experts, exclusions } = instance;
  const assignments = proposals.map((proposal, p) => {
    const pinned = new Set(proposal.pinned);
    return {
      proposal: proposal.id,
      experts: raw.experts[p]!.map((e) => ({
        id: experts[e]!.id,
        matched: matchedTopics(proposal, experts[e]!),
        ...(pinned.has(e) ? { pinned: true as const } : {}),
      })),
    };
  });
  // Experts are already sorted in the order JavaScript lists integer-like keys (./ids.ts), so
  // the object's key order is the sorted order.
  const loads: Record<string, number> = {};
  experts.forEach((e, i) => {
    loads[e.id] = raw.loads[i]!;
  });
  const uncovered = proposals.flatMap((_, p) =>
    raw.experts[p]!.length < instance.expertsPerProposal ? [whyUncovered(instance, raw, p)] : [],
  );
  return {
    feasible: uncovered.length === 0,
    score: raw.score,
    assignments,
    loads,
    uncovered,
    explanations: {
      proposals: proposals.map((proposal, p) => ({ proposal: proposal.id, excluded: exclusions[p]! })),
      experts: experts.map((e, i) => ({ id: e.id, load: raw.loads[i]!, maxLoad: e.maxLoad })),
    },
  };
}

function whyUncovered(instance: Instance, raw: RawAssignment, p: number): UncoveredProposal {
  const { experts, exclusions, expertsPerProposal } = instance;
  const excluded = exclusions[p]!;
  const conflicted = new Set(excluded.map((x) => x.expert));
  const onIt = new Set(raw.experts[p]!);
  let eligible = 0;
  const unavailable: string[] = [];
  const full: string[] = [];
  experts.forEach((expert, e) => {
    if (conflicted.has(expert.id)) return;
    if (expert.maxLoad === 0) {
      unavailable.push(expert.id);
      return;
    }
    eligible++;
    if (!onIt.has(e) && raw.loads[e]! >= expert.maxLoad) full.push(expert.id);
  });
  return {
    proposal: instance.proposals[p]!.id,
    needed: expertsPerProposal,
    assigned: onIt.size,
    eligible,
    cause: eligible < expertsPerProposal ? 'too-few-eligible' : 'experts-full',
    excluded,
    unavailable,
    full,
  };
}
