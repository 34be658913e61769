import { maxGrantAtRate, minCostsForGrant } from '../../budget/grant.ts';
import { euros, percentOf } from '../../i18n/format.ts';
import { fail, notApplicable, pass } from '../rule-kit.ts';
import type { EligibilityRule } from '../types.ts';

/** The requested grant is at most the funding rate (80 %) of the estimated costs. */
export const budgetFundingRate: EligibilityRule = {
  id: 'budget.funding-rate',
  severity: 'error',
  summary: {
    en: 'The requested grant is within the funding rate of the estimated costs',
    da: 'Det ansøgte tilskud er inden for finansieringssatsen af de anslåede omkostninger',
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
    };
    if (budget.requestedGrant <= allowed) return pass(basis, facts);
    const neededCosts = minCostsForGrant(budget.requestedGrant, rate);
    return fail(basis, facts, [
      {
        message: {
          en: `The requested grant of ${euros(budget.requestedGrant, 'en')} is ${percentOf(budget.requestedGrant, budget.estimatedCosts, 'en')} % of the estimated costs of ${euros(budget.estimatedCosts, 'en')}; the grant may be at most ${rate} % (${euros(allowed, 'en')}).`,
          da: `Det ansøgte tilskud på ${euros(budget.requestedGrant, 'da')} er ${percentOf(budget.requestedGrant, budget.estimatedCosts, 'da')} % af de anslåede omkostninger på ${euros(budget.estimatedCosts, 'da')}; tilskuddet må højst være ${rate} % (${euros(allowed, 'da')}).`,
        },
        fix: {
          en: `Reduce the requested grant to at most ${euros(allowed, 'en')}, or, if the work plan justifies it, raise the estimated costs to at least ${euros(neededCosts, 'en')}.`,
          da: `Nedsæt det ansøgte tilskud til højst ${euros(allowed, 'da')}, eller hæv de anslåede omkostninger til mindst ${euros(neededCosts, 'da')}, hvis arbejdsplanen begrunder det.`,
        },
        field: 'budget.requestedGrant',
      },
    ]);
  },
};
