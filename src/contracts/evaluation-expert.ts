/** What the experts' pages read: assignments, the proposal, their evaluation, the consensus. */
import { z } from 'zod';
import type { CriterionId, Role } from '../engine/call-definition/types.ts';
import type { ConsensusDraft, FlagId, ResolvableFlag } from '../engine/evaluation/types.ts';
import { localised } from './common.ts';
import { engineShape } from './engine-types.ts';
import type { ProposalContent } from './proposal-content.ts';

const lot = z.enum(['lot1', 'lot2', 'lot3']);

export type EvaluationStatus = 'not-started' | 'draft' | 'submitted';

export const assignment = z.object({
  proposalId: z.string(),
  callId: z.string(),
  acronym: z.string(),
  title: z.string(),
  lot,
  participants: z.array(
    z.object({ name: z.string(), country: z.string(), role: engineShape<Role>('coordinator or partner') }),
  ),
  rapporteur: z.boolean(),
  matched: z.array(z.string()),
  declaration: z.object({ noConflict: z.boolean(), confidentiality: z.boolean().nullable() }).nullable(),
  /** not-started, draft or submitted. */
  evaluation: z.enum(['not-started', 'draft', 'submitted']),
  /** Where the consensus stands; null until the expert's own evaluation is submitted. */
  consensus: z
    .object({
      status: z.enum(['draft', 'agreed']).nullable(),
      submitted: z.number().int(),
      expected: z.number().int(),
    })
    .nullable(),
});
export type Assignment = z.infer<typeof assignment>;
export const assignmentList = z.array(assignment);

export const declared = z.object({
  noConflict: z.boolean(),
  confidentiality: z.boolean(),
  conflictReason: z.string().nullable(),
});

export const criterion = z.object({
  id: engineShape<CriterionId>('An award criterion'),
  name: localised,
  maximum: z.number(),
  threshold: z.number(),
});
export type Criterion = z.infer<typeof criterion>;

export const proposalForExpert = z.object({
  content: engineShape<ProposalContent>('The submitted version (src/contracts/proposal-content.ts)'),
  submission: z.object({ number: z.number().int(), submittedAt: z.string() }),
  criteria: z.array(criterion),
});
export type ProposalForExpert = z.infer<typeof proposalForExpert>;

export const assessment = z.object({ score: z.number().nullable(), comment: z.string() });
export type Assessment = z.infer<typeof assessment>;

export const myEvaluation = z.object({
  id: z.string().nullable(),
  criteria: z.record(z.string(), assessment),
  /** not-started, draft or submitted. */
  status: z.string(),
  version: z.number().int(),
  submittedAt: z.string().nullable(),
});
export type MyEvaluation = z.infer<typeof myEvaluation>;

export const evaluationSaved = z.object({ version: z.number().int(), status: z.string() });
export type EvaluationSaved = z.infer<typeof evaluationSaved>;
export const evaluationSubmitted = z.object({ status: z.string(), submittedAt: z.string() });

export const submittedEvaluation = z.object({
  evaluationId: z.string(),
  expertId: z.string(),
  expertName: z.string(),
  criteria: z.record(z.string(), z.object({ score: z.number(), comment: z.string() })),
  submittedAt: z.string().nullable(),
});
export type SubmittedEvaluation = z.infer<typeof submittedEvaluation>;
export const submittedEvaluations = z.array(submittedEvaluation);

export const consensusCriterion = z.object({
  score: z.number(),
  comment: z.string(),
  sources: z.array(z.string()),
});
export type ConsensusCriterion = z.infer<typeof consensusCriterion>;

export const consensusView = z.object({
  proposal: z.object({ id: z.string(), acronym: z.string(), title: z.string(), lot, callId: z.string() }),
  criteria: z.array(criterion),
  overallThreshold: z.number(),
  expected: z.number().int(),
  submitted: z.number().int(),
  evaluations: z.array(submittedEvaluation),
  draft: engineShape<ConsensusDraft>('The draft consensus from the submitted scores').nullable(),
  /** The chair's flags, each with its key and its resolution (null while open). */
  flags: z.array(engineShape<ResolvableFlag>("A chair's flag with its resolution")),
  report: z
    .object({
      criteria: z.record(z.string(), consensusCriterion),
      status: z.enum(['draft', 'agreed']),
      version: z.number().int(),
      agreedAt: z.string().nullable(),
    })
    .nullable(),
  canEdit: z.boolean(),
});
export type ConsensusView = z.infer<typeof consensusView>;

export const consensusSaved = z.object({ version: z.number().int(), status: z.string() });
export type ConsensusSaved = z.infer<typeof consensusSaved>;

/** A flag still open when the consensus is agreed: the 409's `openFlags`, each named for people. */
export const openFlag = z.object({
  key: z.string(),
  id: engineShape<FlagId>("the kind of the chair's flag"),
  criterion: z.string(),
  criterionName: localised.nullable(),
  expertName: z.string().nullable(),
});
export type OpenFlag = z.infer<typeof openFlag>;
export const consensusAgreed = z.object({ status: z.string(), agreedAt: z.string() });
