/**
 * The outcome of a proposal as its applicants read it once the reports are sent: selected, on
 * the reserve list, or not selected (below a threshold, or found ineligible at screening), with
 * the consensus scores against the thresholds. The ranking decides; this only puts it in words
 * the applicant's page and e-mail share.
 */
import type { ApplicantOutcome, OutcomeDecision } from '../../contracts/evaluation.ts';
import type { Ranking } from '../../engine/ranking/types.ts';
import type { EsrData } from './esr-data.ts';

export type { OutcomeDecision };

/** The decision for one proposal: a proposal the ranking does not list was not selected. */
export function outcomeDecision(
  ranking: Ranking | undefined,
  proposalId: string,
  screening: 'eligible' | 'ineligible' | undefined,
): OutcomeDecision {
  if (screening === 'ineligible') return 'not-selected';
  const decision = ranking?.proposals.find((p) => p.id === proposalId)?.decision;
  return decision === 'selected' || decision === 'reserve' ? decision : 'not-selected';
}

export type { ApplicantOutcome };

/** The applicant's outcome from their evaluation summary report (already in their language). */
export function applicantOutcome(esr: EsrData, sentAt: string): ApplicantOutcome {
  const ineligible = esr.screening?.decision === 'ineligible';
  const decision = ineligible
    ? 'not-selected'
    : esr.outcome?.decision === 'selected' || esr.outcome?.decision === 'reserve'
      ? esr.outcome.decision
      : 'not-selected';
  return {
    decision,
    ineligibleReason: ineligible ? (esr.screening?.reason ?? '') : null,
    rank: esr.outcome?.rank ?? null,
    lotName: esr.proposal.lotName,
    total: esr.total,
    maximum: esr.criteria.reduce((s, c) => s + c.maximum, 0) || 100,
    overallThreshold: esr.overallThreshold,
    criteria: esr.criteria.map(({ id, name, score, maximum, threshold, met }) => ({
      id,
      name,
      score,
      maximum,
      threshold,
      met,
    })),
    reasons: esr.outcome?.reasons ?? [],
    sentAt,
  };
}
