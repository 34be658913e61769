/**
 * Validation of one expert's individual evaluation against the call's award criteria: a score
 * and a substantial comment for every criterion, nothing else.
 *
 * Scores are whole points. The calls give every maximum and threshold in whole points and the
 * ranking compares totals, so half points would add a precision the comments cannot justify and
 * make threshold cases turn on a half; an even number of experts can still produce a median of
 * x.5, which ./consensus.ts rounds openly.
 */
import { z } from 'zod';
import type { CallDefinition, CriterionId } from '../call-definition/types.ts';
import type { InputProblem } from '../eligibility/proposal-input.ts';
import { formatPath, show, valueAt } from '../field-path.ts';
import type { IndividualEvaluation } from './types.ts';

/**
 * The shortest comment accepted, in characters after trimming. 50 is about one sentence: enough
 * to say why, too little to be a pasted label. A parameter, since an agency may ask for more.
 */
export const DEFAULT_MIN_COMMENT_LENGTH = 50;

/** The longest comment stored, in characters: several pages, more than any criterion needs. */
export const MAX_COMMENT_LENGTH = 10_000;

const nonEmpty = (what: string) =>
  z.string({ error: `${what} as a string` }).min(1, { error: `a non-empty ${what}` });

export const individualEvaluationSchema = z.object(
  {
    evaluationId: nonEmpty('evaluation id'),
    expertId: nonEmpty('expert id'),
    proposalId: nonEmpty('proposal id'),
    criteria: z.record(
      z.string(),
      z.object(
        {
          score: z.number({ error: 'a score as a number' }),
          comment: z.string({ error: 'a comment as a string' }),
        },
        { error: 'an object with a score and a comment' },
      ),
      { error: 'an object with a score and a comment per award criterion' },
    ),
  },
  { error: 'an object with evaluationId, expertId, proposalId and criteria' },
);

export interface EvaluationRules {
  minCommentLength?: number;
}

export type ParsedEvaluation =
  | { ok: true; evaluation: IndividualEvaluation }
  | { ok: false; problems: InputProblem[] };

function criterionProblems(
  call: CallDefinition,
  criteria: Record<string, { score: number; comment: string }>,
  minCommentLength: number,
): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const c of call.awardCriteria.criteria) {
    const given = criteria[c.id];
    const field = `criteria.${c.id}`;
    if (!given) {
      problems.push({
        field,
        expected: `a score and a comment for ${c.id}`,
        got: show(undefined),
        code: 'criterion_missing',
      });
      continue;
    }
    const { score, comment } = given;
    if (!Number.isInteger(score) || score < 0 || score > c.maximum.value) {
      const expected = `whole points from 0 to ${c.maximum.value} (the maximum of ${c.id})`;
      problems.push({
        field: `${field}.score`,
        expected,
        got: show(score),
        code: 'score_range',
        params: { max: c.maximum.value },
      });
    }
    const length = comment.trim().length;
    if (length < minCommentLength) {
      problems.push({
        field: `${field}.comment`,
        expected: `a comment of at least ${minCommentLength} characters saying why (this one has ${length})`,
        got: show(comment),
        code: 'comment_too_short',
        params: { min: minCommentLength, length },
      });
    }
  }
  const known: string[] = call.awardCriteria.criteria.map((c) => c.id);
  for (const key of Object.keys(criteria)) {
    if (known.includes(key)) continue;
    const expected = `only the award criteria of the ${call.year} call: ${known.join(', ')}`;
    problems.push({ field: `criteria.${key}`, expected, got: show(criteria[key]) });
  }
  return problems;
}

/** Validates an individual evaluation (JSON-parsed) and names the field of every problem. */
export function parseIndividualEvaluation(
  call: CallDefinition,
  input: unknown,
  rules: EvaluationRules = {},
): ParsedEvaluation {
  const minCommentLength = rules.minCommentLength ?? DEFAULT_MIN_COMMENT_LENGTH;
  const result = individualEvaluationSchema.safeParse(input);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((issue) => ({
        field: formatPath(issue.path) || '(top level)',
        expected: issue.message,
        got: show(valueAt(input, issue.path)),
      })),
    };
  }
  const problems = criterionProblems(call, result.data.criteria, minCommentLength);
  if (problems.length > 0) return { ok: false, problems };
  const { evaluationId, expertId, proposalId, criteria } = result.data;
  return {
    ok: true,
    evaluation: {
      evaluationId,
      expertId,
      proposalId,
      criteria: criteria as Record<CriterionId, { score: number; comment: string }>,
    },
  };
}
