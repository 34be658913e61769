/**
 * The consensus draft: from the individual evaluations of one proposal, a proposed score per
 * award criterion and the experts' statements it is drawn from, so that every sentence of the
 * rapporteur's consensus comment can link back to the expert who said it.
 *
 * The proposed score is the median, not the mean: one outlying expert does not move it, and it
 * is a score some expert actually gave whenever the number of experts is odd.
 */
import type { CallDefinition, CriterionId } from '../call-definition/types.ts';
import type { ConsensusDraft, CriterionConsensus, IndividualEvaluation, Statement } from './types.ts';

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('the median of no scores');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Whole points from a median. An even number of experts can split (12 and 13 → 12.5); the half
 * is rounded down, so arithmetic alone never lifts a proposal over a threshold that half of the
 * experts did not see it reach. Such a case is within a point of the threshold, and the
 * near-threshold flag (./flags.ts) puts it before the chair.
 */
export function proposedScore(medianScore: number): number {
  return Math.ceil(medianScore - 0.5);
}

/**
 * A comment as sentences: split after ".", "!" or "?" followed by white space, and at line
 * breaks. Simple on purpose: a reference must point at the same sentence every time it is built.
 */
export function sentences(comment: string): string[] {
  return comment
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** The order evaluations are read in everywhere: by evaluationId, code unit by code unit. */
export function byEvaluationId(a: IndividualEvaluation, b: IndividualEvaluation): number {
  if (a.evaluationId === b.evaluationId) return 0;
  return a.evaluationId < b.evaluationId ? -1 : 1;
}

function statementsOf(evaluation: IndividualEvaluation, criterion: CriterionId): Statement[] {
  const { score, comment } = evaluation.criteria[criterion];
  return sentences(comment).map((text, index) => ({
    ref: `${evaluation.evaluationId}#${criterion}.${index}`,
    evaluationId: evaluation.evaluationId,
    expertId: evaluation.expertId,
    criterion,
    score,
    index,
    text,
  }));
}

/**
 * Drafts the consensus of one proposal from its (validated, ./individual.ts) individual
 * evaluations. The evaluations are read in evaluationId order, so the draft does not depend on
 * the order in which they arrived.
 */
export function draftConsensus(
  call: CallDefinition,
  evaluations: readonly IndividualEvaluation[],
): ConsensusDraft {
  const first = evaluations[0];
  if (!first) throw new RangeError('a consensus needs at least one individual evaluation');
  if (evaluations.some((e) => e.proposalId !== first.proposalId))
    throw new RangeError('the individual evaluations are of different proposals');
  const ordered = [...evaluations].sort(byEvaluationId);
  const criteria = call.awardCriteria.criteria.map((c): CriterionConsensus => {
    const scores = ordered.map((e) => ({
      evaluationId: e.evaluationId,
      expertId: e.expertId,
      score: e.criteria[c.id].score,
    }));
    const middle = median(scores.map((s) => s.score));
    return {
      criterion: c.id,
      maximum: c.maximum.value,
      threshold: c.threshold.value,
      scores,
      median: middle,
      proposedScore: proposedScore(middle),
      statements: ordered.flatMap((e) => statementsOf(e, c.id)),
    };
  });
  return {
    proposalId: first.proposalId,
    criteria,
    proposedTotal: criteria.reduce((sum, c) => sum + c.proposedScore, 0),
    medianTotal: criteria.reduce((sum, c) => sum + c.median, 0),
    overallThreshold: call.awardCriteria.overallThreshold.value,
  };
}
