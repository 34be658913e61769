/**
 * The assignment engine's input for a call (src/engine/assignment): the proposals that passed
 * screening with their topics, the registered experts with their loads, and every pair that may
 * not be assigned. Conflicts are passed as computed here (./conflicts.ts is the one authority,
 * with the officers' lifts and pins), so experts are given no employer PIC of their own.
 */
import type { AssignmentInput } from '../../engine/assignment/input.ts';
import type { PairConflict } from './conflicts.ts';
import type { ExpertView } from './experts.ts';
import type { SubmittedProposal } from './submitted.ts';

const LOT_TOPIC: Record<string, string> = {
  lot1: 'education-enterprise',
  lot2: 'sectoral-skills',
  lot3: 'stem',
};

/**
 * What a proposal is about, in the words of the experts' topics: its ecosystem, its lot's
 * theme, and the education sectors taking part.
 */
export function proposalTopics(p: SubmittedProposal): string[] {
  const c = p.content;
  const topics = new Set<string>();
  if (c.ecosystem) topics.add(c.ecosystem);
  const lotTopic = LOT_TOPIC[c.lot];
  if (lotTopic) topics.add(lotTopic);
  if (c.participants.some((q) => q.organisation.type === 'hei')) topics.add('higher-education');
  if (c.participants.some((q) => q.organisation.type === 'vet' || q.organisation.type === 'vet-network'))
    topics.add('vet');
  return [...topics].sort();
}

export interface Pin {
  expertId: string;
  proposalId: string;
}

export function assignmentInput(
  proposals: readonly SubmittedProposal[],
  experts: readonly ExpertView[],
  conflicts: readonly PairConflict[],
  expertsPerProposal: number,
  pins: readonly Pin[],
): AssignmentInput {
  const blocked = conflicts
    .filter((c) => c.active)
    .map((c) => ({
      expert: c.expertId,
      proposal: c.proposalId,
      reason: c.reasons.map((r) => r.kind).join(', '),
    }));
  // An expert registered for other lots only is kept off this lot's proposals the same way.
  for (const p of proposals) {
    for (const e of experts) {
      if (!e.lots.includes(p.content.lot))
        blocked.push({ expert: e.id, proposal: p.proposalId, reason: 'not-for-lot' });
    }
  }
  const seen = new Set<string>();
  return {
    expertsPerProposal,
    proposals: proposals.map((p) => ({ id: p.proposalId, topics: proposalTopics(p), organisations: [] })),
    experts: experts.map((e) => ({
      id: e.id,
      topics: e.topics,
      organisation: `expert:${e.id}`,
      maxLoad: e.maxLoad,
    })),
    conflicts: blocked.filter((b) => {
      const key = `${b.expert}/${b.proposal}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
    pinned: pins.map((p) => ({ expert: p.expertId, proposal: p.proposalId })),
  };
}
