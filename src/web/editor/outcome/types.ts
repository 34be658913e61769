/** GET /api/v1/proposals/:id/outcome: its shape is the contract's (src/contracts/evaluation.ts). */
export type { ApplicantOutcome, OutcomeDecision } from '../../../contracts/evaluation.ts';
