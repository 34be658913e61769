/**
 * What the agency's evaluation screens read: settings, screening, experts, conflicts of
 * interest, the assignment, progress, the ranking and the reports' sending.
 */
import { z } from 'zod';
import type { AssignmentResult } from '../engine/assignment/types.ts';
import type { CriterionId, LotId } from '../engine/call-definition/types.ts';
import type { Finding } from '../engine/eligibility/types.ts';
import type { FlagResolution, ResolvableFlag } from '../engine/evaluation/types.ts';
import type { RankingComparison } from '../engine/ranking/compare.ts';
import type { Ranking } from '../engine/ranking/types.ts';
import { engineShape } from './engine-types.ts';

const lot = z.enum(['lot1', 'lot2', 'lot3']);
const finding = engineShape<Finding>('A finding (src/engine/eligibility/types.ts)');
const ranking = engineShape<Ranking>('The ranking per lot (src/engine/ranking/types.ts)');
const envelopes = engineShape<Partial<Record<LotId, number>>>('The envelope of each lot, in euros');
const chairFlag = engineShape<ResolvableFlag>(
  "A chair's flag with its key and resolution (src/engine/evaluation/types.ts)",
);

export const screeningDecision = z.enum(['eligible', 'ineligible']);
export type ScreeningDecision = z.infer<typeof screeningDecision>;

export const evaluationSettings = z.object({
  callId: z.string(),
  expertsPerProposal: z.number().int(),
  countryConflict: z.boolean(),
  spreadPoints: z.number(),
  nearThresholdPoints: z.number(),
  version: z.number().int(),
});
export type EvaluationSettings = z.infer<typeof evaluationSettings>;

export const screeningItem = z.object({
  proposalId: z.string(),
  acronym: z.string(),
  title: z.string(),
  lot,
  ecosystem: z.string().nullable(),
  requestedGrant: z.number(),
  coordinator: z.object({ name: z.string(), country: z.string() }).nullable(),
  participants: z.number().int(),
  submission: z.object({ number: z.number().int(), submittedAt: z.string() }),
  engine: z.object({ eligible: z.boolean(), findings: z.array(finding) }),
  decision: z
    .object({
      decision: screeningDecision,
      overridden: z.boolean(),
      reason: z.string(),
      decidedBy: z.string(),
      decidedAt: z.string(),
    })
    .nullable(),
});
export type ScreeningItem = z.infer<typeof screeningItem>;
export const screeningList = z.array(screeningItem);

export const screeningResult = z.object({
  decision: screeningDecision,
  overridden: z.boolean(),
  reason: z.string(),
  engineEligible: z.boolean(),
  submission: z.number().int(),
});
export type ScreeningResult = z.infer<typeof screeningResult>;

export const expert = z.object({
  id: z.string(),
  accountId: z.string().nullable(),
  name: z.string(),
  email: z.string(),
  country: z.string(),
  employerPic: z.string().nullable(),
  topics: z.array(z.string()),
  lots: z.array(z.string()),
  languages: z.array(z.string()),
  maxLoad: z.number().int(),
  version: z.number().int(),
});
export type Expert = z.infer<typeof expert>;
export type ExpertInput = Omit<Expert, 'id' | 'accountId' | 'version'>;
export const expertList = z.array(expert);

export const conflictKind = z.enum(['employer-takes-part', 'declared', 'coordinator-country', 'pinned']);
export type ConflictKind = z.infer<typeof conflictKind>;

export const pairConflict = z.object({
  expertId: z.string(),
  proposalId: z.string(),
  reasons: z.array(z.object({ kind: conflictKind, detail: z.string() })),
  lifted: z.object({ reason: z.string(), decidedBy: z.string(), decidedAt: z.string() }).optional(),
  active: z.boolean(),
});
export type PairConflict = z.infer<typeof pairConflict>;

export const conflictsView = z.object({ countryConflict: z.boolean(), conflicts: z.array(pairConflict) });
export type ConflictsView = z.infer<typeof conflictsView>;

export const conflictDecided = z.object({
  expertId: z.string(),
  proposalId: z.string(),
  override: z.object({ action: z.enum(['pin', 'lift']), reason: z.string() }).nullable(),
});

export const assignmentProposal = z.object({
  result: engineShape<AssignmentResult>('The optimal assignment (src/engine/assignment/types.ts)'),
  settings: evaluationSettings,
  proposals: z.array(
    z.object({
      id: z.string(),
      acronym: z.string(),
      lot,
      topics: z.array(z.string()),
      coordinatorCountry: z.string().nullable(),
    }),
  ),
  experts: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      country: z.string(),
      topics: z.array(z.string()),
      lots: z.array(z.string()),
      maxLoad: z.number().int(),
    }),
  ),
  conflicts: z.array(pairConflict),
  current: z.array(
    z.object({
      proposalId: z.string(),
      expertId: z.string(),
      rapporteur: z.boolean(),
      manual: z.boolean(),
      reason: z.string().nullable(),
    }),
  ),
});
export type AssignmentProposal = z.infer<typeof assignmentProposal>;

export const assignmentConfirmed = z.object({
  score: z.number(),
  loads: z.record(z.string(), z.number()),
  assignments: z.array(engineShape<AssignmentResult['assignments'][number]>('An assigned proposal')),
});

export const assignmentChanged = z.object({
  action: z.enum(['add', 'remove']),
  proposalId: z.string(),
  expertId: z.string(),
});

export type EvaluationStatus = 'not-started' | 'draft' | 'submitted';

export const progressItem = z.object({
  proposalId: z.string(),
  acronym: z.string(),
  lot,
  screening: screeningDecision.nullable(),
  experts: z.array(
    z.object({
      expertId: z.string(),
      name: z.string(),
      rapporteur: z.boolean(),
      manual: z.boolean(),
      matched: z.array(z.string()),
      /** no-conflict, conflict or pending. */
      declaration: z.string(),
      /** not-started, draft or submitted. */
      evaluation: z.string(),
    }),
  ),
  consensus: z.enum(['draft', 'agreed']).nullable(),
  /** The chair's flags, each with its key and resolution (null while open); null while no expert is assigned. */
  flags: z.array(chairFlag).nullable(),
});
export type ProgressItem = z.infer<typeof progressItem>;
export const progressList = z.array(progressItem);

export interface RankingRequest {
  envelopes: Partial<Record<LotId, number>>;
  overallThreshold?: number;
  criterionThresholds?: Partial<Record<CriterionId, number>>;
}

export const simulation = z.object({
  ranking,
  pending: z.array(z.object({ id: z.string(), acronym: z.string() })),
  acronyms: z.record(z.string(), z.string()),
  /** 'confirmed' when compared with the confirmed ranking; null before one is confirmed. */
  comparedWith: z.string().nullable(),
  changes: engineShape<RankingComparison>('What changes against the confirmed ranking').nullable(),
});
export type Simulation = z.infer<typeof simulation>;

export const rankingConfirmed = z.object({ id: z.string(), ranking });

const overrides = z.object({
  overallThreshold: z.number().optional(),
  criterionThresholds: engineShape<Partial<Record<CriterionId, number>>>(
    'Thresholds per award criterion',
  ).optional(),
});

export const confirmedRanking = z.object({
  id: z.string(),
  envelopes,
  overrides,
  ranking,
  confirmedAt: z.string(),
  reportsSentAt: z.string().nullable(),
  acronyms: z.record(z.string(), z.string()),
});
export type ConfirmedRanking = z.infer<typeof confirmedRanking>;

export const reportsSent = z.object({ sent: z.number().int(), sentAt: z.string() });
export type ReportsSent = z.infer<typeof reportsSent>;

export const reportStatus = z.object({
  /** The report can be downloaded now (GET /api/v1/proposals/:id/report.pdf). */
  available: z.boolean(),
  /** When the agency sent the reports of the call; null before. */
  sentAt: z.string().nullable(),
  languages: z.array(z.enum(['en', 'da'])),
});
export type ReportStatus = z.infer<typeof reportStatus>;

export const flagResolved = z.object({
  key: z.string(),
  resolution: engineShape<FlagResolution>('Who resolved the flag, when, and why'),
});
