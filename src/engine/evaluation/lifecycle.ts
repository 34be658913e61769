/**
 * The evaluation of a proposal as one table of stages (like a workflow definition): an expert's
 * own work (assigned → declared → draft → submitted) followed by the panel's (consensus →
 * agreed → ranked → reports sent), with what each stage lets the expert do and which stages may
 * follow. The evaluation policies, the server's views and the web's expert pages all read it,
 * so "may the expert score now?" has one answer.
 */

export const EVALUATION_STAGES = [
  'assigned',
  'conflict',
  'declared',
  'draft',
  'submitted',
  'consensus',
  'agreed',
  'ranked',
  'reports-sent',
] as const;
export type EvaluationStage = (typeof EVALUATION_STAGES)[number];

/** What an assigned expert may do with the proposal. */
export type ExpertAction =
  /** Read the submitted proposal (after declaring no conflict of interest and confidentiality). */
  | 'read'
  /** Save and submit their own scores. */
  | 'score'
  /** Read the other experts' submitted evaluations and the consensus. */
  | 'see-others'
  /** Draft and agree the consensus (the rapporteur). */
  | 'draft-consensus';

export interface StageDefinition {
  /** Whose step it is: the expert's own work, or the panel's and the agency's after it. */
  scope: 'expert' | 'panel';
  /** The stages that may follow this one. */
  next: readonly EvaluationStage[];
  /** What the assigned expert may do at this stage. */
  expert: readonly ExpertAction[];
}

export const EVALUATION_LIFECYCLE: Readonly<Record<EvaluationStage, StageDefinition>> = {
  assigned: { scope: 'expert', next: ['declared', 'conflict'], expert: [] },
  // A declared conflict of interest ends the expert's part: the agency assigns someone else.
  conflict: { scope: 'expert', next: [], expert: [] },
  declared: { scope: 'expert', next: ['draft'], expert: ['read', 'score'] },
  draft: { scope: 'expert', next: ['submitted'], expert: ['read', 'score'] },
  submitted: {
    scope: 'expert',
    next: ['consensus'],
    expert: ['read', 'see-others', 'draft-consensus'],
  },
  consensus: { scope: 'panel', next: ['agreed'], expert: ['read', 'see-others', 'draft-consensus'] },
  agreed: { scope: 'panel', next: ['ranked'], expert: ['read', 'see-others'] },
  ranked: { scope: 'panel', next: ['reports-sent'], expert: ['read', 'see-others'] },
  'reports-sent': { scope: 'panel', next: [], expert: ['read', 'see-others'] },
};

/** What decides the stage: one expert's declaration and evaluation, and where the panel stands. */
export interface StageFacts {
  declaration: 'none' | 'no-conflict' | 'conflict';
  evaluation: 'not-started' | 'draft' | 'submitted';
  /** The consensus report of the proposal, if any. */
  consensus?: 'draft' | 'agreed' | null | undefined;
  /** The call's ranking is confirmed. */
  ranked?: boolean | undefined;
  /** The agency has sent the evaluation summary reports of the call. */
  reportsSent?: boolean | undefined;
}

/** Where one expert's evaluation of one proposal stands. */
export function evaluationStage(f: StageFacts): EvaluationStage {
  if (f.declaration === 'none') return 'assigned';
  if (f.declaration === 'conflict') return 'conflict';
  if (f.evaluation === 'not-started') return 'declared';
  if (f.evaluation === 'draft') return 'draft';
  if (f.reportsSent) return 'reports-sent';
  if (f.ranked) return 'ranked';
  if (f.consensus === 'agreed') return 'agreed';
  if (f.consensus === 'draft') return 'consensus';
  return 'submitted';
}

export function expertMay(stage: EvaluationStage, action: ExpertAction): boolean {
  return EVALUATION_LIFECYCLE[stage].expert.includes(action);
}

/** Whether `to` may follow `from` directly. */
export function mayFollow(from: EvaluationStage, to: EvaluationStage): boolean {
  return EVALUATION_LIFECYCLE[from].next.includes(to);
}

/**
 * The consensus of a proposal may be agreed only when the chair has resolved each of its flags
 * with a reason: the flags still open are what stands in the way (none: it may be agreed).
 */
export function flagsBlockingAgreement<F extends { resolution: unknown }>(flags: readonly F[]): F[] {
  return flags.filter((f) => f.resolution === null || f.resolution === undefined);
}
