/** GET /api/v1/proposals/:id/outcome (src/server/evaluation/outcome.ts). */
export type OutcomeDecision = 'selected' | 'reserve' | 'not-selected';

export interface ApplicantOutcome {
  decision: OutcomeDecision;
  ineligibleReason: string | null;
  rank: number | null;
  lotName: string;
  total: number | null;
  maximum: number;
  overallThreshold: number;
  criteria: { id: string; name: string; score: number; maximum: number; threshold: number; met: boolean }[];
  reasons: string[];
  sentAt: string;
}
