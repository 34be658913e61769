/**
 * The shapes the expert's pages read from the API (src/server/routes/evaluation/expert.ts),
 * written out here so the browser bundle depends on the HTTP contract only.
 */
import type { Localised, Role } from '../../../engine/call-definition/types.ts';
import type { ChairFlag, ConsensusDraft } from '../../../engine/evaluation/types.ts';
import type { ProposalContent } from '../../../contracts/proposal-content.ts';

export type EvaluationStatus = 'not-started' | 'draft' | 'submitted';

export interface Assignment {
  proposalId: string;
  callId: string;
  acronym: string;
  title: string;
  lot: string;
  participants: { name: string; country: string; role: Role }[];
  rapporteur: boolean;
  matched: string[];
  declaration: { noConflict: boolean; confidentiality: boolean } | null;
  evaluation: EvaluationStatus;
  /** Where the consensus stands; null until the expert's own evaluation is submitted. */
  consensus: { status: 'draft' | 'agreed' | null; submitted: number; expected: number } | null;
}

export interface Criterion {
  id: string;
  name: Localised;
  maximum: number;
  threshold: number;
}

export interface ProposalForExpert {
  content: ProposalContent;
  submission: { number: number; submittedAt: string };
  criteria: Criterion[];
}

export interface Assessment {
  score: number | null;
  comment: string;
}

export interface MyEvaluation {
  id: string | null;
  criteria: Record<string, Assessment>;
  status: EvaluationStatus;
  version: number;
  submittedAt: string | null;
}

export interface SubmittedEvaluation {
  evaluationId: string;
  expertId: string;
  expertName: string;
  criteria: Record<string, { score: number; comment: string }>;
  submittedAt: string | null;
}

export interface ConsensusCriterion {
  score: number;
  comment: string;
  sources: string[];
}

export interface ConsensusView {
  proposal: { id: string; acronym: string; title: string; lot: string; callId: string };
  criteria: Criterion[];
  overallThreshold: number;
  expected: number;
  submitted: number;
  evaluations: SubmittedEvaluation[];
  draft: ConsensusDraft | null;
  flags: ChairFlag[];
  report: {
    criteria: Record<string, ConsensusCriterion>;
    status: 'draft' | 'agreed';
    version: number;
    agreedAt: string | null;
  } | null;
  canEdit: boolean;
}
