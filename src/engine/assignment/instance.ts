/**
 * The validated input in canonical form: proposals and experts sorted by id, topics deduplicated
 * and sorted, every conflict of interest resolved to indices. Everything downstream works on this
 * form only, which is why the result cannot depend on the order of the input's lists.
 */
import { compareIds, sortedUnique } from './ids.ts';
import type { AssignmentInput } from './input.ts';
import type { Exclusion } from './types.ts';

export interface CanonicalProposal {
  id: string;
  topics: string[];
  /** Indices of the experts pinned to this proposal, ascending. */
  pinned: number[];
}

export interface CanonicalExpert {
  id: string;
  topics: string[];
  organisation: string;
  maxLoad: number;
  /** How many proposals this expert is pinned to. */
  pinned: number;
}

export interface Instance {
  expertsPerProposal: number;
  proposals: CanonicalProposal[];
  experts: CanonicalExpert[];
  /** Per proposal, why experts may not review it, sorted by expert id then reason. */
  exclusions: Exclusion[][];
  /**
   * Per proposal, the experts the solver may still add: no conflict of interest, not pinned there
   * already, and room left in their load. Ascending expert index, with the pair's score (the
   * number of topics they share).
   */
  candidates: { experts: Int32Array; scores: Int32Array }[];
  /** Score of the pinned pairs, fixed before solving. */
  pinnedScore: number;
}

export function canonicalInstance(input: AssignmentInput): Instance {
  const proposalsIn = [...input.proposals].sort((a, b) => compareIds(a.id, b.id));
  const expertsIn = [...input.experts].sort((a, b) => compareIds(a.id, b.id));
  const proposalIndex = new Map(proposalsIn.map((p, i) => [p.id, i]));
  const expertIndex = new Map(expertsIn.map((e, i) => [e.id, i]));

  const pinnedOn: Set<number>[] = proposalsIn.map(() => new Set());
  const pinnedCount = new Int32Array(expertsIn.length);
  for (const pin of input.pinned ?? []) {
    const p = proposalIndex.get(pin.proposal)!;
    const e = expertIndex.get(pin.expert)!;
    if (pinnedOn[p]!.has(e)) continue;
    pinnedOn[p]!.add(e);
    pinnedCount[e]!++;
  }

  const proposals: CanonicalProposal[] = proposalsIn.map((p, i) => ({
    id: p.id,
    topics: sortedUnique(p.topics),
    pinned: [...pinnedOn[i]!].sort((a, b) => a - b),
  }));
  const experts: CanonicalExpert[] = expertsIn.map((e, i) => ({
    id: e.id,
    topics: sortedUnique(e.topics),
    organisation: e.organisation,
    maxLoad: e.maxLoad,
    pinned: pinnedCount[i]!,
  }));

  const exclusions = findExclusions(input, proposalsIn, expertsIn, proposalIndex, expertIndex);
  const { candidates, pinnedScore } = scorePairs(proposals, experts, exclusions, expertIndex);
  return {
    expertsPerProposal: input.expertsPerProposal,
    proposals,
    experts,
    exclusions,
    candidates,
    pinnedScore,
  };
}

function findExclusions(
  input: AssignmentInput,
  proposalsIn: AssignmentInput['proposals'],
  expertsIn: AssignmentInput['experts'],
  proposalIndex: Map<string, number>,
  expertIndex: Map<string, number>,
): Exclusion[][] {
  const byEmployer = new Map<string, number[]>();
  expertsIn.forEach((e, i) => {
    const list = byEmployer.get(e.organisation);
    if (list) list.push(i);
    else byEmployer.set(e.organisation, [i]);
  });
  const exclusions: Exclusion[][] = proposalsIn.map((p) => {
    const found: Exclusion[] = [];
    for (const pic of new Set(p.organisations)) {
      for (const e of byEmployer.get(pic) ?? []) {
        found.push({ expert: expertsIn[e]!.id, reason: 'employer-takes-part', organisation: pic });
      }
    }
    return found;
  });
  const declared = new Set<string>();
  for (const c of input.conflicts ?? []) {
    const p = proposalIndex.get(c.proposal)!;
    const e = expertIndex.get(c.expert)!;
    // The same conflict declared twice is one conflict; declared twice with different reasons, it
    // keeps both, so that which one "wins" never depends on the order of the list.
    const key = JSON.stringify([p, e, c.reason ?? null]);
    if (declared.has(key)) continue;
    declared.add(key);
    exclusions[p]!.push({
      expert: c.expert,
      reason: 'declared-conflict',
      ...(c.reason === undefined ? {} : { declared: c.reason }),
    });
  }
  for (const list of exclusions) list.sort(byExpertThenReason);
  return exclusions;
}

function byExpertThenReason(a: Exclusion, b: Exclusion): number {
  const text = (x: string | undefined, y: string | undefined) =>
    x === y ? 0 : x === undefined ? -1 : y === undefined ? 1 : x < y ? -1 : 1;
  return compareIds(a.expert, b.expert) || text(a.reason, b.reason) || text(a.declared, b.declared);
}

function scorePairs(
  proposals: CanonicalProposal[],
  experts: CanonicalExpert[],
  exclusions: Exclusion[][],
  expertIndex: Map<string, number>,
): Pick<Instance, 'candidates' | 'pinnedScore'> {
  const topicIndex = new Map<string, number>();
  const indexOf = (topic: string) => {
    const known = topicIndex.get(topic);
    if (known !== undefined) return known;
    topicIndex.set(topic, topicIndex.size);
    return topicIndex.size - 1;
  };
  const expertTopics = experts.map((e) => Int32Array.from(e.topics, indexOf));
  for (const p of proposals) for (const t of p.topics) indexOf(t);
  // One stamp array instead of a set per proposal: topicMark[t] === p + 1 means p has topic t.
  const topicMark = new Int32Array(topicIndex.size);
  const blocked = new Int32Array(experts.length);
  const hasRoom = Uint8Array.from(experts, (e) => (e.maxLoad - e.pinned > 0 ? 1 : 0));
  const chosen = new Int32Array(experts.length);
  const chosenScores = new Int32Array(experts.length);
  const score = (e: number, stamp: number) => {
    const topics = expertTopics[e]!;
    let s = 0;
    for (let i = 0; i < topics.length; i++) if (topicMark[topics[i]!] === stamp) s++;
    return s;
  };
  let pinnedScore = 0;
  const candidates = proposals.map((proposal, p) => {
    const stamp = p + 1;
    for (const t of proposal.topics) topicMark[topicIndex.get(t)!] = stamp;
    for (const x of exclusions[p]!) blocked[expertIndex.get(x.expert)!] = stamp;
    for (const e of proposal.pinned) {
      blocked[e] = stamp;
      pinnedScore += score(e, stamp);
    }
    let count = 0;
    for (let e = 0; e < experts.length; e++) {
      if (blocked[e] === stamp || hasRoom[e] === 0) continue;
      chosen[count] = e;
      chosenScores[count++] = score(e, stamp);
    }
    return { experts: chosen.slice(0, count), scores: chosenScores.slice(0, count) };
  });
  return { candidates, pinnedScore };
}

/** The topics a proposal and an expert share, sorted: what the agency sees as "why this expert". */
export function matchedTopics(proposal: CanonicalProposal, expert: CanonicalExpert): string[] {
  const mine = new Set(proposal.topics);
  return expert.topics.filter((t) => mine.has(t));
}
