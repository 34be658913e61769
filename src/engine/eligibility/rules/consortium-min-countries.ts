import { countOf, plural } from '../../i18n/format.ts';
import { countryNames, fail, pass, who } from '../rule-kit.ts';
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
  summary: {
    en: 'The applicants cover enough EU Member States and associated third countries',
    da: 'Ansøgerne dækker nok EU-medlemsstater og associerede tredjelande',
  },
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

    const missing = required - countries.length;
    // Associated partners in a new eligible country would count if they became beneficiaries.
    const promotable = ctx.participants
      .filter(
        (p) =>
          !p.countedRole &&
          (p.group === 'member-state' || p.group === 'associated') &&
          !countries.includes(p.country?.partOf ?? p.country?.territoryOf ?? p.countryCode),
      )
      .map(who);
    const extraEn = [
      thirdCountryApplicants.length > 0
        ? ` Applicants from third countries not associated to the programme (${thirdCountryApplicants.map(who).join(', ')}) take part but do not count.`
        : '',
      promotable.length > 0
        ? ` ${promotable.join(', ')} would count as ${plural(promotable.length, 'en', { one: 'a beneficiary', other: 'beneficiaries' })}; as associated partners or affiliated entities they do not.`
        : '',
    ].join('');
    const extraDa = [
      thirdCountryApplicants.length > 0
        ? ` Ansøgere fra tredjelande, der ikke er associeret til programmet (${thirdCountryApplicants.map(who).join(', ')}), kan deltage, men tæller ikke med.`
        : '',
      promotable.length > 0
        ? ` ${promotable.join(', ')} ville tælle med som ${plural(promotable.length, 'da', { one: 'støttemodtager', other: 'støttemodtagere' })}; som associerede partnere eller tilknyttede enheder tæller de ikke.`
        : '',
    ].join('');
    const covered = (lang: 'en' | 'da') =>
      countries.length > 0
        ? countryNames(ctx, countries, lang)
        : lang === 'en'
          ? 'no eligible country'
          : 'intet støtteberettiget land';
    return fail(basis, facts, [
      {
        message: {
          en: `The consortium covers ${countOf(countries.length, 'en', { one: 'eligible country', other: 'eligible countries' })}${countries.length > 0 ? ` (${countries.join(', ')})` : ''}; ${ctx.lotLabel.en} needs at least ${required}.`,
          da: `Konsortiet dækker ${countOf(countries.length, 'da', { one: 'støtteberettiget land', other: 'støtteberettigede lande', neuter: true })}${countries.length > 0 ? ` (${countries.join(', ')})` : ''}; ${ctx.lotLabel.da} kræver mindst ${required}.`,
        },
        fix: {
          en: `Add a beneficiary from ${plural(missing, 'en', { one: 'a further', other: `each of ${missing} further` })} ${plural(missing, 'en', { one: 'EU Member State or associated third country', other: 'EU Member States or associated third countries' })}; the applicants cover ${covered('en')}.${extraEn}`,
          da: `Tilføj en støttemodtager fra ${plural(missing, 'da', { one: 'endnu en', other: `hver af ${missing} yderligere` })} ${plural(missing, 'da', { one: 'EU-medlemsstat eller et associeret tredjeland', other: 'EU-medlemsstater eller associerede tredjelande' })}; ansøgerne dækker ${covered('da')}.${extraDa}`,
        },
        field: 'participants',
      },
    ]);
  },
};
