import { maxGrantAtRate, minCostsForGrant } from '../../budget/grant.ts';
import { fail, finding, notApplicable, pass } from '../rule-kit.ts';
import type { EligibilityRule } from '../types.ts';

/**
 * The grant is capped at the funding rate (80 %) of the estimated costs. The rate is a cap, not
 * an eligibility condition: a request above it is a warning naming the amount the grant will be
 * capped at, and the proposal stays eligible.
 */
export const budgetFundingRate: EligibilityRule = {
  id: 'budget.funding-rate',
  severity: 'warning',
  summary: 'budget.funding-rate.summary',
  evaluate(ctx) {
    const budget = ctx.proposal.budget;
    if (!budget) return notApplicable('no-budget');
    const basis = ctx.call.budget.fundingRatePercent;
    const rate = basis.value;
    const allowed = maxGrantAtRate(budget.estimatedCosts, rate);
    const facts = {
      requestedGrant: budget.requestedGrant,
      estimatedCosts: budget.estimatedCosts,
      fundingRatePercent: rate,
      maximumAtRate: allowed,
      cappedGrant: Math.min(budget.requestedGrant, allowed),
    };
    if (budget.requestedGrant <= allowed) return pass(basis, facts);
    return fail(basis, facts, [
      finding(
        'budget.funding-rate.failed',
        'budget.funding-rate.fix',
        {
          requested: budget.requestedGrant,
          estimatedCosts: budget.estimatedCosts,
          ratePercent: rate,
          allowed,
          neededCosts: minCostsForGrant(budget.requestedGrant, rate),
        },
        { field: 'budget.requestedGrant' },
      ),
    ]);
  },
};
