/**
 * The ranking and selection of consensus-scored proposals (spec/rank-format.md): what goes in,
 * what the agency's what-if simulator may change, and what comes out, in both languages.
 */
import type { CriterionId, Localised, LotId, SelectionRule, Sourced } from '../call-definition/types.ts';

/** One proposal with its consensus scores, as the ranking reads it (after ./input.ts). */
export interface RankProposalInput {
  id: string;
  lot: LotId;
  /** The EU grant the proposal requests, in whole euros. */
  requestedGrant: number;
  /** The industrial ecosystem id; read by the one-per-ecosystem selection rule. */
  ecosystem?: string;
  /** One consensus score per award criterion of the call. */
  scores: Record<CriterionId, number>;
}

export interface RankInput {
  call: string;
  /** The budget available per lot, in whole euros; a lot not given here uses the call definition's. */
  envelopes: Partial<Record<LotId, number>>;
  proposals: RankProposalInput[];
}

/**
 * What the agency's simulator may change: "what if the envelope were X", "what if the threshold
 * were Y". The call definition itself is never changed, and nothing is saved.
 */
export interface RankingOverrides {
  envelopes?: Partial<Record<LotId, number>>;
  overallThreshold?: number;
  criterionThresholds?: Partial<Record<CriterionId, number>>;
}

export type Decision = 'selected' | 'reserve' | 'below-threshold';
export const DECISIONS: readonly Decision[] = ['selected', 'reserve', 'below-threshold'];

/** A threshold as it was applied: the value used, and the call definition's value with its sources. */
export interface AppliedThreshold {
  value: number;
  basis: Sourced<number>;
  /** True when the simulator replaced the definition's value. */
  overridden: boolean;
}

export interface AppliedCriterion {
  id: CriterionId;
  name: Localised;
  maximum: Sourced<number>;
  threshold: AppliedThreshold;
}

/** Where a lot's envelope came from: the ranking input, the call definition or the simulator. */
export type EnvelopeOrigin = 'input' | 'call-definition' | 'override';

export interface AppliedEnvelope {
  value: number;
  origin: EnvelopeOrigin;
  /** The call definition's envelope with its sources, when it has one. */
  basis?: Sourced<number>;
}

export interface RankedProposal {
  id: string;
  lot: LotId;
  requestedGrant: number;
  ecosystem?: string;
  scores: Record<CriterionId, number>;
  total: number;
  /** 1 = best within the lot; null for a proposal below a threshold. */
  rank: number | null;
  decision: Decision;
  /** Which thresholds were met or missed, and how the envelope decided, in both languages. */
  reasons: Localised[];
  /** The lot's committed amount once this proposal is selected; null unless selected. */
  cumulative: number | null;
}

export interface LotRanking {
  lot: LotId;
  name: Localised;
  envelope: AppliedEnvelope;
  committed: number;
  remaining: number;
  /** The total of the last selected proposal; null when none is selected. */
  cutOff: number | null;
  selection: Sourced<SelectionRule>;
  /** Proposal ids in rank order. */
  ranked: string[];
  selected: string[];
  /** Ranked but not selected, in rank order: the order in which they move up if money frees. */
  reserveList: string[];
  belowThreshold: string[];
}

export interface Ranking {
  call: string;
  /** The sum of the criteria maxima (100 in every call so far). */
  maximumTotal: number;
  overallThreshold: AppliedThreshold;
  criteria: AppliedCriterion[];
  exAequo: Sourced<CriterionId[]>;
  lots: Partial<Record<LotId, LotRanking>>;
  /** Per lot (lot1, lot2, lot3): the ranked proposals in rank order, then those below a threshold. */
  proposals: RankedProposal[];
}
