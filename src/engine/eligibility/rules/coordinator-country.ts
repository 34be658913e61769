import { listAnd } from '../../i18n/format.ts';
import { fail, groupPhrase, notApplicable, pass, who } from '../rule-kit.ts';
import type { EligibilityRule, FindingDraft } from '../types.ts';

/** The coordinator is established in an EU Member State or a third country associated to the programme. */
export const coordinatorCountry: EligibilityRule = {
  id: 'coordinator.country',
  severity: 'error',
  summary: {
    en: 'The coordinator is established in an EU Member State or an associated third country',
    da: 'Koordinatoren er etableret i en EU-medlemsstat eller et associeret tredjeland',
  },
  evaluate(ctx) {
    const basis = ctx.call.participation.coordinatorCountries;
    const coordinators = ctx.coordinators;
    if (coordinators.length === 0) return notApplicable('no coordinator');
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
      .map(who);
    const findings: FindingDraft[] = wrong.map((p) => ({
      message: {
        en: `The coordinator, ${p.name}, is established in ${ctx.countryName(p.countryCode, 'en')} (${p.countryCode}), ${groupPhrase(p.group, 'en')}; the coordinator must be established in an EU Member State or a third country associated to the programme.`,
        da: `Koordinatoren, ${p.name}, er etableret i ${ctx.countryName(p.countryCode, 'da')} (${p.countryCode}), ${groupPhrase(p.group, 'da')}; koordinatoren skal være etableret i en EU-medlemsstat eller et tredjeland associeret til programmet.`,
      },
      fix: {
        en:
          candidates.length > 0
            ? `Make a beneficiary from an EU Member State or associated third country the coordinator (for example ${listAnd(candidates, 'en')}) and make ${p.name} a beneficiary.`
            : `Choose a coordinator established in an EU Member State or associated third country and make ${p.name} a beneficiary.`,
        da:
          candidates.length > 0
            ? `Gør en støttemodtager fra en EU-medlemsstat eller et associeret tredjeland til koordinator (for eksempel ${listAnd(candidates, 'da')}), og gør ${p.name} til støttemodtager.`
            : `Vælg en koordinator etableret i en EU-medlemsstat eller et associeret tredjeland, og gør ${p.name} til støttemodtager.`,
      },
      facts: { name: p.name, country: p.countryCode, group: p.group ?? 'unknown' },
      field: `participants[${p.index}].country`,
    }));
    return fail(basis, facts, findings);
  },
};
