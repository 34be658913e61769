/**
 * The lump-sum grant arithmetic, in whole euros. Budget-based lump sum: the grant is at most the
 * funding rate of the estimated eligible costs, and at most the lot's ceiling for the duration.
 * Products stay far below 2^53, so integer arithmetic on numbers is exact.
 */

function assertWholeEuros(amount: number, what: string): void {
  if (!Number.isSafeInteger(amount) || amount < 0)
    throw new RangeError(`${what} must be whole euros, got ${amount}`);
}

/** The largest grant the funding rate allows on these costs (rounded down to the euro). */
export function maxGrantAtRate(estimatedCosts: number, fundingRatePercent: number): number {
  assertWholeEuros(estimatedCosts, 'estimatedCosts');
  return Math.floor((estimatedCosts * fundingRatePercent) / 100);
}

/** The smallest estimated costs on which the funding rate allows this grant. */
export function minCostsForGrant(requestedGrant: number, fundingRatePercent: number): number {
  assertWholeEuros(requestedGrant, 'requestedGrant');
  return Math.ceil((requestedGrant * 100) / fundingRatePercent);
}

/** The most a proposal can be granted: min(ceiling for the duration, funding rate × costs). */
export function maxEligibleGrant(
  ceiling: number,
  estimatedCosts: number,
  fundingRatePercent: number,
): number {
  return Math.min(ceiling, maxGrantAtRate(estimatedCosts, fundingRatePercent));
}
