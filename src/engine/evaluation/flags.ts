/**
 * Flags for the chair of a consensus meeting: where the experts disagree, where a score is close
 * to a threshold, and where a comment reads against its score. A flag asks for a decision; it
 * never changes a score, so nothing is corrected silently.
 */
import type { CallDefinition, CriterionId, Localised } from '../call-definition/types.ts';
import { commentContradiction, HIGH_SCORE_SHARE } from './comment-check.ts';
import { byEvaluationId, draftConsensus } from './consensus.ts';
import { type CriterionName, flagMessage } from './messages/index.ts';
import type {
  ChairFlag,
  CriterionConsensus,
  FlagResolution,
  IndividualEvaluation,
  ResolvableFlag,
} from './types.ts';

export interface FlagOptions {
  /**
   * The spread allowed between the lowest and highest expert score, as a share of the
   * criterion's maximum: 0.2 is 5 points on a 25-point criterion and scales with criteria of
   * another maximum. A spread of more than this is flagged.
   */
  spreadShare?: number;
  /** The same in points, for every criterion; wins over spreadShare. */
  spreadPoints?: number;
  /** A criterion's consensus or median score this close to its threshold, either side. */
  nearCriterionThreshold?: number;
  /** The consensus or median total this close to the overall threshold, either side. */
  nearOverallThreshold?: number;
  /** A score is "high" from this share of the maximum (comment flags). */
  highScoreShare?: number;
  /** The experts' names by id, for the messages (an id is no name for the chair). */
  expertNames?: Readonly<Record<string, string>>;
  /** The consensus scores agreed so far; where one is absent, the draft's proposed score. */
  consensus?: Partial<Record<CriterionId, number>>;
}

export const FLAG_DEFAULTS = {
  spreadShare: 0.2,
  // One point: a single point's change by the chair decides the criterion threshold.
  nearCriterionThreshold: 1,
  // Three points: about one point on each of three criteria; a 100-point total moves in larger steps.
  nearOverallThreshold: 3,
  highScoreShare: HIGH_SCORE_SHARE,
} as const;

function spreadFlag(c: CriterionConsensus, name: Localised, options: FlagOptions): ChairFlag | undefined {
  const values = c.scores.map((s) => s.score);
  const lowest = Math.min(...values);
  const highest = Math.max(...values);
  const allowed = options.spreadPoints ?? (options.spreadShare ?? FLAG_DEFAULTS.spreadShare) * c.maximum;
  if (highest - lowest <= allowed) return undefined;
  return {
    id: 'spread',
    criterion: c.criterion,
    facts: { lowest, highest, spread: highest - lowest, allowed, maximum: c.maximum },
    message: flagMessage('flags.spread', { criterion: name, lowest, highest, allowed }),
  };
}

function nearFlag(
  criterion: CriterionId | 'overall',
  name: CriterionName,
  consensus: number,
  medianScore: number,
  threshold: number,
  within: number,
): ChairFlag | undefined {
  const distance = Math.min(Math.abs(consensus - threshold), Math.abs(medianScore - threshold));
  if (distance > within) return undefined;
  return {
    id: 'near-threshold',
    criterion,
    facts: { consensus, median: medianScore, threshold, within, distance },
    message: flagMessage('flags.near-threshold', {
      criterion: name,
      consensus,
      median: medianScore,
      threshold,
      within,
    }),
  };
}

function commentFlags(
  c: CriterionConsensus,
  name: Localised,
  evaluations: readonly IndividualEvaluation[],
  highShare: number,
  expertNames: Readonly<Record<string, string>>,
): ChairFlag[] {
  const flags: ChairFlag[] = [];
  for (const e of evaluations) {
    const { score, comment } = e.criteria[c.criterion];
    const found = commentContradiction(score, c.maximum, c.threshold, comment, highShare);
    if (!found) continue;
    const { weaknesses, strengths } = found.matches;
    const high = found.kind === 'high-score-weak-comment';
    flags.push({
      id: 'comment-contradicts-score',
      criterion: c.criterion,
      evaluationId: e.evaluationId,
      expertId: e.expertId,
      facts: {
        kind: found.kind,
        score,
        maximum: c.maximum,
        threshold: c.threshold,
        highFrom: highShare * c.maximum,
        weaknessWords: weaknesses,
        strengthWords: strengths,
      },
      message: flagMessage('flags.contradiction', {
        criterion: name,
        expert: expertNames[e.expertId] ?? e.expertId,
        score,
        maximum: c.maximum,
        high,
        weaknesses,
        strengths,
      }),
    });
  }
  return flags;
}

/** Every flag for one proposal: per criterion in the call's order, then the overall threshold. */
export function flagsForChair(
  call: CallDefinition,
  evaluations: readonly IndividualEvaluation[],
  options: FlagOptions = {},
): ChairFlag[] {
  const draft = draftConsensus(call, evaluations);
  const nearCriterion = options.nearCriterionThreshold ?? FLAG_DEFAULTS.nearCriterionThreshold;
  const highShare = options.highScoreShare ?? FLAG_DEFAULTS.highScoreShare;
  const inOrder = [...evaluations].sort(byEvaluationId);
  const flags: ChairFlag[] = [];
  let consensusTotal = 0;
  const names = new Map(call.awardCriteria.criteria.map((c) => [c.id, c.name]));
  for (const c of draft.criteria) {
    const name = names.get(c.criterion) ?? { en: c.criterion, da: c.criterion };
    const consensus = options.consensus?.[c.criterion] ?? c.proposedScore;
    consensusTotal += consensus;
    const spread = spreadFlag(c, name, options);
    if (spread) flags.push(spread);
    const near = nearFlag(c.criterion, name, consensus, c.median, c.threshold, nearCriterion);
    if (near) flags.push(near);
    flags.push(...commentFlags(c, name, inOrder, highShare, options.expertNames ?? {}));
  }
  const nearOverall = options.nearOverallThreshold ?? FLAG_DEFAULTS.nearOverallThreshold;
  const overall = nearFlag(
    'overall',
    'overall',
    consensusTotal,
    draft.medianTotal,
    draft.overallThreshold,
    nearOverall,
  );
  if (overall) flags.push(overall);
  return flags;
}

/**
 * What identifies a flag across recomputations: its kind, its criterion and, for a comment, the
 * evaluation. The numbers may move as scores are drafted; a resolution stays with the question.
 */
export function flagKey(flag: ChairFlag): string {
  return [flag.id, flag.criterion, flag.evaluationId ?? '-'].join(':');
}

/** The flags with their resolutions (by flagKey); a resolution for a flag no longer raised is left out. */
export function withResolutions(
  flags: readonly ChairFlag[],
  resolutions: ReadonlyMap<string, FlagResolution>,
): ResolvableFlag[] {
  return flags.map((f) => {
    const key = flagKey(f);
    return { ...f, key, resolution: resolutions.get(key) ?? null };
  });
}
