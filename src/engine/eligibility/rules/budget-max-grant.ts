import type { LotDefinition } from '../../call-definition/types.ts';
import { fail, finding, notApplicable, pass } from '../rule-kit.ts';
import type { EligibilityRule } from '../types.ts';

/** A lot whose durations are only the normal ones caps any other duration at its largest maximum. */
function otherDurationMaximum(lot: LotDefinition): number | undefined {
  if (lot.durationsNormal?.value !== true) return undefined;
  return Math.max(...Object.values(lot.maxGrantByDuration.value));
}

/** The requested grant is at most the lot's maximum for the chosen duration. */
export const budgetMaxGrant: EligibilityRule = {
  id: 'budget.max-grant',
  severity: 'error',
  summary: 'budget.max-grant.summary',
  evaluate(ctx) {
    const budget = ctx.proposal.budget;
    if (!budget) return notApplicable('no-budget');
    const basis = ctx.lot.maxGrantByDuration;
    const maximum = basis.value[String(ctx.proposal.durationMonths)] ?? otherDurationMaximum(ctx.lot);
    if (maximum === undefined) return notApplicable('duration-not-allowed');
    const requested = budget.requestedGrant;
    const facts = { requestedGrant: requested, maximum, durationMonths: ctx.proposal.durationMonths };
    if (requested <= maximum) return pass(basis, facts);
    return fail(basis, facts, [
      finding(
        'budget.max-grant.failed',
        'budget.max-grant.fix',
        { requested, maximum, months: ctx.proposal.durationMonths, lot: ctx.lotLabel },
        { field: 'budget.requestedGrant' },
      ),
    ]);
  },
};
