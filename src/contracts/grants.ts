/**
 * The grant after selection (src/server/grants): preparation, signature, reports, assessments,
 * payments and amendments. Amounts are whole euros.
 */
import { z } from 'zod';
import type { Sourced } from '../engine/call-definition/types.ts';
import type { Finding } from '../engine/eligibility/types.ts';
import { ibanProblem } from '../engine/grant/iban.ts';
import { GRANT_STATES } from '../engine/grant/workflow.ts';
import { engineShape } from './engine-types.ts';

export const grantParams = z.object({ id: z.string().min(1).max(64) });
export const grantPeriodParams = z.object({
  id: z.string().min(1).max(64),
  period: z.coerce.number({ error: 'a reporting period number' }).int().positive().max(20),
});

const version = z
  .number({ error: 'the version of the grant you read (a whole number)' })
  .int({ error: 'the version of the grant you read (a whole number)' })
  .min(0, { error: 'the version of the grant you read (a whole number)' });

const reason = z
  .string({ error: 'a written reason' })
  .trim()
  .min(10, { error: 'a written reason of at least 10 characters' })
  .max(2000, { error: 'a reason of at most 2000 characters' });

export const openGrantBody = z.strictObject({
  proposalId: z.string({ error: 'the id of a selected proposal' }).min(1).max(64),
});

export const versionBody = z.strictObject({ version });
export const reasonBody = z.strictObject({ version, reason });

export const bankAccountBody = z.strictObject({
  version,
  holder: z
    .string({ error: "the account holder's name" })
    .trim()
    .min(2, { error: "the account holder's name, at least 2 characters" })
    .max(200, { error: "the account holder's name, at most 200 characters" }),
  iban: z
    .string({ error: 'an IBAN, e.g. DK50 0040 0440 1162 43' })
    .max(50, { error: 'an IBAN, e.g. DK50 0040 0440 1162 43' })
    .superRefine((value, ctx) => {
      const problem = ibanProblem(value);
      if (problem === 'format')
        ctx.addIssue({
          code: 'custom',
          message: 'an IBAN: two letters for the country, two check digits, then 11 to 30 letters and digits',
        });
      else if (problem === 'check-digits')
        ctx.addIssue({
          code: 'custom',
          message: 'an IBAN whose check digits match (mod 97): a character is mistyped or two are swapped',
        });
    }),
});

export const amendmentBody = z
  .strictObject({
    version,
    kind: z.enum(['add', 'replace', 'remove'], { error: 'add, replace or remove' }),
    /** The participant replaced or removed. */
    participantId: z.string().min(1).max(64).optional(),
    /** The registry organisation added, or replacing the participant. */
    organisationId: z.string().min(1).max(64).optional(),
    /** Whether the organisation joining holds an ECHE (higher education institutions). */
    eche: z.boolean({ error: 'true or false: whether the organisation holds an ECHE' }).optional(),
    reason,
  })
  .superRefine((b, ctx) => {
    if (b.kind !== 'add' && !b.participantId)
      ctx.addIssue({
        code: 'custom',
        path: ['participantId'],
        message: 'the participant to replace or remove',
      });
    if (b.kind !== 'remove' && !b.organisationId)
      ctx.addIssue({
        code: 'custom',
        path: ['organisationId'],
        message: 'the registry organisation that joins the consortium',
      });
  });

export const reportBody = z.strictObject({
  version,
  summary: z
    .string({ error: 'what was done in the period' })
    .trim()
    .min(20, { error: 'what was done in the period, at least 20 characters' })
    .max(10_000, { error: 'at most 10,000 characters' }),
});

export const WORK_PACKAGE_STATUSES = ['completed', 'partially-completed', 'not-completed'] as const;

export const assessmentBody = z.strictObject({
  version,
  workPackages: z.record(
    z.string().min(1).max(64),
    z
      .strictObject({
        status: z.enum(WORK_PACKAGE_STATUSES, {
          error: 'completed, partially-completed or not-completed',
        }),
        percent: z
          .number({ error: 'the share of the work package done, 1 to 99 %' })
          .int({ error: 'the share of the work package done, 1 to 99 %' })
          .min(1, { error: 'the share of the work package done, 1 to 99 %' })
          .max(99, { error: 'the share of the work package done, 1 to 99 %' })
          .optional(),
        comment: z.string().trim().max(2000).default(''),
      })
      .superRefine((a, ctx) => {
        if (a.status === 'partially-completed' && a.percent === undefined)
          ctx.addIssue({ code: 'custom', path: ['percent'], message: 'the share done, 1 to 99 %' });
      }),
    { error: 'an assessment per work package' },
  ),
});

const money = z.number().int().nonnegative();
const localised = z.object({ en: z.string(), da: z.string() });
const sourced = engineShape<Sourced<unknown>>('A call value with its status and sources');
const grantState = z.enum(GRANT_STATES);

export const grantCandidate = z.object({
  proposalId: z.string(),
  acronym: z.string(),
  title: z.string(),
  callId: z.string(),
  lot: z.string(),
  decision: z.enum(['selected', 'reserve']),
  rank: z.number().int().nullable(),
  requestedGrant: money,
  /** A reserve proposal: whether the lot's envelope has room for it now. */
  fundsAvailable: z.boolean(),
});

export const grantSummary = z.object({
  id: z.string(),
  proposalId: z.string(),
  acronym: z.string(),
  callId: z.string(),
  lot: z.string(),
  state: grantState,
  amount: money,
  paid: money,
  coordinator: z.string(),
});

export const grantList = z.object({
  grants: z.array(grantSummary),
  candidates: z.array(grantCandidate),
});

const paymentLine = z.object({
  workPackageId: z.string(),
  share: money,
  status: z.enum(WORK_PACKAGE_STATUSES),
  accepted: money,
});

export const paymentComputation = z.object({
  lines: z.array(paymentLine),
  accepted: money,
  payableInAll: money,
  amount: money,
  toRecover: money,
  ceilingApplied: z.boolean(),
  paidBefore: money,
});

export const grantView = z.object({
  id: z.string(),
  proposalId: z.string(),
  acronym: z.string(),
  title: z.string(),
  callId: z.string(),
  lot: z.string(),
  lotName: localised,
  state: grantState,
  version: z.number().int(),
  amount: money,
  durationMonths: z.number().int(),
  periods: z.number().int(),
  openedAt: z.string(),
  confirmedAt: z.string().nullable(),
  signedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  viewer: z.object({
    role: z.enum(['officer', 'coordinator', 'partner']),
    actions: z.array(z.string()),
  }),
  participants: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      country: z.string(),
      type: z.string(),
      role: z.string(),
      pic: z.string().nullable(),
      restriction: z.string().nullable(),
      share: money,
    }),
  ),
  workPackages: z.array(
    z.object({ id: z.string(), number: z.number().int(), title: z.string(), share: money }),
  ),
  split: z.array(z.object({ participantId: z.string(), workPackageId: z.string(), amount: money })),
  bankAccount: z
    .object({ holder: z.string(), iban: z.string(), masked: z.boolean(), updatedAt: z.string() })
    .nullable(),
  /** The eligibility engine on the consortium as it stands, and which findings block signature. */
  findings: z.array(z.object({ finding: engineShape<Finding>('A finding'), blocking: z.boolean() })),
  schedule: z.object({
    preFinancingPercent: sourced,
    interimCeilingPercent: sourced,
    partialCompletion: sourced,
    reportingPeriods: sourced,
  }),
  ledger: z.array(
    z.object({
      seq: z.number().int(),
      kind: z.enum(['pre-financing', 'interim', 'final']),
      period: z.number().int().nullable(),
      amount: money,
      reason: z.string(),
      recordedBy: z.string(),
      recordedAt: z.string(),
    }),
  ),
  paid: money,
  remaining: money,
  reports: z.array(
    z.object({
      period: z.number().int(),
      final: z.boolean(),
      summary: z.string(),
      state: z.enum(['submitted', 'assessed', 'paid']),
      submittedBy: z.string(),
      submittedAt: z.string(),
      assessments: z.array(
        z.object({
          workPackageId: z.string(),
          status: z.enum(WORK_PACKAGE_STATUSES),
          percent: z.number().int().nullable(),
          comment: z.string(),
        }),
      ),
      payment: paymentComputation.nullable(),
    }),
  ),
  /** The period whose report is due next, or null when every report is in. */
  nextPeriod: z.number().int().nullable(),
  amendments: z.array(
    z.object({
      kind: z.enum(['add', 'replace', 'remove']),
      participant: z.string(),
      replacedBy: z.string().nullable(),
      reason: z.string(),
      decidedAt: z.string(),
    }),
  ),
});

/** What the grant's writes answer: the grant's new version and what the write decided. */
export const grantOpened = z.object({ id: z.string() });
export const grantVersioned = z.object({ version: z.number().int() });
export const grantAmount = z.object({ version: z.number().int(), amount: z.number().int() });
export const grantSigned = z.object({ version: z.number().int(), preFinancing: z.number().int() });
export const grantReportSubmitted = z.object({
  version: z.number().int(),
  period: z.number().int(),
  final: z.boolean(),
});
export const grantAssessed = z.object({ version: z.number().int(), payment: paymentComputation });

export type GrantOpened = z.infer<typeof grantOpened>;
export type GrantView = z.infer<typeof grantView>;
export type GrantList = z.infer<typeof grantList>;
export type GrantCandidate = z.infer<typeof grantCandidate>;
