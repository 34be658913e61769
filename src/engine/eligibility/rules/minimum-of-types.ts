/**
 * The shape shared by "at least N labour-market actors" and "at least N education and training
 * providers": count the applicants whose type the call puts in a category.
 */
import type { Lang, OrganisationType, Sourced } from '../../call-definition/types.ts';
import { countOf, listAnd, listOr, type NounForms, plural } from '../../i18n/format.ts';
import { fail, pass, sortedUnique, typeSet, who } from '../rule-kit.ts';
import type { EligibilityContext, EligibilityRule } from '../types.ts';

interface Category {
  id: string;
  summary: EligibilityRule['summary'];
  minimum(ctx: EligibilityContext): Sourced<number>;
  types(ctx: EligibilityContext): Sourced<OrganisationType[]>;
  noun: Record<Lang, NounForms>;
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
      const nounEn = category.noun.en;
      const nounDa = category.noun.da;
      const beneficiaryEn = { one: 'a beneficiary', other: 'beneficiaries' };
      const beneficiaryDa = { one: 'støttemodtager', other: 'støttemodtagere' };
      // "organisations of the types NGO and public body": a grammatical list of the type names.
      const otherTypeNames = (lang: Lang) =>
        listAnd(
          otherTypes.map((t) => `"${shortTypeName(ctx.typeName(t, lang))}"`),
          lang,
        );
      const namesIn = members.length > 0 ? ` (${members.map((p) => p.name).join(', ')})` : '';
      return fail(basis, { ...facts, notCountedTypes: otherTypes }, [
        {
          message: {
            en: `The applicants include ${countOf(members.length, 'en', nounEn)}${namesIn}; ${ctx.lotLabel.en} needs at least ${required}.`,
            da: `Ansøgerne omfatter ${countOf(members.length, 'da', nounDa)}${namesIn}; ${ctx.lotLabel.da} kræver mindst ${required}.`,
          },
          fix: {
            en: `Add ${missing} more ${plural(missing, 'en', nounEn)} as ${plural(missing, 'en', beneficiaryEn)}: ${typeList('en')}.${asPartners.length > 0 ? ` ${asPartners.map(who).join(', ')} would count as ${plural(asPartners.length, 'en', beneficiaryEn)}.` : ''}${otherTypes.length > 0 ? ` Under this call definition, organisations of the ${plural(otherTypes.length, 'en', { one: 'type', other: 'types' })} ${otherTypeNames('en')} do not count as ${nounEn.other}.` : ''}`,
            da: `Tilføj ${countOf(missing, 'da', nounDa)} mere som ${plural(missing, 'da', beneficiaryDa)}: ${typeList('da')}.${asPartners.length > 0 ? ` ${asPartners.map(who).join(', ')} ville tælle med som ${plural(asPartners.length, 'da', beneficiaryDa)}.` : ''}${otherTypes.length > 0 ? ` Efter denne indkaldelses definition tæller organisationer af ${plural(otherTypes.length, 'da', { one: 'typen', other: 'typerne' })} ${otherTypeNames('da')} ikke som ${nounDa.other}.` : ''}`,
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
