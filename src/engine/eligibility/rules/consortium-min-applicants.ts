import { fail, finding, org, pass } from '../rule-kit.ts';
import type { EligibilityRule } from '../types.ts';

/** At least 8 (Lot 1) / 12 (Lot 2) applicants: the coordinator and the beneficiaries. */
export const consortiumMinApplicants: EligibilityRule = {
  id: 'consortium.min-applicants',
  severity: 'error',
  summary: 'consortium.min-applicants.summary',
  evaluate(ctx) {
    const basis = ctx.lot.composition.minApplicants;
    const required = basis.value;
    const count = ctx.countedApplicants.length;
    const notCounted = ctx.participants.filter((p) => !p.counted);
    const facts = {
      applicants: count,
      required,
      countedRoles: ctx.call.participation.countedRoles.value,
      notCounted: notCounted.map((p) => ({ name: p.name, role: p.role, country: p.countryCode })),
    };
    if (count >= required) return pass(basis, facts);
    return fail(basis, facts, [
      finding(
        'consortium.min-applicants.failed',
        'consortium.min-applicants.fix',
        {
          count,
          required,
          lot: ctx.lotLabel,
          missing: required - count,
          uncountedRoles: notCounted.filter((p) => !p.countedRole).map(org),
          // An applicant entered twice is named by participant.duplicate, not here as ineligible.
          ineligible: notCounted.filter((p) => p.countedRole && p.duplicateOf < 0).map(org),
        },
        { field: 'participants' },
      ),
    ]);
  },
};
