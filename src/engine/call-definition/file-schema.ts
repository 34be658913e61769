/**
 * The schema a call definition file (rules/calls/<year>.yaml) must satisfy before it is used.
 *
 * Every value is written as `{ value, status, source, note? }`. A value without a source, or
 * with a status other than confirmed / secondary / unconfirmed, is refused: a rule the
 * programme officer cannot trace back to a page does not get into the engine.
 */
import { z } from 'zod';
import {
  ANNEX_KINDS,
  COST_CATEGORIES,
  COUNTRY_GROUPS,
  ECOSYSTEM_IDS,
  FILE_FORMATS,
  LOT_IDS,
  ORGANISATION_TYPES,
  PART_A_DECLARATIONS,
  PARTIAL_COMPLETION_RULES,
  RESTRICTIONS,
  ROLES,
  STATUSES,
} from './types.ts';

const sourceIds = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)], {
  error: 'every value needs a source: a source id, or a list of source ids, from rules/sources.yaml',
});

/** `{ value, status, source, note? }` around a value of the given schema. */
export function sourced<T extends z.ZodType>(value: T) {
  return z.strictObject({
    value,
    status: z.enum(STATUSES, { error: 'status must be one of confirmed, secondary, unconfirmed' }),
    source: sourceIds,
    note: z.string().optional(),
  });
}

const localised = z.strictObject({ en: z.string().min(1), da: z.string().min(1) });
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'a two-letter country code');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');
const positiveInt = z.number().int().positive();
const euros = z.number().int('whole euros').nonnegative();
const organisationType = z.enum(ORGANISATION_TYPES);
const ecosystemId = z.enum(ECOSYSTEM_IDS);
const criterionId = z.enum(['relevance', 'quality', 'partnership', 'impact']);

const lotSchema = z.strictObject({
  name: sourced(localised),
  topic: sourced(z.string().min(1)),
  durationsMonths: sourced(z.array(positiveInt).min(1)),
  durationsNormal: sourced(z.boolean()).optional(),
  maxGrantByDuration: sourced(z.record(z.string().regex(/^\d+$/, 'a duration in months'), euros)),
  composition: z.strictObject({
    minCountries: sourced(positiveInt),
    minApplicants: sourced(positiveInt),
    minLabourMarketActors: sourced(z.number().int().nonnegative()),
    minEducationProviders: sourced(z.number().int().nonnegative()),
    heiRequired: sourced(z.boolean()),
    vetRequired: sourced(z.boolean()),
  }),
  ecosystemRequired: sourced(z.boolean()),
  ecosystemPriority: sourced(z.array(ecosystemId)).optional(),
  ecosystemsWithOngoingBlueprint: sourced(z.array(ecosystemId)).optional(),
  envelope: sourced(euros).optional(),
  selection: sourced(
    z.union([
      z.strictObject({ rule: z.literal('walk-down') }),
      z.strictObject({ rule: z.literal('one-per-ecosystem') }),
    ]),
  ),
});

/** One file the submission package holds: what it is, its format, and whether one per beneficiary. */
const annexSchema = z.strictObject({
  kind: z.enum(ANNEX_KINDS),
  format: z.enum(FILE_FORMATS),
  per: z.enum(['proposal', 'beneficiary']),
  required: z.boolean(),
  name: localised,
});

/** One declaration of Part A's administrative forms: who makes it, and what it says. */
const declarationSchema = z.strictObject({
  id: z.enum(PART_A_DECLARATIONS),
  by: z.enum(['each-participant', 'coordinator']),
  text: localised,
  /** A self-assessment: each question is answered yes or no instead of the declaration being ticked. */
  questions: z
    .array(
      z.strictObject({ id: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'a lower-case id'), text: localised }),
    )
    .min(1)
    .optional(),
});

export const callFileSchema = z.strictObject({
  year: z.string().regex(/^\d{4}$/, 'the call year as a string, e.g. "2025"'),
  sources: z.record(z.string(), z.unknown()).optional(),
  call: z.strictObject({
    identifier: sourced(z.string().min(1)),
    opens: sourced(isoDate).optional(),
    deadline: sourced(
      z.strictObject({
        date: isoDate,
        time: z.string().regex(/^\d{2}:\d{2}$/, 'a time written HH:MM'),
        timeZone: z.string().min(1),
      }),
    ),
    budget: sourced(euros).optional(),
  }),
  countries: z.strictObject({
    memberStates: sourced(z.array(countryCode)),
    associated: sourced(z.array(countryCode)),
    excluded: sourced(z.array(countryCode)),
  }),
  participation: z.strictObject({
    sanctionedEntities: sourced(
      z.array(
        z.strictObject({
          country: countryCode,
          from: isoDate,
          publiclyOwnedOver50Percent: z.literal(true),
          publicTypes: z.array(organisationType),
        }),
      ),
    ).optional(),
    restrictedEntities: sourced(
      z.array(
        z.strictObject({
          restriction: z.enum(RESTRICTIONS),
          country: countryCode,
          from: isoDate,
          effect: z.literal('no-grant-agreement'),
        }),
      ),
    ).optional(),
    organisationOnce: sourced(
      z.strictObject({ identifiedBy: z.array(z.enum(['pic', 'legal-name-and-country'])).min(1) }),
    ).optional(),
    coordinators: sourced(positiveInt),
    coordinatorCountries: sourced(z.array(z.enum(COUNTRY_GROUPS)).min(1)),
    countedRoles: sourced(z.array(z.enum(ROLES)).min(1)),
    eche: sourced(
      z.strictObject({
        types: z.array(organisationType),
        roles: z.array(z.enum(ROLES)),
        countries: z.array(z.enum(COUNTRY_GROUPS)),
      }),
    ),
  }),
  organisationTypes: z.strictObject({
    eligible: sourced(z.array(organisationType).min(1)),
    labourMarketActors: sourced(z.array(organisationType)),
    educationProviders: sourced(z.array(organisationType)),
  }),
  ecosystems: sourced(z.array(ecosystemId)),
  awardCriteria: z.strictObject({
    criteria: z
      .array(
        z.strictObject({
          id: criterionId,
          name: localised,
          maximum: sourced(positiveInt),
          threshold: sourced(z.number().int().nonnegative()),
        }),
      )
      .min(1),
    overallThreshold: sourced(z.number().int().nonnegative()),
    exAequo: sourced(z.array(criterionId)),
  }),
  budget: z.strictObject({
    fundingRatePercent: sourced(z.number().int().min(1).max(100)),
    indirectCostRatePercent: sourced(z.number().int().min(0).max(100)),
    costCategories: sourced(z.array(z.enum(COST_CATEGORIES)).min(1)),
  }),
  grant: z.strictObject({
    preFinancingPercent: sourced(z.number().int().min(0).max(100)),
    reportingPeriodsByDuration: sourced(
      z.record(z.string().regex(/^\d+$/, 'a duration in months'), positiveInt),
    ),
    interimCeilingPercent: sourced(z.number().int().min(0).max(100)),
    partialCompletion: sourced(z.enum(PARTIAL_COMPLETION_RULES)),
  }),
  proposalForm: z.strictObject({
    complete: sourced(z.literal(true)),
    answerMaxCharacters: sourced(positiveInt),
    projectManagementWorkPackage: sourced(z.boolean()),
  }),
  submissionPackage: z.strictObject({
    partBMaxPages: sourced(positiveInt),
    maxFileBytes: sourced(positiveInt),
    annexes: sourced(z.array(annexSchema).min(1)),
    partADeclarations: sourced(z.array(declarationSchema).min(1)),
  }),
  lots: z.partialRecord(z.enum(LOT_IDS), lotSchema),
});

export type CallFile = z.infer<typeof callFileSchema>;

export const sourceSchema = z.strictObject({
  title: z.string().min(1),
  /** The page's own Danish title, where it has one; Danish readers see it instead of the English. */
  titleDa: z.string().min(1).optional(),
  url: z.url().optional(),
  section: z.string().optional(),
  kind: z.enum(['official', 'national', 'secondary', 'project']),
});

export const sourcesFileSchema = z.record(z.string(), sourceSchema);

const namesProvenance = z.strictObject({
  status: z.enum(STATUSES),
  source: sourceIds,
  note: z.string().optional(),
});

export const countriesFileSchema = z.strictObject({
  names: namesProvenance,
  aliases: z.record(countryCode, countryCode),
  euTerritory: namesProvenance,
  territories: namesProvenance,
  regions: z.record(
    z.string(),
    z.strictObject({
      en: z.string(),
      da: z.string(),
      status: z.enum(STATUSES),
      source: sourceIds,
    }),
  ),
  countries: z.record(
    countryCode,
    z.strictObject({
      en: z.string().min(1),
      da: z.string().min(1),
      region: z.number().int().optional(),
      partOf: countryCode.optional(),
      territoryOf: countryCode.optional(),
    }),
  ),
});

export const ecosystemsFileSchema = z.strictObject({
  names: z.strictObject({ en: namesProvenance, da: namesProvenance }),
  aliases: namesProvenance,
  ecosystems: z.record(
    ecosystemId,
    z.strictObject({ en: z.string().min(1), da: z.string().min(1), aliases: z.array(z.string()).optional() }),
  ),
});

export const organisationTypesFileSchema = z.strictObject({
  names: z.strictObject({ en: namesProvenance, da: namesProvenance }),
  types: z.record(organisationType, localised),
});
