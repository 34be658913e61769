import { fail, pass } from '../rule-kit.ts';
import type { EligibilityRule } from '../types.ts';

/** No participant, in any role, is established in a country the call excludes (Russia, Belarus). */
export const participantExcludedCountry: EligibilityRule = {
  id: 'participant.excluded-country',
  severity: 'error',
  summary: {
    en: 'No participant is established in a country the call excludes',
    da: 'Ingen deltager er etableret i et land, som indkaldelsen udelukker',
  },
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
      excluded.map((p) => ({
        message: {
          en: `${p.name} is established in ${ctx.countryName(p.countryCode, 'en')} (${p.countryCode}); organisations from there are not eligible in this call, in any role.`,
          da: `${p.name} er etableret i ${ctx.countryName(p.countryCode, 'da')} (${p.countryCode}); organisationer derfra kan ikke deltage i denne indkaldelse, uanset rolle.`,
        },
        fix: {
          en: `Remove ${p.name} from the consortium.`,
          da: `Fjern ${p.name} fra konsortiet.`,
        },
        facts: { name: p.name, country: p.countryCode, role: p.role },
        field: `participants[${p.index}]`,
      })),
    );
  },
};
