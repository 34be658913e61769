/** The shape shared by "at least one HEI" and "at least one VET provider" among the applicants. */
import type { Localised, OrganisationType, Sourced } from '../../call-definition/types.ts';
import { fail, notApplicable, pass, typeIndexOf, who } from '../rule-kit.ts';
import type { EligibilityContext, EligibilityRule } from '../types.ts';

interface RequiredType {
  id: string;
  type: OrganisationType;
  summary: Localised;
  required(ctx: EligibilityContext): Sourced<boolean>;
  message(lot: Localised): Localised;
  fix: Localised;
}

export function requiredType(spec: RequiredType): EligibilityRule {
  const typeIndex = typeIndexOf(spec.type);
  return {
    id: spec.id,
    severity: 'error',
    summary: spec.summary,
    evaluate(ctx) {
      const basis = spec.required(ctx);
      if (!basis.value) return notApplicable(`the lot does not require a ${spec.type}`);
      const found = ctx.countedApplicants.filter((p) => p.typeIndex === typeIndex);
      const facts = { found: found.map((p) => p.name) };
      if (found.length > 0) return pass(basis, facts);
      const asPartners = ctx.participants.filter((p) => !p.countedRole && p.typeIndex === typeIndex);
      const extra: Localised =
        asPartners.length > 0
          ? {
              en: ` ${asPartners.map(who).join(', ')} would count as a beneficiary.`,
              da: ` ${asPartners.map(who).join(', ')} ville tælle med som støttemodtager.`,
            }
          : { en: '', da: '' };
      const message = spec.message(ctx.lotLabel);
      return fail(basis, facts, [
        { message, fix: { en: spec.fix.en + extra.en, da: spec.fix.da + extra.da }, field: 'participants' },
      ]);
    },
  };
}
