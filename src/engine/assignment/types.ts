/**
 * What the assignment engine returns. The first four fields are spec/assign-format.md's public
 * contract; the rest (`uncovered`, `explanations`, `pinned` on an expert) are additions for the
 * agency's assignment page and the infeasibility report.
 */

/** Why an expert may not review a proposal: a conflict of interest of either kind. */
export interface Exclusion {
  expert: string;
  reason: 'employer-takes-part' | 'declared-conflict';
  /** employer-takes-part: the employer's PIC, found among the proposal's participants. */
  organisation?: string;
  /** declared-conflict: the reason given in `conflicts`, if any. */
  declared?: string;
}

export interface AssignedExpert {
  id: string;
  /** The topics the proposal and the expert share; their count is the pair's score. */
  matched: string[];
  /** Present (true) when an officer pinned this pair by hand. */
  pinned?: true;
}

export interface ProposalAssignment {
  proposal: string;
  experts: AssignedExpert[];
}

/**
 * A proposal that did not get its experts, and why. `eligible` counts the experts with no
 * conflict of interest and a maxLoad above 0; when there are at least `needed` of them, every
 * eligible expert not on the proposal is in `full`, since a maximum assignment would otherwise
 * have used them.
 */
export interface UncoveredProposal {
  proposal: string;
  needed: number;
  assigned: number;
  eligible: number;
  cause: 'too-few-eligible' | 'experts-full';
  excluded: Exclusion[];
  /** Experts without a conflict but with maxLoad 0. */
  unavailable: string[];
  /** Eligible experts not on this proposal who have reached their maxLoad. */
  full: string[];
}

export interface ExpertLoad {
  id: string;
  load: number;
  maxLoad: number;
}

export interface AssignmentExplanations {
  /** Every proposal, with the experts a conflict of interest keeps off it. */
  proposals: { proposal: string; excluded: Exclusion[] }[];
  /** Every expert, with their load and maxLoad. */
  experts: ExpertLoad[];
}

export interface AssignmentResult {
  feasible: boolean;
  score: number;
  assignments: ProposalAssignment[];
  /** Every expert id, including those with load 0. */
  loads: Record<string, number>;
  uncovered: UncoveredProposal[];
  explanations: AssignmentExplanations;
}
