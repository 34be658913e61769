/**
 * The resolved shape of a call definition: what the engines read.
 *
 * A definition is written as YAML in rules/calls/<year>.yaml with source ids; loading it
 * (./build.ts) checks it against ./file-schema.ts and replaces every source id by the source
 * itself, so that a value and its provenance always travel together, also into the browser.
 */

export type Status = 'confirmed' | 'secondary' | 'unconfirmed';
export const STATUSES: readonly Status[] = ['confirmed', 'secondary', 'unconfirmed'];

export type Lang = 'en' | 'da';
export const LANGS: readonly Lang[] = ['en', 'da'];
export type Localised = Record<Lang, string>;

export interface Source {
  id: string;
  title: string;
  /** The Danish title, for a page that has one (a Danish national agency's page). */
  titleDa?: string;
  url?: string;
  section?: string;
  kind: 'official' | 'national' | 'secondary' | 'project';
}

/** A value together with where it comes from and how sure we are of it. */
export interface Sourced<T> {
  value: T;
  status: Status;
  sources: Source[];
  note?: string;
  /** Where the value is written: "rules/calls/2025.yaml#lots.lot1.composition.minCountries". */
  definedAt: string;
}

export type LotId = 'lot1' | 'lot2' | 'lot3';
export const LOT_IDS = ['lot1', 'lot2', 'lot3'] as const satisfies readonly LotId[];

export type Role = 'coordinator' | 'beneficiary' | 'affiliated-entity' | 'associated-partner';
export const ROLES: readonly Role[] = [
  'coordinator',
  'beneficiary',
  'affiliated-entity',
  'associated-partner',
];

/** Registry flags that restrict what an organisation may receive. */
export type Restriction = 'hu-public-interest-trust';
export const RESTRICTIONS = ['hu-public-interest-trust'] as const satisfies readonly Restriction[];

/** From `from`, a country's entities more than 50 % publicly owned (and the public types) are excluded. */
export interface SanctionedEntities {
  country: string;
  from: string;
  publiclyOwnedOver50Percent: true;
  publicTypes: OrganisationType[];
}

/** From `from`, organisations with this registry flag may apply but no grant agreement is signed with them. */
export interface RestrictedEntities {
  restriction: Restriction;
  country: string;
  from: string;
  effect: 'no-grant-agreement';
}

/** Where a country stands in one call year. */
export type CountryGroup = 'member-state' | 'associated' | 'third-country' | 'excluded';
export const COUNTRY_GROUPS: readonly CountryGroup[] = [
  'member-state',
  'associated',
  'third-country',
  'excluded',
];

export const ORGANISATION_TYPES = [
  'hei',
  'vet',
  'vet-network',
  'enterprise',
  'chamber',
  'social-partner',
  'sectoral-association',
  'research',
  'ngo',
  'public-body',
  'education-organisation',
  'intermediary',
  'accreditation-body',
  'care-institution',
  'education-authority',
  'employment-service',
  'statistics-office',
  'economic-development-agency',
  'sector-skills-council',
  'guidance-body',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const ECOSYSTEM_IDS = [
  'aerospace-defence',
  'agri-food',
  'construction',
  'cultural-creative',
  'digital',
  'electronics',
  'energy-intensive',
  'renewable-energy',
  'health',
  'mobility-transport-automotive',
  'proximity-social-economy',
  'retail',
  'textile',
  'tourism',
] as const;
export type EcosystemId = (typeof ECOSYSTEM_IDS)[number];

export const COST_CATEGORIES = [
  'personnel',
  'subcontracting',
  'travel',
  'equipment',
  'other-goods',
  'indirect',
] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

/**
 * What a work package that is not (fully) completed is paid. whole-share: only completed work
 * packages are paid, each its whole lump-sum share. pro-rata-at-final: the same in every period,
 * and at the final payment a work package assessed as partially completed is paid that
 * percentage of its share.
 */
export const PARTIAL_COMPLETION_RULES = ['whole-share', 'pro-rata-at-final'] as const;
export type PartialCompletionRule = (typeof PARTIAL_COMPLETION_RULES)[number];

/** The life of a grant after selection: pre-financing, reporting periods, payments. */
export interface GrantRules {
  preFinancingPercent: Sourced<number>;
  /** Keys are durations in months, as strings; the last period's report is the final report. */
  reportingPeriodsByDuration: Sourced<Record<string, number>>;
  /** Pre-financing and interim payments together stay at or below this share of the grant. */
  interimCeilingPercent: Sourced<number>;
  partialCompletion: Sourced<PartialCompletionRule>;
}

export type CriterionId = 'relevance' | 'quality' | 'partnership' | 'impact';

/** A deadline as the call writes it: a local date and time in a named time zone. */
export interface LocalDeadline {
  date: string;
  time: string;
  timeZone: string;
}

export interface Composition {
  minCountries: Sourced<number>;
  minApplicants: Sourced<number>;
  minLabourMarketActors: Sourced<number>;
  minEducationProviders: Sourced<number>;
  heiRequired: Sourced<boolean>;
  vetRequired: Sourced<boolean>;
}

export type SelectionRule = { rule: 'walk-down' } | { rule: 'one-per-ecosystem' };

export interface LotDefinition {
  id: LotId;
  name: Sourced<Localised>;
  topic: Sourced<string>;
  durationsMonths: Sourced<number[]>;
  /**
   * True where the call says projects "normally" last these durations (2026 Lot 3): another
   * duration is a warning, not an error, and the lot's largest maximum grant applies to it.
   */
  durationsNormal?: Sourced<boolean>;
  /** Keys are durations in months, as strings (JSON object keys). */
  maxGrantByDuration: Sourced<Record<string, number>>;
  composition: Composition;
  ecosystemRequired: Sourced<boolean>;
  /** 2023 Lot 2: ecosystems given priority (no ongoing Blueprint). */
  ecosystemPriority?: Sourced<EcosystemId[]>;
  /** 2024 Lot 2: ecosystems with an ongoing Blueprint; a proposal there must cover clearly different fields. */
  ecosystemsWithOngoingBlueprint?: Sourced<EcosystemId[]>;
  /** The lot's share of the call budget, where a source gives one. */
  envelope?: Sourced<number>;
  selection: Sourced<SelectionRule>;
}

export interface AwardCriterion {
  id: CriterionId;
  name: Localised;
  maximum: Sourced<number>;
  threshold: Sourced<number>;
}

export interface EcheRule {
  types: OrganisationType[];
  roles: Role[];
  countries: CountryGroup[];
}

export interface CallDefinition {
  year: string;
  /** The file the definition was read from, relative to the repository root. */
  file: string;
  call: {
    identifier: Sourced<string>;
    opens?: Sourced<string>;
    deadline: Sourced<LocalDeadline>;
    budget?: Sourced<number>;
  };
  countries: {
    memberStates: Sourced<string[]>;
    associated: Sourced<string[]>;
    excluded: Sourced<string[]>;
  };
  participation: {
    /** Entities a sanction excludes, not a whole country (2022: Russian public entities). */
    sanctionedEntities?: Sourced<SanctionedEntities[]>;
    /** Entities that may apply but with which no grant can be signed (Hungarian public-interest trusts). */
    restrictedEntities?: Sourced<RestrictedEntities[]>;
    /** How the same organisation entered twice is recognised (it counts once). */
    organisationOnce?: Sourced<{ identifiedBy: ('pic' | 'legal-name-and-country')[] }>;
    coordinators: Sourced<number>;
    coordinatorCountries: Sourced<CountryGroup[]>;
    countedRoles: Sourced<Role[]>;
    eche: Sourced<EcheRule>;
  };
  organisationTypes: {
    eligible: Sourced<OrganisationType[]>;
    labourMarketActors: Sourced<OrganisationType[]>;
    educationProviders: Sourced<OrganisationType[]>;
  };
  ecosystems: Sourced<EcosystemId[]>;
  awardCriteria: {
    criteria: AwardCriterion[];
    overallThreshold: Sourced<number>;
    exAequo: Sourced<CriterionId[]>;
  };
  budget: {
    fundingRatePercent: Sourced<number>;
    indirectCostRatePercent: Sourced<number>;
    costCategories: Sourced<CostCategory[]>;
  };
  grant: GrantRules;
  proposalForm: {
    /** Admissibility: the proposal is complete (Part C); the form rules apply it. */
    complete: Sourced<true>;
    answerMaxCharacters: Sourced<number>;
    projectManagementWorkPackage: Sourced<boolean>;
  };
  /** The files submitted with the online forms: Part B, the detailed budget table, the annexes. */
  submissionPackage: {
    /** Part B's page limit, counted from the PDF itself. */
    partBMaxPages: Sourced<number>;
    /** The largest file the portal accepts, in bytes. */
    maxFileBytes: Sourced<number>;
    annexes: Sourced<AnnexDefinition[]>;
    /** The declarations of Part A's administrative forms, per participant or by the coordinator for all. */
    partADeclarations: Sourced<DeclarationDefinition[]>;
  };
  lots: Partial<Record<LotId, LotDefinition>>;
}

/** The kinds of file a submission package can hold. */
export const ANNEX_KINDS = ['part-b', 'budget-table', 'mandate-letter', 'other'] as const;
export type AnnexKind = (typeof ANNEX_KINDS)[number];
/** The formats the platform accepts, recognised by content, never by the file name. */
export const FILE_FORMATS = ['pdf', 'xlsx'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

export const PART_A_DECLARATIONS = [
  'exclusion-grounds',
  'double-funding',
  'financial-capacity',
  'operational-capacity',
  'ethics-self-assessment',
  'security-self-assessment',
  'on-behalf-of-all',
] as const;
export type PartADeclaration = (typeof PART_A_DECLARATIONS)[number];

export interface DeclarationDefinition {
  id: PartADeclaration;
  by: 'each-participant' | 'coordinator';
  text: Localised;
  /** A self-assessment: each question is answered yes or no instead of the declaration being ticked. */
  questions?: { id: string; text: Localised }[];
}

export interface AnnexDefinition {
  kind: AnnexKind;
  format: FileFormat;
  /** One for the proposal, or one per beneficiary other than the coordinator (the letters of mandate it is given). */
  per: 'proposal' | 'beneficiary';
  required: boolean;
  name: Localised;
}

export interface Country {
  code: string;
  name: Localised;
  /** Region of the Programme Guide's list of third countries not associated to the programme. */
  region?: number;
  /**
   * Part of this Member State's territory with a code of its own (outermost regions, Åland, the
   * Canary Islands): EU territory, counted as the Member State.
   */
  partOf?: string;
  /** An overseas country or territory takes part with the status of this Member State. */
  territoryOf?: string;
}

export interface Ecosystem {
  id: EcosystemId;
  name: Localised;
  aliases: string[];
}

/** What every call year shares: countries, ecosystems, organisation types and the sources. */
export interface Catalogue {
  countries: Record<string, Country>;
  countryAliases: Record<string, string>;
  countryNames: Sourced<null>;
  regions: Record<string, Sourced<Localised>>;
  ecosystems: Record<string, Ecosystem>;
  ecosystemNames: Sourced<null>;
  organisationTypes: Record<string, Localised>;
  organisationTypeNames: Sourced<null>;
  sources: Record<string, Source>;
}

/** Everything the engines need: the catalogue and every call year, keyed by year. */
export interface RuleBook {
  catalogue: Catalogue;
  calls: Record<string, CallDefinition>;
}
