/**
 * The thresholds a ranking applies: the call definition's, or the simulator's what-if values,
 * and the test of one proposal against them. A score exactly at a threshold meets it ("at least").
 */
import type { CallDefinition, CriterionId, Localised } from '../call-definition/types.ts';
import { rankingMessage } from './messages/index.ts';
import type { ThresholdParams } from './messages/params.ts';
import type { AppliedCriterion, AppliedThreshold, RankingOverrides } from './types.ts';

export interface AppliedThresholds {
  overall: AppliedThreshold;
  criteria: AppliedCriterion[];
  maximumTotal: number;
}

export function applyThresholds(call: CallDefinition, overrides: RankingOverrides = {}): AppliedThresholds {
  const { overallThreshold } = call.awardCriteria;
  const criteria = call.awardCriteria.criteria.map((c): AppliedCriterion => {
    const override = overrides.criterionThresholds?.[c.id];
    return {
      id: c.id,
      name: c.name,
      maximum: c.maximum,
      threshold: {
        value: override ?? c.threshold.value,
        basis: c.threshold,
        overridden: override !== undefined && override !== c.threshold.value,
      },
    };
  });
  const override = overrides.overallThreshold;
  return {
    overall: {
      value: override ?? overallThreshold.value,
      basis: overallThreshold,
      overridden: override !== undefined && override !== overallThreshold.value,
    },
    criteria,
    maximumTotal: sumScores(criteria.map((c) => c.maximum.value)),
  };
}

/**
 * Sums scores. Consensus scores are whole points in practice (../evaluation), but the contract
 * does not forbid halves; rounding to hundredths keeps 12.5 + 0.1-style sums free of binary
 * noise, so that two equal totals compare equal and a total at a threshold meets it.
 */
export function sumScores(scores: readonly number[]): number {
  let sum = 0;
  for (const s of scores) sum += s;
  return Math.round(sum * 100) / 100;
}

export interface ThresholdAssessment {
  passes: boolean;
  reasons: Localised[];
}

/** Every threshold, met or missed, with the numbers: the overall one first, then per criterion. */
export function assessThresholds(
  scores: Record<CriterionId, number>,
  total: number,
  applied: AppliedThresholds,
): ThresholdAssessment {
  const overallMet = total >= applied.overall.value;
  const reasons = [
    rankingMessage('ranking.overall-threshold', {
      total,
      maximum: applied.maximumTotal,
      threshold: thresholdParams(applied.overall),
      met: overallMet,
    }),
  ];
  let passes = overallMet;
  for (const c of applied.criteria) {
    const score = scores[c.id];
    const met = score >= c.threshold.value;
    if (!met) passes = false;
    reasons.push(
      rankingMessage('ranking.criterion-threshold', {
        criterion: c.id,
        score,
        maximum: c.maximum.value,
        threshold: thresholdParams(c.threshold),
        met,
      }),
    );
  }
  return { passes, reasons };
}

/** The threshold as a reason names it: with the call definition's value when a what-if replaced it. */
function thresholdParams(t: AppliedThreshold): ThresholdParams {
  return t.overridden ? { value: t.value, definitionValue: t.basis.value } : { value: t.value };
}
