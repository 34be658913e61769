/**
 * The eligibility rules' wording in Danish: the keys and facts of ./en.ts, each written as a
 * Danish reader expects it (dates "6. marts 2025 kl. 17.00", "én"/"ét", ecosystems by name).
 */
import type { CountryGroup, Localised } from '../../call-definition/types.ts';
import type { Translation } from '../../i18n/catalogue.ts';
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
import type { en } from './en.ts';
import {
  type LocalInstant,
  type MinimumOfTypesFailed,
  type MinimumOfTypesFix,
  type RequiredTypeFix,
  shortTypeName,
  who,
  whoList,
} from './params.ts';

const GROUPS: Record<CountryGroup, string> = {
  'member-state': 'en EU-medlemsstat',
  associated: 'et tredjeland associeret til programmet',
  'third-country': 'et tredjeland, der ikke er associeret til programmet',
  excluded: 'et land, der er udelukket fra denne indkaldelse',
};

function groupPhrase(group: CountryGroup | undefined): string {
  return group === undefined ? 'et ukendt land' : GROUPS[group];
}

const BENEFICIARY: NounForms = { one: 'støttemodtager', other: 'støttemodtagere' };

function minimumOfTypes(noun: NounForms) {
  return {
    failed: (p: MinimumOfTypesFailed) =>
      `Ansøgerne omfatter ${countOf(p.count, 'da', noun)}${p.members.length > 0 ? ` (${p.members.join(', ')})` : ''}; ${p.lot.da} kræver mindst ${p.required}.`,
    fix: (p: MinimumOfTypesFix) =>
      `Tilføj ${countOf(p.missing, 'da', noun)} mere som ${plural(p.missing, 'da', BENEFICIARY)}: ${listOr(
        p.types.map((t) => shortTypeName(t.da)),
        'da',
      )}.${p.asPartners.length > 0 ? ` ${whoList(p.asPartners)} ville tælle med som ${plural(p.asPartners.length, 'da', BENEFICIARY)}.` : ''}${
        p.otherTypes.length > 0
          ? ` Efter denne indkaldelses definition tæller organisationer af ${plural(p.otherTypes.length, 'da', { one: 'typen', other: 'typerne' })} ${listAnd(
              p.otherTypes.map((t) => `»${shortTypeName(t.da)}«`),
              'da',
            )} ikke som ${noun.other}.`
          : ''
      }`,
  };
}

const labourMarketActors = minimumOfTypes({
  one: 'aktør fra arbejdsmarkedet',
  other: 'aktører fra arbejdsmarkedet',
});
const educationProviders = minimumOfTypes({
  one: 'uddannelsesinstitution',
  other: 'uddannelsesinstitutioner',
});

function wouldCountAsBeneficiary(p: RequiredTypeFix): string {
  return p.asPartners.length > 0 ? ` ${whoList(p.asPartners)} ville tælle med som støttemodtager.` : '';
}

/** "6. marts 2025 kl. 17.00 (Bruxelles-tid)". */
function at(i: LocalInstant): string {
  return localDateTime(i.date, i.time, i.timeZone, 'da');
}

/** Ecosystems by their Danish names, never their ids: "Turisme, Digitalt eller Sundhed". */
function ecosystems(names: readonly Localised[]): string {
  return listOr(
    names.map((n) => n.da),
    'da',
  );
}

export const da: Translation<typeof en> = {
  'coordinator.count.summary': () => 'Præcis én koordinator ansøger på vegne af alliancen',
  'coordinator.count.none': () =>
    'Ansøgningen har ingen koordinator; præcis én organisation ansøger som koordinator på vegne af alliancen.',
  'coordinator.count.none.fix': () =>
    'Giv én deltager fra en EU-medlemsstat eller et associeret tredjeland rollen koordinator.',
  'coordinator.count.several': (p) =>
    `Ansøgningen har ${p.names.length} koordinatorer (${listAnd(p.names, 'da')}); der må kun være ${p.allowed}.`,
  'coordinator.count.several.fix': () => 'Behold én koordinator, og gør de øvrige til støttemodtagere.',

  'coordinator.country.summary': () =>
    'Koordinatoren er etableret i en EU-medlemsstat eller et associeret tredjeland',
  'coordinator.country.failed': (p) =>
    `Koordinatoren, ${p.name}, er etableret i ${p.countryName.da} (${p.country}), ${groupPhrase(p.group)}; koordinatoren skal være etableret i en EU-medlemsstat eller et tredjeland associeret til programmet.`,
  'coordinator.country.fix': (p) =>
    p.candidates.length > 0
      ? `Gør en støttemodtager fra en EU-medlemsstat eller et associeret tredjeland til koordinator (for eksempel ${listAnd(p.candidates.map(who), 'da')}), og gør ${p.name} til støttemodtager.`
      : `Vælg en koordinator etableret i en EU-medlemsstat eller et associeret tredjeland, og gør ${p.name} til støttemodtager.`,

  'participant.country.summary': () => 'Alle deltagere angiver et kendt land',
  'participant.country.failed': (p) => `${p.name}: »${p.country}« er ikke en kendt landekode.`,
  'participant.country.fix': () =>
    'Brug den tobogstavs ISO 3166-1-kode for det land, hvor organisationen er etableret (EL og UK accepteres for Grækenland og Storbritannien, XK for Kosovo).',

  'participant.excluded-country.summary': () =>
    'Ingen deltager er etableret i et land, som indkaldelsen udelukker',
  'participant.excluded-country.failed': (p) =>
    `${p.name} er etableret i ${p.countryName.da} (${p.country}); organisationer derfra kan ikke deltage i denne indkaldelse, uanset rolle.`,
  'participant.excluded-country.fix': (p) => `Fjern ${p.name} fra konsortiet.`,

  'participant.sanctioned-entity.summary': () =>
    'Ingen deltager er en offentlig enhed, som en sanktion udelukker',
  'participant.sanctioned-entity.failed': (p) =>
    `${p.name} (${p.country}) er ${p.publiclyOwned ? 'mere end 50 % offentligt ejet eller kontrolleret' : `offentlig (${p.typeName.da})`}; fra ${longDate(p.from, 'da')} kan ingen organisation af den slags fra ${p.countryName.da} deltage, uanset rolle.`,
  'participant.sanctioned-entity.fix': (p) => `Fjern ${p.name} fra konsortiet.`,

  'participant.restricted-entity.summary': () =>
    'Ingen deltager er en organisation, som der ikke kan indgås tilskudsaftale med',
  'participant.restricted-entity.failed': (p) =>
    `${p.name} (${p.country}) drives af en ungarsk almennyttig fond: den kan ansøge, men fra ${longDate(p.from, 'da')} kan der ikke indgås tilskudsaftale med den.`,
  'participant.restricted-entity.fix': (p) =>
    `Planlæg ${p.name}s del uden EU-tilskud (for eksempel som associeret partner), eller lad en anden organisation overtage den.`,

  'participant.organisation-type.summary': () => 'Alle deltagere er af en støtteberettiget organisationstype',
  'participant.organisation-type.failed': (p) =>
    `${p.name} er af typen »${p.typeName.da}«, som ${p.year}-indkaldelsen ikke nævner som støtteberettiget.`,
  'participant.organisation-type.fix': (p) =>
    `Kontrollér organisationstypen for ${p.name}, eller fjern den fra konsortiet.`,

  'participant.duplicate.summary': () => 'Hver organisation er opført én gang',
  'participant.duplicate.failed': (p) =>
    `${who(p.first)} og ${who(p.second)} er den samme organisation (${p.pic !== undefined ? `samme PIC ${p.pic}` : 'samme juridiske navn i samme land'}); den tæller kun én gang med i hvert minimum.`,
  'participant.duplicate.fix': () =>
    'Fjern den ene af de to; er det to forskellige organisationer, så ret PIC-nummeret eller det juridiske navn.',

  'participant.eche-required.summary': () =>
    'Alle videregående uddannelsesinstitutioner i EU-medlemsstater eller associerede tredjelande har et ECHE',
  'participant.eche-required.failed': (p) =>
    `${p.name} er en videregående uddannelsesinstitution i ${groupPhrase(p.group)} (${p.country}) uden et Erasmus Charter for Higher Education (ECHE).`,
  'participant.eche-required.fix': (p) =>
    `Bekræft, at ${p.name} har et gyldigt ECHE, eller erstat den med en institution, der har et.`,

  'consortium.min-countries.summary': () =>
    'Ansøgerne dækker nok EU-medlemsstater og associerede tredjelande',
  'consortium.min-countries.failed': (p) =>
    `Konsortiet dækker ${countOf(p.countries.length, 'da', { one: 'støtteberettiget land', other: 'støtteberettigede lande', neuter: true })}${p.countries.length > 0 ? ` (${p.countries.join(', ')})` : ''}; ${p.lot.da} kræver mindst ${p.required}.`,
  'consortium.min-countries.fix': (p) =>
    `Tilføj en støttemodtager fra ${plural(p.missing, 'da', { one: 'endnu en', other: `hver af ${p.missing} yderligere` })} ${plural(p.missing, 'da', { one: 'EU-medlemsstat eller et associeret tredjeland', other: 'EU-medlemsstater eller associerede tredjelande' })}; ansøgerne dækker ${
      p.countryNames.length > 0
        ? listAnd(
            p.countryNames.map((c) => c.da),
            'da',
          )
        : 'intet støtteberettiget land'
    }.${p.thirdCountry.length > 0 ? ` Ansøgere fra tredjelande, der ikke er associeret til programmet (${whoList(p.thirdCountry)}), kan deltage, men tæller ikke med.` : ''}${
      p.promotable.length > 0
        ? ` ${whoList(p.promotable)} ville tælle med som ${plural(p.promotable.length, 'da', BENEFICIARY)}; som associerede partnere eller tilknyttede enheder tæller de ikke.`
        : ''
    }`,

  'consortium.min-applicants.summary': () => 'Konsortiet har nok ansøgere',
  'consortium.min-applicants.failed': (p) =>
    `Konsortiet har ${countOf(p.count, 'da', { one: 'ansøger', other: 'ansøgere' })} (koordinatoren og støttemodtagerne); ${p.lot.da} kræver mindst ${p.required}.`,
  'consortium.min-applicants.fix': (p) =>
    `Tilføj ${countOf(p.missing, 'da', BENEFICIARY)} mere.${p.uncountedRoles.length > 0 ? ` Associerede partnere og tilknyttede enheder (${whoList(p.uncountedRoles)}) tæller ikke med i dette minimum.` : ''}${p.ineligible.length > 0 ? ` Ansøgere fra et udelukket eller ukendt land (${whoList(p.ineligible)}) tæller ikke med.` : ''}`,

  'consortium.min-labour-market-actors.summary': () => 'Ansøgerne omfatter nok aktører fra arbejdsmarkedet',
  'consortium.min-labour-market-actors.failed': labourMarketActors.failed,
  'consortium.min-labour-market-actors.fix': labourMarketActors.fix,

  'consortium.min-education-providers.summary': () => 'Ansøgerne omfatter nok uddannelsesinstitutioner',
  'consortium.min-education-providers.failed': educationProviders.failed,
  'consortium.min-education-providers.fix': educationProviders.fix,

  'consortium.hei-required.summary': () => 'Ansøgerne omfatter en videregående uddannelsesinstitution',
  'consortium.hei-required.failed': (p) =>
    `Der er ingen videregående uddannelsesinstitution blandt ansøgerne; ${p.lot.da} kræver mindst én.`,
  'consortium.hei-required.fix': (p) =>
    `Tilføj en videregående uddannelsesinstitution som støttemodtager (med ECHE, hvis den er etableret i en EU-medlemsstat eller et associeret tredjeland).${wouldCountAsBeneficiary(p)}`,

  'consortium.vet-required.summary': () => 'Ansøgerne omfatter en erhvervsuddannelsesinstitution',
  'consortium.vet-required.failed': (p) =>
    `Der er ingen erhvervsuddannelsesinstitution blandt ansøgerne; ${p.lot.da} kræver mindst én.`,
  'consortium.vet-required.fix': (p) =>
    `Tilføj en erhvervsuddannelsesinstitution som støttemodtager (et netværk af erhvervsuddannelsesinstitutioner tæller ikke som en).${wouldCountAsBeneficiary(p)}`,

  'project.duration.summary': () => 'Varigheden er en, som lottet tillader',
  'project.duration.failed': (p) =>
    `En varighed på ${p.months} måneder er ikke tilladt for ${p.lot.da}, som tillader ${listOr(p.allowed.map(String), 'da')} måneder.`,
  'project.duration.fix': (p) =>
    `Vælg ${listOr(p.allowed.map(String), 'da')} måneder, og tilpas arbejdspakkerne.`,

  'project.duration-normal.summary': () => 'Varigheden er den, projekter i lottet normalt har',
  'project.duration-normal.failed': (p) =>
    `Projekter i ${p.lot.da} varer normalt ${listOr(p.usual.map(String), 'da')} måneder; denne ansøgning planlægger ${p.months} måneder.`,
  'project.duration-normal.fix': (p) =>
    `Forklar i ansøgningen, hvorfor projektet har brug for ${p.months} måneder, eller planlæg det over ${listOr(p.usual.map(String), 'da')} måneder.`,

  'project.ecosystem.summary': () => 'Ansøgningen angiver et af de industrielle økosystemer',
  'project.ecosystem.missing': (p) =>
    `Ansøgninger under ${p.lot.da} handler om præcis ét af de ${p.ecosystems.length} industrielle økosystemer; der er ikke angivet noget.`,
  'project.ecosystem.unknown': (p) =>
    `»${p.written}« er ikke et af de ${p.ecosystems.length} industrielle økosystemer i ${p.year}-indkaldelsen.`,
  'project.ecosystem.fix': (p) =>
    `Vælg det ene økosystem, alliancen handler om: ${ecosystems(p.ecosystemNames)}.`,

  'project.ecosystem-priority.summary': () => 'Økosystemet er et, som indkaldelsen prioriterer',
  'project.ecosystem-priority.failed': (p) =>
    `${p.year}-indkaldelsen prioriterer økosystemer uden en igangværende Blueprint; ${p.ecosystemName.da} er ikke blandt dem.`,
  'project.ecosystem-priority.fix': (p) =>
    `Ansøgningen er stadig støtteberettiget, men konkurrerer uden denne prioritet. Prioriterede økosystemer: ${ecosystems(p.priorityNames)}.`,

  'project.ecosystem-ongoing-blueprint.summary': () =>
    'Ingen igangværende Blueprint i økosystemet, eller et tydeligt andet fokus',
  'project.ecosystem-ongoing-blueprint.failed': (p) =>
    `Der er en igangværende Blueprint i ${p.ecosystemName.da}; ${p.year}-indkaldelsen kræver, at en ansøgning dér dækker tydeligt andre områder.`,
  'project.ecosystem-ongoing-blueprint.fix': () =>
    'Beskriv i svaret om relevans, hvordan alliancen adskiller sig fra den igangværende Blueprint i dette økosystem.',

  'budget.max-grant.summary': () => 'Det ansøgte tilskud er inden for lottets maksimum for varigheden',
  'budget.max-grant.failed': (p) =>
    `Det ansøgte tilskud på ${euros(p.requested, 'da')} overstiger maksimum for ${p.lot.da} på ${euros(p.maximum, 'da')} for ${p.months} måneder.`,
  'budget.max-grant.fix': (p) =>
    `Nedsæt det ansøgte tilskud med ${euros(p.requested - p.maximum, 'da')} til højst ${euros(p.maximum, 'da')}.`,

  'budget.funding-rate.summary': () =>
    'Det ansøgte tilskud er inden for finansieringssatsen af de anslåede omkostninger (derover nedsættes tilskuddet)',
  'budget.funding-rate.failed': (p) =>
    `Det ansøgte tilskud på ${euros(p.requested, 'da')} er ${percentOf(p.requested, p.estimatedCosts, 'da')} % af de anslåede omkostninger på ${euros(p.estimatedCosts, 'da')}. Tilskuddet udgør højst ${p.ratePercent} % af de anslåede omkostninger, så det vil blive nedsat til ${euros(p.allowed, 'da')}.`,
  'budget.funding-rate.fix': (p) =>
    `Ansøg om højst ${euros(p.allowed, 'da')}, eller hæv de anslåede omkostninger til mindst ${euros(p.neededCosts, 'da')}, hvis arbejdsplanen begrunder det.`,

  'submission.deadline.summary': () => 'Indsendt før fristen (kl. 17.00 Bruxelles-tid)',
  'submission.deadline.failed': (p) =>
    `Indsendt ${at(p.submitted)}, på eller efter fristen ${at(p.deadline)}.`,
  'submission.deadline.fix': (p) =>
    `Ansøgninger modtages indtil lige før ${at(p.deadline)}; en senere indsendelse kan ikke modtages.`,
};
