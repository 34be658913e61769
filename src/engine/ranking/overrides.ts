/**
 * The simulator's what-if values, checked against the call: an envelope for a lot the call has,
 * in whole euros; thresholds within 0..maximum. A screen shows these problems next to its fields.
 */
import { type CallDefinition, LOT_IDS, type LotId } from '../call-definition/types.ts';
import type { InputProblem } from '../eligibility/proposal-input.ts';
import { show } from '../field-path.ts';
import type { RankingOverrides } from './types.ts';

function isWholeEuros(n: unknown): boolean {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
}

function inRange(n: unknown, maximum: number): boolean {
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= maximum;
}

export function overrideProblems(call: CallDefinition, overrides: RankingOverrides): InputProblem[] {
  const problems: InputProblem[] = [];
  const lots = Object.keys(call.lots).sort();
  for (const [lot, envelope] of Object.entries(overrides.envelopes ?? {})) {
    const field = `overrides.envelopes.${lot}`;
    if (!LOT_IDS.includes(lot as LotId) || !call.lots[lot as LotId]) {
      problems.push({
        field,
        expected: `a lot of the ${call.year} call: ${lots.join(', ')}`,
        got: show(lot),
      });
    } else if (!isWholeEuros(envelope)) {
      problems.push({ field, expected: 'an envelope in whole euros, zero or more', got: show(envelope) });
    }
  }
  const maximumTotal = call.awardCriteria.criteria.reduce((sum, c) => sum + c.maximum.value, 0);
  if (overrides.overallThreshold !== undefined && !inRange(overrides.overallThreshold, maximumTotal)) {
    problems.push({
      field: 'overrides.overallThreshold',
      expected: `a threshold from 0 to ${maximumTotal}`,
      got: show(overrides.overallThreshold),
    });
  }
  for (const [id, threshold] of Object.entries(overrides.criterionThresholds ?? {})) {
    const field = `overrides.criterionThresholds.${id}`;
    const criterion = call.awardCriteria.criteria.find((c) => c.id === id);
    if (!criterion) {
      const ids = call.awardCriteria.criteria.map((c) => c.id);
      problems.push({ field, expected: `an award criterion: ${ids.join(', ')}`, got: show(id) });
    } else if (!inRange(threshold, criterion.maximum.value)) {
      problems.push({
        field,
        expected: `a threshold from 0 to ${criterion.maximum.value} (the maximum of ${id})`,
        got: show(threshold),
      });
    }
  }
  return problems;
}
