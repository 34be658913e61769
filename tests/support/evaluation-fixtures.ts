/** Individual evaluations for the evaluation tests: neutral comments unless a test gives its own. */
import type { CriterionId } from '../../src/engine/call-definition/types.ts';
import type { IndividualEvaluation } from '../../src/engine/evaluation/types.ts';

/** Long enough for the default minimum, and free of every weakness and strength word. */
export const NEUTRAL_COMMENT =
  'The proposal describes its objectives and the needs analysis in some detail. The work plan follows from it.';

export const CRITERIA: readonly CriterionId[] = ['relevance', 'quality', 'partnership', 'impact'];

export function evaluation(
  evaluationId: string,
  expertId: string,
  scores: Partial<Record<CriterionId, number>> = {},
  comments: Partial<Record<CriterionId, string>> = {},
  proposalId = 'P-1',
): IndividualEvaluation {
  const criteria = Object.fromEntries(
    CRITERIA.map((c) => [c, { score: scores[c] ?? 20, comment: comments[c] ?? NEUTRAL_COMMENT }]),
  ) as IndividualEvaluation['criteria'];
  return { evaluationId, expertId, proposalId, criteria };
}
