/**
 * The evaluation step: each expert scores and comments every award criterion of a proposal
 * (an individual evaluation); a rapporteur drafts the consensus from them; the chair sees flags
 * where the draft needs a human decision. Nothing here changes a score on its own.
 */
import type { CriterionId, Localised } from '../call-definition/types.ts';

export interface CriterionAssessment {
  /** Whole points from 0 to the criterion's maximum (see ./individual.ts for why whole). */
  score: number;
  comment: string;
}

export interface IndividualEvaluation {
  evaluationId: string;
  expertId: string;
  proposalId: string;
  criteria: Record<CriterionId, CriterionAssessment>;
}

/**
 * One sentence of an expert's comment, with the reference a rapporteur's consensus comment cites
 * to link back to it: "EV-2#impact.1" is the second sentence of evaluation EV-2 on impact.
 */
export interface Statement {
  ref: string;
  evaluationId: string;
  expertId: string;
  criterion: CriterionId;
  /** The expert's score on this criterion, for reading the sentence in context. */
  score: number;
  /** 0-based position of the sentence in the comment. */
  index: number;
  text: string;
}

export interface ExpertScore {
  evaluationId: string;
  expertId: string;
  score: number;
}

export interface CriterionConsensus {
  criterion: CriterionId;
  maximum: number;
  threshold: number;
  scores: ExpertScore[];
  /** The median of the experts' scores; x.5 when an even number of experts splits. */
  median: number;
  /** The median as whole points: what the rapporteur starts from (./consensus.ts says how). */
  proposedScore: number;
  statements: Statement[];
}

export interface ConsensusDraft {
  proposalId: string;
  criteria: CriterionConsensus[];
  proposedTotal: number;
  medianTotal: number;
  overallThreshold: number;
}

export type FlagId = 'spread' | 'near-threshold' | 'comment-contradicts-score';

/** Something the chair must look at. It states what it saw; it never changes a score. */
export interface ChairFlag {
  id: FlagId;
  /** The award criterion, or "overall" for the total against the overall threshold. */
  criterion: CriterionId | 'overall';
  /** The numbers (and, for a comment, the words) the flag saw. */
  facts: Record<string, number | string | string[] | null>;
  message: Localised;
  /** The individual evaluation a comment flag is about. */
  evaluationId?: string;
  expertId?: string;
}

/** How the chair (an agency officer) resolved a flag: who, when, and why. */
export interface FlagResolution {
  by: string;
  byName: string;
  /** ISO instant. */
  at: string;
  reason: string;
}

/**
 * A flag as the agency and the rapporteur see it: with the key it is resolved by (./flags.ts,
 * flagKey) and its resolution, null while it is open.
 */
export interface ResolvableFlag extends ChairFlag {
  key: string;
  resolution: FlagResolution | null;
}
