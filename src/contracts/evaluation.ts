import { z } from 'zod';
import { LOT_IDS } from '../engine/call-definition/types.ts';
import { EXPERT_TOPICS } from '../engine/evaluation/expert-topics.ts';
import { MAX_COMMENT_LENGTH } from '../engine/evaluation/individual.ts';

export const callParams = z.object({ callId: z.string().min(1).max(64) });
export const proposalParams = z.object({ id: z.string().min(1).max(64) });
export const expertParams = z.object({ expertId: z.string().min(1).max(64) });

const reason = z
  .string({ error: 'a written reason' })
  .trim()
  .min(10, { error: 'a written reason of at least 10 characters' })
  .max(2000);

export const screeningBody = z.strictObject({
  decision: z.enum(['eligible', 'ineligible'], { error: 'eligible or ineligible' }),
  reason,
});

export const settingsBody = z.strictObject({
  version: z.number().int().min(0, { error: 'the version you edited (0 before the first save)' }),
  expertsPerProposal: z.number().int().min(1).max(10),
  countryConflict: z.boolean(),
  spreadPoints: z.number().int().min(0).max(100),
  nearThresholdPoints: z.number().int().min(0).max(100),
});

export const conflictBody = z.strictObject({
  expertId: z.string().min(1).max(64),
  proposalId: z.string().min(1).max(64),
  action: z.enum(['pin', 'lift', 'clear'], { error: 'pin, lift or clear' }),
  reason,
});

export const changeBody = z.strictObject({
  action: z.enum(['add', 'remove'], { error: 'add or remove' }),
  proposalId: z.string().min(1).max(64),
  expertId: z.string().min(1).max(64),
  reason,
});

export const declarationBody = z.strictObject({
  noConflict: z.boolean({ error: 'true when you have no conflict of interest with this proposal' }),
  confidentiality: z.literal(true, { error: 'true: you keep the proposal confidential' }),
  conflictReason: z.string().trim().max(1000).optional(),
});

export const evaluationBody = z.strictObject({
  version: z.number().int().min(0, { error: 'the version you edited (0 for a new evaluation)' }),
  // A partial record: a draft may lack criteria (zod 4's record over an enum wants them all).
  criteria: z.partialRecord(
    z.enum(['relevance', 'quality', 'partnership', 'impact'], { error: 'an award criterion' }),
    z.strictObject({
      score: z.number().int({ error: 'whole points' }).min(0).max(100).nullable(),
      comment: z.string().max(MAX_COMMENT_LENGTH),
    }),
  ),
});

export const reportQuery = z.object({
  lang: z.enum(['en', 'da'], { error: 'en or da' }).default('en'),
  view: z.enum(['applicant', 'agency'], { error: 'applicant or agency' }).default('applicant'),
});

/** A file or page in English or Danish. */
export const langQuery = z.object({
  lang: z.enum(['en', 'da'], { error: 'en or da' }).default('en'),
});

// The expert registry (src/server/evaluation/experts.ts).
const topic = z.enum(EXPERT_TOPICS, {
  error: `a topic from the catalogue: an ecosystem or a sector (${EXPERT_TOPICS.join(', ')})`,
});

export const expertBody = z.strictObject({
  name: z.string().trim().min(1, { error: "the expert's name" }).max(120),
  email: z.email({ error: 'an e-mail address' }).transform((e) => e.toLowerCase()),
  /** Also checked against the country catalogue (src/server/evaluation/experts.ts). */
  country: z.string().regex(/^[A-Z]{2}$/, { error: 'a two-letter country code in capitals' }),
  employerPic: z
    .string()
    .regex(/^\d{9}$/, { error: "the employer's PIC: 9 digits" })
    .nullable(),
  topics: z.array(topic).min(1, { error: 'at least one expertise topic' }).max(30),
  lots: z.array(z.enum(LOT_IDS)).min(1, { error: 'the lots the expert evaluates' }),
  languages: z
    .array(z.string().regex(/^[a-z]{2}$/, { error: 'two-letter language codes' }))
    .min(1)
    .max(24),
  maxLoad: z
    .number({ error: 'a whole number of proposals, at least 1' })
    .int({ error: 'a whole number of proposals' })
    .min(1, { error: 'at least 1 proposal: an expert in the registry takes work' })
    .max(100, { error: 'at most 100 proposals' }),
});
export type ExpertInput = z.infer<typeof expertBody>;

export const expertUpdateBody = expertBody.partial().extend({
  version: z.number().int().positive({ error: 'the version you edited' }),
});
export type ExpertUpdate = z.infer<typeof expertUpdateBody>;

// The chair's flags (src/server/evaluation/flag-resolutions.ts).
export const flagResolutionBody = z.strictObject({
  /** The flag's key as the progress page lists it (src/engine/evaluation/flags.ts, flagKey). */
  flag: z.string({ error: "the flag's key" }).min(1, { error: "the flag's key" }).max(200),
  reason,
});
export type FlagResolutionInput = z.infer<typeof flagResolutionBody>;

// The consensus (src/server/evaluation/consensus.ts).
export const consensusBody = z.strictObject({
  version: z.number().int().min(0, { error: 'the version you edited (0 for a new report)' }),
  criteria: z.record(
    z.string(),
    z.strictObject({
      score: z.number().int({ error: 'whole points' }).min(0),
      comment: z.string().max(MAX_COMMENT_LENGTH),
      /** References of the expert statements this comment draws on, e.g. "EV-2#impact.1". */
      sources: z.array(z.string().max(200)).max(100),
    }),
  ),
});
export type ConsensusInput = z.infer<typeof consensusBody>;

// Ranking and its what-if (src/server/evaluation/ranking.ts).
const euros = z.number().int({ error: 'whole euros' }).min(0).max(1_000_000_000);

export const rankingBody = z.strictObject({
  envelopes: z.partialRecord(z.enum(['lot1', 'lot2', 'lot3']), euros).default({}),
  overallThreshold: z.number().int().min(0).max(100).optional(),
  criterionThresholds: z
    .partialRecord(
      z.enum(['relevance', 'quality', 'partnership', 'impact']),
      z.number().int().min(0).max(100),
    )
    .optional(),
});
export type RankingRequest = z.infer<typeof rankingBody>;

/** GET /api/v1/proposals/:id/outcome: the outcome as the applicants read it once the reports are sent. */
export const applicantOutcome = z.object({
  decision: z.enum(['selected', 'reserve', 'not-selected']),
  /** Set when screening found the proposal ineligible (it was then not scored). */
  ineligibleReason: z.string().nullable(),
  rank: z.number().int().nullable(),
  lotName: z.string(),
  total: z.number().nullable(),
  maximum: z.number(),
  overallThreshold: z.number(),
  criteria: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      score: z.number(),
      maximum: z.number(),
      threshold: z.number(),
      met: z.boolean(),
    }),
  ),
  reasons: z.array(z.string()),
  sentAt: z.string(),
});
export type ApplicantOutcome = z.infer<typeof applicantOutcome>;
export type OutcomeDecision = ApplicantOutcome['decision'];
