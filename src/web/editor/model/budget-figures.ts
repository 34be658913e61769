/**
 * The figures the budget page sets the requested grant against: the lot's ceiling for the
 * chosen duration, and the funding rate (the grant is at most 80 % of the estimated costs).
 */
import type { CallDefinition, LotId } from '../../../engine/call-definition/types.ts';

export interface GrantFigures {
  estimatedCosts: number;
  /** The lot's maximum grant for the duration; undefined for a duration the lot does not offer. */
  ceiling: number | undefined;
  fundingRatePercent: number;
  /** The funding rate applied to the estimated costs, in whole euros (rounded down). */
  maxByFundingRate: number;
  /** The largest grant both limits allow. */
  maxGrant: number;
  requestedGrant: number;
}

export function grantFigures(
  call: CallDefinition,
  lot: string,
  durationMonths: number,
  estimatedCosts: number,
  requestedGrant: number,
): GrantFigures {
  const ceiling = call.lots[lot as LotId]?.maxGrantByDuration.value[String(durationMonths)];
  const rate = call.budget.fundingRatePercent.value;
  const maxByFundingRate = Math.floor((estimatedCosts * rate) / 100);
  return {
    estimatedCosts,
    ceiling,
    fundingRatePercent: rate,
    maxByFundingRate,
    maxGrant: ceiling === undefined ? maxByFundingRate : Math.min(ceiling, maxByFundingRate),
    requestedGrant,
  };
}

/** How full a bar is, 0–100, for `part` of `whole` (over 100 is shown full, and said in words). */
export function fill(part: number, whole: number | undefined): number {
  if (!whole || whole <= 0) return part > 0 ? 100 : 0;
  return Math.min(100, Math.round((part * 1000) / whole) / 10);
}
