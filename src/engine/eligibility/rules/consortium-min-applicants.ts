import { countOf, plural } from '../../i18n/format.ts';
import { fail, pass, who } from '../rule-kit.ts';
import type { EligibilityRule } from '../types.ts';

const APPLICANT = {
  en: { one: 'applicant', other: 'applicants' },
  da: { one: 'ansøger', other: 'ansøgere' },
};
const BENEFICIARY = {
  en: { one: 'beneficiary', other: 'beneficiaries' },
  da: { one: 'støttemodtager', other: 'støttemodtagere' },
};

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
    // An applicant entered twice is named by participant.duplicate, not here as ineligible.
    const ineligible = notCounted.filter((p) => p.countedRole && p.duplicateOf < 0).map(who);
    return fail(basis, facts, [
      {
        message: {
          en: `The consortium has ${countOf(count, 'en', APPLICANT.en)} (the coordinator and the beneficiaries); ${ctx.lotLabel.en} needs at least ${required}.`,
          da: `Konsortiet har ${countOf(count, 'da', APPLICANT.da)} (koordinatoren og støttemodtagerne); ${ctx.lotLabel.da} kræver mindst ${required}.`,
        },
        fix: {
          en: `Add ${missing} more ${plural(missing, 'en', BENEFICIARY.en)}.${uncountedRoles.length > 0 ? ` Associated partners and affiliated entities (${uncountedRoles.join(', ')}) do not count toward this minimum.` : ''}${ineligible.length > 0 ? ` Applicants from an excluded or unknown country (${ineligible.join(', ')}) do not count.` : ''}`,
          da: `Tilføj ${countOf(missing, 'da', BENEFICIARY.da)} mere.${uncountedRoles.length > 0 ? ` Associerede partnere og tilknyttede enheder (${uncountedRoles.join(', ')}) tæller ikke med i dette minimum.` : ''}${ineligible.length > 0 ? ` Ansøgere fra et udelukket eller ukendt land (${ineligible.join(', ')}) tæller ikke med.` : ''}`,
        },
        field: 'participants',
      },
    ]);
  },
};
