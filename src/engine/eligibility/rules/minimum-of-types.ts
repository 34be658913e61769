/**
 * The shape shared by "at least N labour-market actors" and "at least N education and training
 * providers": count the applicants whose type the call puts in a category.
 */
import type { Lang, OrganisationType, Sourced } from '../../call-definition/types.ts';
import { listOr, plural } from '../../i18n/format.ts';
import { fail, pass, sortedUnique, typeSet, who } from '../rule-kit.ts';
import type { EligibilityContext, EligibilityRule } from '../types.ts';

interface Category {
  id: string;
  summary: EligibilityRule['summary'];
  minimum(ctx: EligibilityContext): Sourced<number>;
  types(ctx: EligibilityContext): Sourced<OrganisationType[]>;
  noun: Record<Lang, [one: string, many: string]>;
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
      const missing = required - members.length;
      const asPartners = ctx.participants.filter((p) => !p.countedRole && counting.has(p));
      const otherTypes = sortedUnique(
        ctx.countedApplicants
          .filter((p) => !counting.has(p) && !isCountedElsewhere(ctx, p.type))
          .map((p) => p.type),
      );
      const typeList = (lang: Lang) =>
        listOr(
          types.map((t) => shortTypeName(ctx.typeName(t, lang))),
          lang,
        );
      const [oneEn, manyEn] = category.noun.en;
      const [oneDa, manyDa] = category.noun.da;
      const namesIn = members.length > 0 ? ` (${members.map((p) => p.name).join(', ')})` : '';
      return fail(basis, { ...facts, notCountedTypes: otherTypes }, [
        {
          message: {
            en: `The applicants include ${members.length} ${plural(members.length, oneEn, manyEn)}${namesIn}; ${ctx.lotLabel.en} needs at least ${required}.`,
            da: `Ansøgerne omfatter ${members.length} ${plural(members.length, oneDa, manyDa)}${namesIn}; ${ctx.lotLabel.da} kræver mindst ${required}.`,
          },
          fix: {
            en: `Add ${missing} more ${plural(missing, oneEn, manyEn)} as ${plural(missing, 'a beneficiary', 'beneficiaries')}: ${typeList('en')}.${asPartners.length > 0 ? ` ${asPartners.map(who).join(', ')} would count as ${plural(asPartners.length, 'a beneficiary', 'beneficiaries')}.` : ''}${otherTypes.length > 0 ? ` Under this call definition, ${otherTypes.map((t) => shortTypeName(ctx.typeName(t, 'en'))).join(', ')} ${plural(otherTypes.length, 'does', 'do')} not count as ${manyEn}.` : ''}`,
            da: `Tilføj ${missing} ${plural(missing, oneDa, manyDa)} mere som ${plural(missing, 'støttemodtager', 'støttemodtagere')}: ${typeList('da')}.${asPartners.length > 0 ? ` ${asPartners.map(who).join(', ')} ville tælle med som støttemodtager${asPartners.length === 1 ? '' : 'e'}.` : ''}${otherTypes.length > 0 ? ` Efter denne indkaldelses definition tæller ${otherTypes.map((t) => shortTypeName(ctx.typeName(t, 'da'))).join(', ')} ikke som ${manyDa}.` : ''}`,
          },
          field: 'participants',
        },
      ]);
    },
  };
}

/** A type the call counts in the other category is not "uncounted"; only the unclassified ones are worth naming. */
function isCountedElsewhere(ctx: EligibilityContext, type: OrganisationType): boolean {
  const t = ctx.call.organisationTypes;
  return t.labourMarketActors.value.includes(type) || t.educationProviders.value.includes(type);
}

/** "Enterprise (SME, large or social enterprise)" → "enterprise": the name as it reads inside a sentence. */
export function shortTypeName(name: string): string {
  const bare = name.replace(/\s*\([^)]*\)/g, '');
  return /^[A-ZÆØÅ][a-zæøå]/.test(bare) ? bare[0]!.toLowerCase() + bare.slice(1) : bare;
}
