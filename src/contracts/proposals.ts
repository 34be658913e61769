/** Proposals: list, create, read with their review, sections, submissions, the audit trail. */
import { z } from 'zod';
import type { BudgetMatrix } from '../engine/budget/lump-sum.ts';
import type { Finding } from '../engine/eligibility/types.ts';
import type { ProposalDocument } from '../engine/proposal/document.ts';
import { deadlineView, localised, memberRole } from './common.ts';
import { engineShape } from './engine-types.ts';
import { receiptFile } from './proposal-files.ts';

export const proposalParams = z.object({ id: z.string().min(1).max(64) });
export const sectionParams = z.object({
  id: z.string().min(1).max(64),
  key: z.string().min(1).max(100),
});
export const versionParams = sectionParams.extend({
  version: z.coerce.number({ error: 'a version number' }).int().positive(),
});
export const submissionParams = z.object({
  id: z.string().min(1).max(64),
  number: z.coerce.number({ error: 'a submission number' }).int().positive(),
});

export const createBody = z.strictObject({
  callId: z.string({ error: 'the id of an open call' }).min(1),
  lot: z.enum(['lot1', 'lot2', 'lot3'], { error: 'one of lot1, lot2, lot3' }),
  organisationId: z.string({ error: "the id of the coordinator's organisation in the registry" }).min(1),
  durationMonths: z.number().int({ error: 'an integer number of months' }).min(1).max(120).optional(),
  ecosystem: z.string().max(80).nullable().optional(),
  acronym: z.string().max(20, { error: 'at most 20 characters' }).optional(),
  title: z.string().max(200, { error: 'at most 200 characters' }).optional(),
});

export const sectionBody = z.strictObject({
  version: z.number({ error: 'the version of the section you edited' }).int().positive(),
  data: z.unknown().refine((d) => d !== undefined, { error: 'the section data' }),
});

export const auditQuery = z.object({
  format: z.enum(['json', 'csv'], { error: 'json or csv' }).default('json'),
});

export const proposalState = z.enum(['draft', 'submitted', 'withdrawn']);
export type ProposalState = z.infer<typeof proposalState>;

/** What a dashboard shows of a proposal. */
export const proposalListItem = z.object({
  id: z.string(),
  callId: z.string(),
  state: proposalState,
  acronym: z.string(),
  title: z.string(),
  lot: z.string(),
  role: memberRole.nullable(),
  deadline: z.string(),
  closed: z.boolean(),
  lastSubmittedAt: z.string().nullable(),
  lastReceiptCode: z.string().nullable(),
});
export type ProposalListItem = z.infer<typeof proposalListItem>;
export const proposalList = z.array(proposalListItem);

export const sectionView = z.object({
  version: z.number().int(),
  data: z.unknown(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});
export type SectionView = z.infer<typeof sectionView>;

/** The receipt of a submission: the SHA-256 of the canonical JSON, signed by the platform. */
export const receiptView = z.object({
  proposalId: z.string(),
  number: z.number().int(),
  submittedAt: z.string(),
  submittedBy: z.string().optional(),
  sha256: z.string(),
  receiptCode: z.string(),
  signature: z.string(),
  /** The files of the submission package, each with its SHA-256. */
  files: z.array(receiptFile).optional(),
});
export type ReceiptView = z.infer<typeof receiptView>;
export const receiptList = z.array(receiptView);
export const submitReceipt = receiptView.extend({
  submittedAtBrussels: z.string(),
  /** The content is the version that counts already: no new version was made. */
  unchanged: z.literal(true).optional(),
});
export type SubmitReceipt = z.infer<typeof submitReceipt>;

export const proposalReview = z.object({
  eligible: z.boolean(),
  submittable: z.boolean(),
  errors: z.number().int(),
  warnings: z.number().int(),
  findings: z.array(engineShape<Finding>('A finding (src/engine/eligibility/types.ts)')),
  checks: z.array(
    z.object({
      rule: z.string(),
      outcome: z.enum(['pass', 'fail', 'not-applicable']),
      severity: z.enum(['error', 'warning']),
      summary: localised,
    }),
  ),
  budget: engineShape<BudgetMatrix>('The lump-sum matrix (src/engine/budget/lump-sum.ts)'),
});

export const proposalView = z.object({
  id: z.string(),
  callId: z.string(),
  state: proposalState,
  createdAt: z.string(),
  deadline: deadlineView.extend({ passed: z.boolean() }),
  membership: z.object({ role: memberRole, participantId: z.string().nullable() }).nullable(),
  permissions: z.object({
    editableSections: z.array(z.string()),
    submit: z.boolean(),
    withdraw: z.boolean(),
    invite: z.boolean(),
  }),
  sections: z.record(z.string(), sectionView),
  document: engineShape<ProposalDocument>('The proposal document (src/engine/proposal/document.ts)'),
  review: proposalReview,
  submissions: z.array(receiptView),
});
export type ProposalView = z.infer<typeof proposalView>;

/** What agency staff see of a withdrawn proposal: that it was withdrawn, when and by whom. */
export const withdrawnProposal = z.object({
  id: z.string(),
  callId: z.string(),
  state: z.literal('withdrawn'),
  withdrawal: z.object({ at: z.string(), by: z.string().nullable() }).nullable(),
});
export type WithdrawnProposal = z.infer<typeof withdrawnProposal>;

/** The proposal page: the proposal, or for agency staff only the fact that it was withdrawn. */
export const proposalPage = z.union([proposalView, withdrawnProposal]);
export type ProposalPage = z.infer<typeof proposalPage>;

/** A saved section: its new version, the review after it and the section as stored. */
export const sectionSaved = z.object({
  saved: z.object({ key: z.string(), version: z.number().int(), data: z.unknown() }),
  review: proposalReview,
  sections: z.record(z.string(), sectionView.optional()),
});
export type SectionSaved = z.infer<typeof sectionSaved>;

export const sectionVersions = z.array(
  z.object({ version: z.number().int(), savedAt: z.string(), savedBy: z.string() }),
);
export const sectionVersion = z.object({
  key: z.string(),
  version: z.number().int(),
  data: z.unknown(),
  savedAt: z.string(),
});

/** A policy's answer: allowed, or the status, code and reason of the refusal. */
export const decision = z.union([
  z.object({ allowed: z.literal(true) }),
  z.object({
    allowed: z.literal(false),
    status: z.union([z.literal(401), z.literal(403), z.literal(404)]),
    code: z.string(),
    reason: z.string(),
  }),
]);

export const withdrawn = z.object({ state: z.literal('withdrawn') });

export const submissionView = z.object({
  receipt: receiptView,
  canonical: z.string(),
  content: z.record(z.string(), z.unknown()),
  warnings: z.array(engineShape<Finding>('A finding (src/engine/eligibility/types.ts)')),
});
export type SubmissionView = z.infer<typeof submissionView>;

/** One change between two versions of a section, as a 409 lists them. */
export const serverChange = z.object({
  path: z.string(),
  old: z.unknown().optional(),
  new: z.unknown().optional(),
});
export type ServerChange = z.infer<typeof serverChange>;

/** One entry of a proposal's audit trail: who, when, what, and each change with its old and new value. */
export const auditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z
    .object({
      id: z.string(),
      name: z.string().nullable(),
      email: z.string().nullable(),
      role: z.string().nullable(),
    })
    .nullable(),
  action: z.string(),
  entity: z.object({ type: z.string(), id: z.string() }),
  changes: z.array(serverChange),
});
export type AuditEntry = z.infer<typeof auditEntry>;
export const auditList = z.array(auditEntry);

/** The body of a 409 for a stale section write (src/server/proposals/update-section.ts). */
export const sectionConflict = z.object({
  error: z.literal('conflict'),
  message: z.string(),
  key: z.string(),
  yourVersion: z.number().int(),
  currentVersion: z.number().int(),
  current: z.unknown(),
  changedBy: z.string().nullable(),
  changedAt: z.string().nullable(),
  theirChanges: z.array(serverChange).nullable(),
  yourChanges: z.array(serverChange).nullable(),
});
export type SectionConflict = z.infer<typeof sectionConflict>;
