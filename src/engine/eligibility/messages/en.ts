/**
 * The eligibility rules' wording in English: each rule's one-line summary, and each finding's
 * message and fix, from the facts the rule hands over. The Danish catalogue (./da.ts) has the
 * same keys with the same facts; the compiler holds them together.
 */
import type { CountryGroup, Localised } from '../../call-definition/types.ts';
import type { Catalogue } from '../../i18n/catalogue.ts';
import {
  countOf,
  euros,
  listAnd,
  listOr,
  localDateTime,
  longDate,
  type NounForms,
  percentOf,
  plural,
} from '../../i18n/format.ts';
import {
  type GroupParams,
  type LocalInstant,
  type LotParams,
  type MinimumOfTypesFailed,
  type MinimumOfTypesFix,
  type Org,
  type RequiredTypeFix,
  shortTypeName,
  who,
  whoList,
} from './params.ts';

const GROUPS: Record<CountryGroup, string> = {
  'member-state': 'an EU Member State',
  associated: 'a third country associated to the programme',
  'third-country': 'a third country not associated to the programme',
  excluded: 'a country excluded from this call',
};

function groupPhrase(group: CountryGroup | undefined): string {
  return group === undefined ? 'an unknown country' : GROUPS[group];
}

const BENEFICIARY: NounForms = { one: 'a beneficiary', other: 'beneficiaries' };

function minimumOfTypes(noun: NounForms) {
  return {
    failed: (p: MinimumOfTypesFailed) =>
      `The applicants include ${countOf(p.count, 'en', noun)}${p.members.length > 0 ? ` (${p.members.join(', ')})` : ''}; ${p.lot.en} needs at least ${p.required}.`,
    fix: (p: MinimumOfTypesFix) =>
      `Add ${p.missing} more ${plural(p.missing, 'en', noun)} as ${plural(p.missing, 'en', BENEFICIARY)}: ${listOr(
        p.types.map((t) => shortTypeName(t.en)),
        'en',
      )}.${p.asPartners.length > 0 ? ` ${whoList(p.asPartners)} would count as ${plural(p.asPartners.length, 'en', BENEFICIARY)}.` : ''}${
        p.otherTypes.length > 0
          ? ` Under this call definition, organisations of the ${plural(p.otherTypes.length, 'en', { one: 'type', other: 'types' })} ${listAnd(
              p.otherTypes.map((t) => `"${shortTypeName(t.en)}"`),
              'en',
            )} do not count as ${noun.other}.`
          : ''
      }`,
  };
}

const labourMarketActors = minimumOfTypes({ one: 'labour-market actor', other: 'labour-market actors' });
const educationProviders = minimumOfTypes({
  one: 'education and training provider',
  other: 'education and training providers',
});

function wouldCountAsBeneficiary(p: RequiredTypeFix): string {
  return p.asPartners.length > 0 ? ` ${whoList(p.asPartners)} would count as a beneficiary.` : '';
}

/** "6 March 2025, 17:00 (Brussels time)". */
function at(i: LocalInstant): string {
  return localDateTime(i.date, i.time, i.timeZone, 'en');
}

export const en = {
  'coordinator.count.summary': () => 'Exactly one coordinator applies on behalf of the alliance',
  'coordinator.count.none': () =>
    'The proposal has no coordinator; exactly one organisation applies as coordinator on behalf of the alliance.',
  'coordinator.count.none.fix': () =>
    'Give one participant from an EU Member State or associated third country the role coordinator.',
  'coordinator.count.several': (p: { names: string[]; allowed: number }) =>
    `The proposal has ${p.names.length} coordinators (${listAnd(p.names, 'en')}); exactly ${p.allowed} is allowed.`,
  'coordinator.count.several.fix': () => 'Keep one coordinator and make the others beneficiaries.',

  'coordinator.country.summary': () =>
    'The coordinator is established in an EU Member State or an associated third country',
  'coordinator.country.failed': (p: Org & GroupParams & { countryName: Localised }) =>
    `The coordinator, ${p.name}, is established in ${p.countryName.en} (${p.country}), ${groupPhrase(p.group)}; the coordinator must be established in an EU Member State or a third country associated to the programme.`,
  'coordinator.country.fix': (p: { name: string; candidates: Org[] }) =>
    p.candidates.length > 0
      ? `Make a beneficiary from an EU Member State or associated third country the coordinator (for example ${listAnd(p.candidates.map(who), 'en')}) and make ${p.name} a beneficiary.`
      : `Choose a coordinator established in an EU Member State or associated third country and make ${p.name} a beneficiary.`,

  'participant.country.summary': () => 'Every participant names a known country',
  'participant.country.failed': (p: Org) => `${p.name}: "${p.country}" is not a known country code.`,
  'participant.country.fix': () =>
    'Use the two-letter ISO 3166-1 code of the country where the organisation is established (EL and UK are accepted for Greece and the United Kingdom, XK for Kosovo).',

  'participant.excluded-country.summary': () =>
    'No participant is established in a country the call excludes',
  'participant.excluded-country.failed': (p: Org & { countryName: Localised }) =>
    `${p.name} is established in ${p.countryName.en} (${p.country}); organisations from there are not eligible in this call, in any role.`,
  'participant.excluded-country.fix': (p: { name: string }) => `Remove ${p.name} from the consortium.`,

  'participant.sanctioned-entity.summary': () => 'No participant is a public entity that a sanction excludes',
  'participant.sanctioned-entity.failed': (
    p: Org & { countryName: Localised; typeName: Localised; publiclyOwned: boolean; from: string },
  ) =>
    `${p.name} (${p.country}) is ${p.publiclyOwned ? 'more than 50 % publicly owned or controlled' : `public (${p.typeName.en})`}; from ${longDate(p.from, 'en')} no organisation of that kind from ${p.countryName.en} may take part, in any role.`,
  'participant.sanctioned-entity.fix': (p: { name: string }) => `Remove ${p.name} from the consortium.`,

  'participant.restricted-entity.summary': () =>
    'No participant is an organisation with which no grant agreement can be signed',
  'participant.restricted-entity.failed': (p: Org & { from: string }) =>
    `${p.name} (${p.country}) is maintained by a Hungarian public-interest trust: it may apply, but from ${longDate(p.from, 'en')} no grant agreement can be signed with it.`,
  'participant.restricted-entity.fix': (p: { name: string }) =>
    `Plan ${p.name}'s part without an EU grant (for example as an associated partner), or have another organisation take it over.`,

  'participant.organisation-type.summary': () => 'Every participant is of an eligible organisation type',
  'participant.organisation-type.failed': (p: { name: string; typeName: Localised; year: string }) =>
    `${p.name} is of type "${p.typeName.en}", which the ${p.year} call does not list as eligible.`,
  'participant.organisation-type.fix': (p: { name: string }) =>
    `Check the organisation type of ${p.name}, or remove it from the consortium.`,

  'participant.duplicate.summary': () => 'Every organisation is entered once',
  'participant.duplicate.failed': (p: { first: Org; second: Org; pic: string | undefined }) =>
    `${who(p.first)} and ${who(p.second)} are the same organisation (${p.pic !== undefined ? `the same PIC ${p.pic}` : 'the same legal name in the same country'}); it counts once toward every minimum.`,
  'participant.duplicate.fix': () =>
    'Remove one of the two entries; if they are different organisations, correct the PIC or the legal name.',

  'participant.eche-required.summary': () =>
    'Every HEI in an EU Member State or associated third country holds an ECHE',
  'participant.eche-required.failed': (p: Org & GroupParams) =>
    `${p.name} is a higher education institution in ${groupPhrase(p.group)} (${p.country}) without an Erasmus Charter for Higher Education (ECHE).`,
  'participant.eche-required.fix': (p: { name: string }) =>
    `Confirm that ${p.name} holds a valid ECHE (eche: true), or replace it by an HEI that does.`,

  'consortium.min-countries.summary': () =>
    'The applicants cover enough EU Member States and associated third countries',
  'consortium.min-countries.failed': (p: LotParams & { countries: string[]; required: number }) =>
    `The consortium covers ${countOf(p.countries.length, 'en', { one: 'eligible country', other: 'eligible countries' })}${p.countries.length > 0 ? ` (${p.countries.join(', ')})` : ''}; ${p.lot.en} needs at least ${p.required}.`,
  'consortium.min-countries.fix': (p: {
    missing: number;
    countryNames: Localised[];
    thirdCountry: Org[];
    promotable: Org[];
  }) =>
    `Add a beneficiary from ${plural(p.missing, 'en', { one: 'a further', other: `each of ${p.missing} further` })} ${plural(p.missing, 'en', { one: 'EU Member State or associated third country', other: 'EU Member States or associated third countries' })}; the applicants cover ${
      p.countryNames.length > 0
        ? listAnd(
            p.countryNames.map((c) => c.en),
            'en',
          )
        : 'no eligible country'
    }.${p.thirdCountry.length > 0 ? ` Applicants from third countries not associated to the programme (${whoList(p.thirdCountry)}) take part but do not count.` : ''}${
      p.promotable.length > 0
        ? ` ${whoList(p.promotable)} would count as ${plural(p.promotable.length, 'en', BENEFICIARY)}; as associated partners or affiliated entities they do not.`
        : ''
    }`,

  'consortium.min-applicants.summary': () => 'The consortium has enough applicants',
  'consortium.min-applicants.failed': (p: LotParams & { count: number; required: number }) =>
    `The consortium has ${countOf(p.count, 'en', { one: 'applicant', other: 'applicants' })} (the coordinator and the beneficiaries); ${p.lot.en} needs at least ${p.required}.`,
  'consortium.min-applicants.fix': (p: { missing: number; uncountedRoles: Org[]; ineligible: Org[] }) =>
    `Add ${p.missing} more ${plural(p.missing, 'en', { one: 'beneficiary', other: 'beneficiaries' })}.${p.uncountedRoles.length > 0 ? ` Associated partners and affiliated entities (${whoList(p.uncountedRoles)}) do not count toward this minimum.` : ''}${p.ineligible.length > 0 ? ` Applicants from an excluded or unknown country (${whoList(p.ineligible)}) do not count.` : ''}`,

  'consortium.min-labour-market-actors.summary': () => 'The applicants include enough labour-market actors',
  'consortium.min-labour-market-actors.failed': labourMarketActors.failed,
  'consortium.min-labour-market-actors.fix': labourMarketActors.fix,

  'consortium.min-education-providers.summary': () =>
    'The applicants include enough education and training providers',
  'consortium.min-education-providers.failed': educationProviders.failed,
  'consortium.min-education-providers.fix': educationProviders.fix,

  'consortium.hei-required.summary': () => 'The applicants include a higher education institution',
  'consortium.hei-required.failed': (p: LotParams) =>
    `There is no higher education institution among the applicants; ${p.lot.en} needs at least one.`,
  'consortium.hei-required.fix': (p: RequiredTypeFix) =>
    `Add a higher education institution as a beneficiary (with an ECHE if it is established in an EU Member State or associated third country).${wouldCountAsBeneficiary(p)}`,

  'consortium.vet-required.summary': () => 'The applicants include a VET provider',
  'consortium.vet-required.failed': (p: LotParams) =>
    `There is no VET provider among the applicants; ${p.lot.en} needs at least one.`,
  'consortium.vet-required.fix': (p: RequiredTypeFix) =>
    `Add a VET provider as a beneficiary (a network of VET providers does not count as one).${wouldCountAsBeneficiary(p)}`,

  'project.duration.summary': () => 'The duration is one the lot allows',
  'project.duration.failed': (p: LotParams & { months: number; allowed: number[] }) =>
    `A duration of ${p.months} months is not allowed for ${p.lot.en}, which allows ${listOr(p.allowed.map(String), 'en')} months.`,
  'project.duration.fix': (p: { allowed: number[] }) =>
    `Choose ${listOr(p.allowed.map(String), 'en')} months and plan the work packages to fit.`,

  'project.duration-normal.summary': () => 'The duration is the one projects in the lot normally have',
  'project.duration-normal.failed': (p: LotParams & { months: number; usual: number[] }) =>
    `Projects in ${p.lot.en} normally last ${listOr(p.usual.map(String), 'en')} months; this proposal plans ${p.months} months.`,
  'project.duration-normal.fix': (p: { months: number; usual: number[] }) =>
    `Explain in the proposal why the project needs ${p.months} months, or plan it over ${listOr(p.usual.map(String), 'en')} months.`,

  'project.ecosystem.summary': () => 'The proposal names one of the industrial ecosystems',
  'project.ecosystem.missing': (p: LotParams & { ecosystems: string[] }) =>
    `${p.lot.en} proposals address exactly one of the ${p.ecosystems.length} industrial ecosystems; none is given.`,
  'project.ecosystem.unknown': (p: { written: string; ecosystems: string[]; year: string }) =>
    `"${p.written}" is not one of the ${p.ecosystems.length} industrial ecosystems of the ${p.year} call.`,
  // The English text names the ids, which are also how the input writes them.
  'project.ecosystem.fix': (p: { ecosystems: string[]; ecosystemNames: Localised[] }) =>
    `Choose the one ecosystem the alliance addresses: ${p.ecosystems.join(', ')}.`,

  'project.ecosystem-priority.summary': () => 'The ecosystem is one the call gives priority to',
  'project.ecosystem-priority.failed': (p: { year: string; ecosystemName: Localised }) =>
    `The ${p.year} call gives priority to ecosystems without an ongoing Blueprint; ${p.ecosystemName.en} is not among them.`,
  'project.ecosystem-priority.fix': (p: { priority: string[]; priorityNames: Localised[] }) =>
    `The proposal stays eligible but competes without that priority. Priority ecosystems: ${p.priority.join(', ')}.`,

  'project.ecosystem-ongoing-blueprint.summary': () =>
    'No ongoing Blueprint in the ecosystem, or a clearly different focus',
  'project.ecosystem-ongoing-blueprint.failed': (p: { year: string; ecosystemName: Localised }) =>
    `A Blueprint is ongoing in ${p.ecosystemName.en}; the ${p.year} call requires a proposal there to cover clearly different fields or areas.`,
  'project.ecosystem-ongoing-blueprint.fix': () =>
    'State in the relevance answer how the alliance differs from the ongoing Blueprint in this ecosystem.',

  'budget.max-grant.summary': () => "The requested grant is within the lot's maximum for the duration",
  'budget.max-grant.failed': (p: LotParams & { requested: number; maximum: number; months: number }) =>
    `The requested grant of ${euros(p.requested, 'en')} exceeds the ${p.lot.en} maximum of ${euros(p.maximum, 'en')} for ${p.months} months.`,
  'budget.max-grant.fix': (p: { requested: number; maximum: number }) =>
    `Reduce the requested grant by ${euros(p.requested - p.maximum, 'en')} to at most ${euros(p.maximum, 'en')}.`,

  'budget.funding-rate.summary': () =>
    'The requested grant is within the funding rate of the estimated costs (above it, the grant is capped)',
  'budget.funding-rate.failed': (p: {
    requested: number;
    estimatedCosts: number;
    ratePercent: number;
    allowed: number;
  }) =>
    `The requested grant of ${euros(p.requested, 'en')} is ${percentOf(p.requested, p.estimatedCosts, 'en')} % of the estimated costs of ${euros(p.estimatedCosts, 'en')}. The grant is at most ${p.ratePercent} % of the estimated costs, so it will be capped at ${euros(p.allowed, 'en')}.`,
  'budget.funding-rate.fix': (p: { allowed: number; neededCosts: number }) =>
    `Request at most ${euros(p.allowed, 'en')}, or, if the work plan justifies it, raise the estimated costs to at least ${euros(p.neededCosts, 'en')}.`,

  'submission.deadline.summary': () => 'Submitted before the deadline (17:00 Brussels time)',
  'submission.deadline.failed': (p: { submitted: LocalInstant; deadline: LocalInstant }) =>
    `Submitted on ${at(p.submitted)}, at or after the deadline of ${at(p.deadline)}.`,
  'submission.deadline.fix': (p: { deadline: LocalInstant }) =>
    `Proposals are accepted until just before ${at(p.deadline)}; a later submission cannot be accepted.`,
} satisfies Catalogue;

export type EligibilityMessageKey = keyof typeof en;
