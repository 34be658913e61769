/**
 * The editable sections of a proposal and their schemas. Each section is versioned on its own
 * (a stale write is refused with what changed), so two partners editing different sections
 * never collide and two editing the same one never overwrite each other silently.
 *
 *   general                 call-level choices: lot, duration, ecosystem, acronym, title, summary, requested grant
 *   consortium              the participants: organisation and role (the coordinator's)
 *   participant:<id>        one participant's own data: contact, expertise, ECHE (that partner's)
 *   work-plan               work packages with leads, months and deliverables (the coordinator's)
 *   budget:<id>             one beneficiary's lump-sum lines per work package (that partner's)
 *   answers:<criterion>     the narrative answer to one award criterion (the coordinator's)
 *   part-a:<id>             one participant's Part A: legal representative, declarations of honour,
 *                           self-assessment answers (that partner's)
 *   coordinator-declaration the coordinator's declarations on behalf of all (the coordinator's)
 */
import { z } from 'zod';
import { PART_A_DECLARATIONS, ROLES } from '../call-definition/types.ts';
import { FORBIDDEN_NAME_EXPECTED, isForbiddenName } from '../forbidden-names.ts';

const id = z
  .string()
  .min(1)
  .max(64)
  .refine((s) => !isForbiddenName(s), { error: FORBIDDEN_NAME_EXPECTED });
const wholeEuros = z
  .number({ error: 'whole euros (a number)' })
  .int({ error: 'whole euros, without cents' })
  .nonnegative({ error: 'zero or more euros' })
  .max(100_000_000, { error: 'at most EUR 100,000,000' });

export const generalSchema = z.strictObject({
  lot: z.enum(['lot1', 'lot2', 'lot3'], { error: 'one of lot1, lot2, lot3' }),
  durationMonths: z.number().int({ error: 'an integer number of months' }).min(1).max(120),
  ecosystem: z.string().max(80).nullable(),
  acronym: z.string().max(20, { error: 'at most 20 characters' }),
  title: z.string().max(200, { error: 'at most 200 characters' }),
  summary: z.string().max(2000, { error: 'at most 2,000 characters' }),
  requestedGrant: wholeEuros,
});
export type GeneralSection = z.infer<typeof generalSchema>;

export const consortiumSchema = z.strictObject({
  participants: z
    .array(
      z.strictObject({
        id,
        organisationId: id,
        role: z.enum(ROLES, { error: `one of ${ROLES.join(', ')}` }),
      }),
    )
    .max(60, { error: 'at most 60 participants' }),
});
export type ConsortiumSection = z.infer<typeof consortiumSchema>;

export const participantSchema = z.strictObject({
  contactName: z.string().max(120),
  contactEmail: z.union([z.literal(''), z.email({ error: 'an e-mail address' })]),
  expertise: z.string().max(3000, { error: 'at most 3,000 characters' }),
  eche: z.boolean(),
});
export type ParticipantSection = z.infer<typeof participantSchema>;

export const deliverableSchema = z.strictObject({
  id,
  // A draft may hold a deliverable not titled yet; the form rule form.deliverable-title finds it
  // (in the live check and at submission alike) rather than a save refusing it.
  title: z.string().max(200, { error: 'at most 200 characters' }),
  month: z.number().int().min(1).max(120),
  kind: z.enum(['report', 'curriculum', 'training', 'tool', 'event', 'other']),
});

export const workPackageSchema = z.strictObject({
  id,
  number: z.number().int().min(1).max(20),
  title: z.string().max(200),
  leadParticipantId: id.nullable(),
  startMonth: z.number().int().min(1).max(120),
  endMonth: z.number().int().min(1).max(120),
  description: z.string().max(5000, { error: 'at most 5,000 characters' }),
  deliverables: z.array(deliverableSchema).max(30),
});
export type WorkPackage = z.infer<typeof workPackageSchema>;

export const workPlanSchema = z.strictObject({
  workPackages: z
    .array(workPackageSchema)
    .max(20, { error: 'at most 20 work packages' })
    .refine((wps) => new Set(wps.map((w) => w.number)).size === wps.length, {
      error: 'work package numbers are unique',
    })
    .refine((wps) => new Set(wps.map((w) => w.id)).size === wps.length, {
      error: 'work package ids are unique',
    }),
});
export type WorkPlanSection = z.infer<typeof workPlanSchema>;

const personMonths = z
  .number({ error: 'person-months (a number)' })
  .nonnegative()
  .max(1000)
  .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, {
    error: 'person-months with at most two decimals',
  });

export const budgetLineSchema = z.strictObject({
  personnel: z.strictObject({ personMonths, monthlyRate: wholeEuros }),
  subcontracting: wholeEuros,
  travel: wholeEuros,
  equipment: wholeEuros,
  otherGoods: wholeEuros,
});

export const budgetSectionSchema = z.strictObject({
  /** Keyed by work package id. */
  lines: z.record(id, budgetLineSchema),
});
export type BudgetSection = z.infer<typeof budgetSectionSchema>;

export const answerSchema = z.strictObject({
  text: z.string().max(100_000),
});
export type AnswerSection = z.infer<typeof answerSchema>;

const declarations = z.partialRecord(
  z.enum(PART_A_DECLARATIONS, { error: `one of ${PART_A_DECLARATIONS.join(', ')}` }),
  z.boolean({ error: 'true or false' }),
);

export const partASchema = z.strictObject({
  legalRepresentative: z.strictObject({
    name: z.string().max(120, { error: 'at most 120 characters' }),
    position: z.string().max(120, { error: 'at most 120 characters' }),
    email: z.union([z.literal(''), z.email({ error: 'an e-mail address' })]),
  }),
  /** The declarations of honour ticked, by id (rules/calls/<year>.yaml submissionPackage.partADeclarations). */
  declarations,
  /** The self-assessment questions answered, by question id. */
  answers: z.record(
    z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, { error: 'a question id' }),
    z.enum(['yes', 'no'], { error: 'yes or no' }),
  ),
});
export type PartASection = z.infer<typeof partASchema>;

export const coordinatorDeclarationSchema = z.strictObject({ declarations });
export type CoordinatorDeclarationSection = z.infer<typeof coordinatorDeclarationSchema>;

export type SectionKind =
  | 'general'
  | 'consortium'
  | 'participant'
  | 'work-plan'
  | 'budget'
  | 'answers'
  | 'part-a'
  | 'coordinator-declaration';

/** "budget:p-3" → { kind: "budget", ref: "p-3" }; undefined for a key that is no section. */
export function parseSectionKey(key: string): { kind: SectionKind; ref?: string } | undefined {
  if (key === 'general' || key === 'consortium' || key === 'work-plan' || key === 'coordinator-declaration')
    return { kind: key };
  const m = /^(participant|budget|answers|part-a):([A-Za-z0-9_-]{1,64})$/.exec(key);
  if (!m || isForbiddenName(m[2]!)) return undefined;
  return { kind: m[1] as SectionKind, ref: m[2]! };
}

export function schemaFor(kind: SectionKind): z.ZodType {
  switch (kind) {
    case 'general':
      return generalSchema;
    case 'consortium':
      return consortiumSchema;
    case 'participant':
      return participantSchema;
    case 'work-plan':
      return workPlanSchema;
    case 'budget':
      return budgetSectionSchema;
    case 'answers':
      return answerSchema;
    case 'part-a':
      return partASchema;
    case 'coordinator-declaration':
      return coordinatorDeclarationSchema;
  }
}
