/** The shape shared by "at least one HEI" and "at least one VET provider" among the applicants. */
import type { OrganisationType, Sourced } from '../../call-definition/types.ts';
import type { SummaryKey } from '../messages/index.ts';
import { fail, finding, notApplicable, org, pass, typeIndexOf } from '../rule-kit.ts';
import type { EligibilityContext, EligibilityRule } from '../types.ts';

interface RequiredType {
  id: string;
  type: OrganisationType;
  summary: SummaryKey;
  required(ctx: EligibilityContext): Sourced<boolean>;
  messageKey: 'consortium.hei-required.failed' | 'consortium.vet-required.failed';
  fixKey: 'consortium.hei-required.fix' | 'consortium.vet-required.fix';
}

export function requiredType(spec: RequiredType): EligibilityRule {
  const typeIndex = typeIndexOf(spec.type);
  return {
    id: spec.id,
    severity: 'error',
    summary: spec.summary,
    evaluate(ctx) {
      const basis = spec.required(ctx);
      if (!basis.value) return notApplicable(`${spec.type}-not-required`);
      const found = ctx.countedApplicants.filter((p) => p.typeIndex === typeIndex);
      const facts = { found: found.map((p) => p.name) };
      if (found.length > 0) return pass(basis, facts);
      // Associated partners or affiliated entities of the type would count as beneficiaries.
      const asPartners = ctx.participants.filter((p) => !p.countedRole && p.typeIndex === typeIndex).map(org);
      return fail(basis, facts, [
        finding(spec.messageKey, spec.fixKey, { lot: ctx.lotLabel, asPartners }, { field: 'participants' }),
      ]);
    },
  };
}
