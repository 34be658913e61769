import { plural } from '../../i18n/format.ts';
import { fail, pass, who } from '../rule-kit.ts';
import type { EligibilityRule } from '../types.ts';

/** At least 8 (Lot 1) / 12 (Lot 2) applicants: the coordinator and the beneficiaries. */
export const consortiumMinApplicants: EligibilityRule = {
  id: 'consortium.min-applicants',
  severity: 'error',
  summary: {
    en: 'The consortium has enough applicants',
    da: 'Konsortiet har nok ansøgere',
  },
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
    const missing = required - count;
    const uncountedRoles = notCounted.filter((p) => !p.countedRole).map(who);
    const ineligible = notCounted.filter((p) => p.countedRole).map(who);
    return fail(basis, facts, [
      {
        message: {
          en: `The consortium has ${count} ${plural(count, 'applicant', 'applicants')} (the coordinator and the beneficiaries); ${ctx.lotLabel.en} needs at least ${required}.`,
          da: `Konsortiet har ${count} ${plural(count, 'ansøger', 'ansøgere')} (koordinatoren og støttemodtagerne); ${ctx.lotLabel.da} kræver mindst ${required}.`,
        },
        fix: {
          en: `Add ${missing} more ${plural(missing, 'beneficiary', 'beneficiaries')}.${uncountedRoles.length > 0 ? ` Associated partners and affiliated entities (${uncountedRoles.join(', ')}) do not count toward this minimum.` : ''}${ineligible.length > 0 ? ` Applicants from an excluded or unknown country (${ineligible.join(', ')}) do not count.` : ''}`,
          da: `Tilføj ${missing} ${plural(missing, 'støttemodtager', 'støttemodtagere')} mere.${uncountedRoles.length > 0 ? ` Associerede partnere og tilknyttede enheder (${uncountedRoles.join(', ')}) tæller ikke med i dette minimum.` : ''}${ineligible.length > 0 ? ` Ansøgere fra et udelukket eller ukendt land (${ineligible.join(', ')}) tæller ikke med.` : ''}`,
        },
        field: 'participants',
      },
    ]);
  },
};
