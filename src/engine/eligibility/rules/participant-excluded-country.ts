import { countryName, fail, finding, pass } from '../rule-kit.ts';
import type { EligibilityRule } from '../types.ts';

/** No participant, in any role, is established in a country the call excludes (Russia, Belarus). */
export const participantExcludedCountry: EligibilityRule = {
  id: 'participant.excluded-country',
  severity: 'error',
  summary: 'participant.excluded-country.summary',
  evaluate(ctx) {
    const basis = ctx.call.countries.excluded;
    const excluded = ctx.participants.filter((p) => p.group === 'excluded');
    const facts = {
      excludedCountries: basis.value,
      participants: excluded.map((p) => ({ name: p.name, country: p.countryCode, role: p.role })),
    };
    if (excluded.length === 0) return pass(basis, facts);
    return fail(
      basis,
      facts,
      excluded.map((p) =>
        finding(
          'participant.excluded-country.failed',
          'participant.excluded-country.fix',
          { name: p.name, country: p.countryCode, countryName: countryName(ctx, p.countryCode) },
          {
            facts: { name: p.name, country: p.countryCode, role: p.role },
            field: `participants[${p.index}]`,
          },
        ),
      ),
    );
  },
};
