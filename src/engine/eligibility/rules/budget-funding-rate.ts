import { maxGrantAtRate, minCostsForGrant } from '../../budget/grant.ts';
import { euros, percentOf } from '../../i18n/format.ts';
import { fail, notApplicable, pass } from '../rule-kit.ts';
import type { EligibilityRule } from '../types.ts';

/**
 * The grant is capped at the funding rate (80 %) of the estimated costs. The rate is a cap, not
 * an eligibility condition: a request above it is a warning naming the amount the grant will be
 * capped at, and the proposal stays eligible.
 */
export const budgetFundingRate: EligibilityRule = {
  id: 'budget.funding-rate',
  severity: 'warning',
  summary: {
    en: 'The requested grant is within the funding rate of the estimated costs (above it, the grant is capped)',
    da: 'Det ansøgte tilskud er inden for finansieringssatsen af de anslåede omkostninger (derover nedsættes tilskuddet)',
  },
  evaluate(ctx) {
    const budget = ctx.proposal.budget;
    if (!budget) return notApplicable('no budget given');
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
    const neededCosts = minCostsForGrant(budget.requestedGrant, rate);
    return fail(basis, facts, [
      {
        message: {
          en: `The requested grant of ${euros(budget.requestedGrant, 'en')} is ${percentOf(budget.requestedGrant, budget.estimatedCosts, 'en')} % of the estimated costs of ${euros(budget.estimatedCosts, 'en')}. The grant is at most ${rate} % of the estimated costs, so it will be capped at ${euros(allowed, 'en')}.`,
          da: `Det ansøgte tilskud på ${euros(budget.requestedGrant, 'da')} er ${percentOf(budget.requestedGrant, budget.estimatedCosts, 'da')} % af de anslåede omkostninger på ${euros(budget.estimatedCosts, 'da')}. Tilskuddet udgør højst ${rate} % af de anslåede omkostninger, så det vil blive nedsat til ${euros(allowed, 'da')}.`,
        },
        fix: {
          en: `Request at most ${euros(allowed, 'en')}, or, if the work plan justifies it, raise the estimated costs to at least ${euros(neededCosts, 'en')}.`,
          da: `Ansøg om højst ${euros(allowed, 'da')}, eller hæv de anslåede omkostninger til mindst ${euros(neededCosts, 'da')}, hvis arbejdsplanen begrunder det.`,
        },
        field: 'budget.requestedGrant',
      },
    ]);
  },
};
