/** The facts the ranking's sentences are written from, shared by the catalogues of both languages. */
import type { CriterionId, LotId } from '../../call-definition/types.ts';
import type { Decision } from '../types.ts';

/** A threshold as applied: its value, and the call definition's where a what-if replaced it. */
export interface ThresholdParams {
  value: number;
  /** The call definition's value, present only when the simulator replaced it. */
  definitionValue?: number;
}

export interface OverallThreshold {
  total: number;
  maximum: number;
  threshold: ThresholdParams;
  met: boolean;
}

export interface CriterionThreshold {
  criterion: CriterionId;
  score: number;
  maximum: number;
  threshold: ThresholdParams;
  met: boolean;
}

/** What was left of a lot's envelope when a proposal's turn came. */
export interface EnvelopeParams {
  requested: number;
  remaining: number;
  envelope: number;
}

export interface Selected extends EnvelopeParams {
  rank: number;
  lot: LotId;
}

export interface AfterStop {
  stopRank: number;
  stopId: string;
}

export interface EcosystemTaken {
  lot: LotId;
  ecosystem: string;
  holderId: string;
  holderRank: number;
}

/** Where a proposal stands in one ranking; null when it is not in it. */
export type Standing = { decision: Decision; rank: number | null } | null;

export interface Move {
  id: string;
  before: Standing;
  after: Standing;
}
