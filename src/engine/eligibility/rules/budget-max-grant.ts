import type { LotDefinition } from '../../call-definition/types.ts';
import { euros } from '../../i18n/format.ts';
import { fail, notApplicable, pass } from '../rule-kit.ts';
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
  summary: {
    en: "The requested grant is within the lot's maximum for the duration",
    da: 'Det ansøgte tilskud er inden for lottets maksimum for varigheden',
  },
  evaluate(ctx) {
    const budget = ctx.proposal.budget;
    if (!budget) return notApplicable('no budget given');
    const basis = ctx.lot.maxGrantByDuration;
    const maximum = basis.value[String(ctx.proposal.durationMonths)] ?? otherDurationMaximum(ctx.lot);
    if (maximum === undefined) return notApplicable('the duration is not one the lot allows');
    const requested = budget.requestedGrant;
    const facts = { requestedGrant: requested, maximum, durationMonths: ctx.proposal.durationMonths };
    if (requested <= maximum) return pass(basis, facts);
    return fail(basis, facts, [
      {
        message: {
          en: `The requested grant of ${euros(requested, 'en')} exceeds the ${ctx.lotLabel.en} maximum of ${euros(maximum, 'en')} for ${ctx.proposal.durationMonths} months.`,
          da: `Det ansøgte tilskud på ${euros(requested, 'da')} overstiger maksimum for ${ctx.lotLabel.da} på ${euros(maximum, 'da')} for ${ctx.proposal.durationMonths} måneder.`,
        },
        fix: {
          en: `Reduce the requested grant by ${euros(requested - maximum, 'en')} to at most ${euros(maximum, 'en')}.`,
          da: `Nedsæt det ansøgte tilskud med ${euros(requested - maximum, 'da')} til højst ${euros(maximum, 'da')}.`,
        },
        field: 'budget.requestedGrant',
      },
    ]);
  },
};
