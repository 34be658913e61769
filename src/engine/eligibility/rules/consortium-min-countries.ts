import { countryName, fail, finding, org, pass } from '../rule-kit.ts';
import type { EligibilityRule, ParticipantView } from '../types.ts';

/**
 * "At least 4 (Lot 1) / 8 (Lot 2) EU Member States or third countries associated to the
 * programme" among the applicants. The number is the call's
 * `lots.<lot>.composition.minCountries` (rules/calls/<year>.yaml), where its source is cited.
 *
 * Only applicants count (the call's `participation.countedRoles`: coordinator and beneficiaries),
 * and only their countries that are Member States or associated; beneficiaries from other third
 * countries may take part but do not add a country.
 */
export const consortiumMinCountries: EligibilityRule = {
  id: 'consortium.min-countries',
  severity: 'error',
  summary: 'consortium.min-countries.summary',
  evaluate(ctx) {
    const basis = ctx.lot.composition.minCountries;
    const required = basis.value;
    const eligibleApplicants: ParticipantView[] = [];
    const thirdCountryApplicants: ParticipantView[] = [];
    for (const p of ctx.countedApplicants) {
      if (p.group === 'member-state' || p.group === 'associated') eligibleApplicants.push(p);
      else if (p.group === 'third-country') thirdCountryApplicants.push(p);
    }
    // A territory takes part with the status of its Member State and counts as that country.
    const countries = ctx.countriesOf(eligibleApplicants);
    const facts = {
      countries,
      required,
      notCounted: thirdCountryApplicants.map((p) => ({ name: p.name, country: p.countryCode })),
    };
    if (countries.length >= required) return pass(basis, facts);

    // Associated partners in a new eligible country would count if they became beneficiaries.
    const promotable = ctx.participants
      .filter(
        (p) =>
          !p.countedRole &&
          (p.group === 'member-state' || p.group === 'associated') &&
          !countries.includes(p.country?.partOf ?? p.country?.territoryOf ?? p.countryCode),
      )
      .map(org);
    return fail(basis, facts, [
      finding(
        'consortium.min-countries.failed',
        'consortium.min-countries.fix',
        {
          countries,
          required,
          lot: ctx.lotLabel,
          missing: required - countries.length,
          countryNames: countries.map((c) => countryName(ctx, c)),
          thirdCountry: thirdCountryApplicants.map(org),
          promotable,
        },
        { field: 'participants' },
      ),
    ]);
  },
};
