import { countryName, fail, finding, notApplicable, org, pass } from '../rule-kit.ts';
import type { EligibilityRule } from '../types.ts';

/** The coordinator is established in an EU Member State or a third country associated to the programme. */
export const coordinatorCountry: EligibilityRule = {
  id: 'coordinator.country',
  severity: 'error',
  summary: 'coordinator.country.summary',
  evaluate(ctx) {
    const basis = ctx.call.participation.coordinatorCountries;
    const coordinators = ctx.coordinators;
    if (coordinators.length === 0) return notApplicable('no-coordinator');
    const wrong = coordinators.filter((p) => p.group === undefined || !basis.value.includes(p.group));
    const facts = {
      coordinators: coordinators.map((p) => ({
        name: p.name,
        country: p.countryCode,
        group: p.group ?? 'unknown',
      })),
      allowed: basis.value,
    };
    if (wrong.length === 0) return pass(basis, facts);
    // Suggest the beneficiaries who could take over, as the applicant would look for them.
    const candidates = ctx.participants
      .filter((p) => p.role === 'beneficiary' && p.group !== undefined && basis.value.includes(p.group))
      .slice(0, 3)
      .map(org);
    return fail(
      basis,
      facts,
      wrong.map((p) =>
        finding(
          'coordinator.country.failed',
          'coordinator.country.fix',
          {
            name: p.name,
            country: p.countryCode,
            countryName: countryName(ctx, p.countryCode),
            group: p.group,
            candidates,
          },
          {
            facts: { name: p.name, country: p.countryCode, group: p.group ?? 'unknown' },
            field: `participants[${p.index}].country`,
          },
        ),
      ),
    );
  },
};
