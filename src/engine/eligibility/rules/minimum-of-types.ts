/**
 * The shape shared by "at least N labour-market actors" and "at least N education and training
 * providers": count the applicants whose type the call puts in a category.
 */
import type { OrganisationType, Sourced } from '../../call-definition/types.ts';
import type { SummaryKey } from '../messages/index.ts';
import { fail, finding, org, pass, sortedUnique, typeName, typeSet } from '../rule-kit.ts';
import type { EligibilityContext, EligibilityRule } from '../types.ts';

interface Category {
  id: string;
  summary: SummaryKey;
  minimum(ctx: EligibilityContext): Sourced<number>;
  types(ctx: EligibilityContext): Sourced<OrganisationType[]>;
  messageKey: 'consortium.min-labour-market-actors.failed' | 'consortium.min-education-providers.failed';
  fixKey: 'consortium.min-labour-market-actors.fix' | 'consortium.min-education-providers.fix';
}

export function minimumOfTypes(category: Category): EligibilityRule {
  return {
    id: category.id,
    severity: 'error',
    summary: category.summary,
    evaluate(ctx) {
      const basis = category.minimum(ctx);
      const types = category.types(ctx).value;
      const counting = typeSet(types);
      const required = basis.value;
      const members = ctx.countedApplicants.filter((p) => counting.has(p));
      const facts = {
        count: members.length,
        required,
        counted: members.map((p) => p.name),
        countingTypes: types,
      };
      if (members.length >= required) return pass(basis, facts);
      const otherTypes = sortedUnique(
        ctx.countedApplicants
          .filter((p) => !counting.has(p) && !isCountedElsewhere(ctx, p.type))
          .map((p) => p.type),
      );
      return fail(basis, { ...facts, notCountedTypes: otherTypes }, [
        finding(
          category.messageKey,
          category.fixKey,
          {
            count: members.length,
            required,
            members: facts.counted,
            lot: ctx.lotLabel,
            missing: required - members.length,
            types: types.map((t) => typeName(ctx, t)),
            asPartners: ctx.participants.filter((p) => !p.countedRole && counting.has(p)).map(org),
            otherTypes: otherTypes.map((t) => typeName(ctx, t)),
          },
          { field: 'participants' },
        ),
      ]);
    },
  };
}

/** A type the call counts in the other category is not "uncounted"; only the unclassified ones are worth naming. */
function isCountedElsewhere(ctx: EligibilityContext, type: OrganisationType): boolean {
  const t = ctx.call.organisationTypes;
  return t.labourMarketActors.value.includes(type) || t.educationProviders.value.includes(type);
}
