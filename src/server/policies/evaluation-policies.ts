/**
 * Who may do what in the evaluation. Agency staff (officers, administrators) run it; experts see
 * only the proposals assigned to them, and only after declaring no conflict of interest and
 * confidentiality; an expert sees the others' scores only after submitting their own; the
 * rapporteur drafts the consensus. Applicants read their evaluation summary report once sent.
 * What an expert may do at each stage is the engine's lifecycle table (EVALUATION_LIFECYCLE).
 */

import { type EvaluationStage, expertMay } from '../../engine/evaluation/lifecycle.ts';
import type { Actor } from '../auth/actor.ts';
import { ALLOW, type Decision, deny, isAgency, SIGN_IN } from './decision.ts';

export function canRunEvaluation(actor: Actor | undefined, callClosed: boolean): Decision {
  if (!actor) return SIGN_IN;
  if (!isAgency(actor)) return deny(403, 'forbidden', 'Only agency staff run the evaluation.');
  if (!callClosed)
    return deny(403, 'call-open', 'The call is still open: the evaluation starts after the deadline.');
  return ALLOW;
}

/**
 * The chair's flags are resolved by agency staff (the officer chairing the consensus), never by
 * an expert: the rapporteur cannot wave through the flags on their own panel.
 */
export function canResolveChairFlag(actor: Actor | undefined, callClosed: boolean): Decision {
  if (!actor) return SIGN_IN;
  if (!isAgency(actor)) return deny(403, 'forbidden', "Only agency staff resolve the chair's flags.");
  return canRunEvaluation(actor, callClosed);
}

export function canManageExperts(actor: Actor | undefined): Decision {
  if (!actor) return SIGN_IN;
  return isAgency(actor) ? ALLOW : deny(403, 'forbidden', 'Only agency staff manage the expert registry.');
}

export interface ExpertFacts {
  /** The registry entry of the signed-in expert, if any. */
  expertId: string | undefined;
  assigned: boolean;
  rapporteur: boolean;
  /** Where the expert's evaluation of the proposal stands (src/engine/evaluation/lifecycle.ts). */
  stage: EvaluationStage;
}

/** An expert knows of a proposal only when it is assigned to them. */
export function canSeeAssignment(actor: Actor | undefined, f: ExpertFacts): Decision {
  if (!actor) return SIGN_IN;
  if (actor.role !== 'expert' || !f.expertId || !f.assigned)
    return deny(404, 'not-found', 'The assignment was not found.');
  return ALLOW;
}

export function canOpenProposal(actor: Actor | undefined, f: ExpertFacts): Decision {
  const seen = canSeeAssignment(actor, f);
  if (!seen.allowed) return seen;
  if (f.stage === 'conflict')
    return deny(403, 'conflict-of-interest', 'You declared a conflict of interest for this proposal.');
  if (!expertMay(f.stage, 'read')) {
    return deny(
      403,
      'declaration-required',
      'Declare that you have no conflict of interest and will keep the proposal confidential first.',
    );
  }
  return ALLOW;
}

export function canSeeOtherEvaluations(actor: Actor | undefined, f: ExpertFacts): Decision {
  const open = canOpenProposal(actor, f);
  if (!open.allowed) return open;
  if (!expertMay(f.stage, 'see-others'))
    return deny(403, 'own-evaluation-first', "Submit your own evaluation to see the other experts' scores.");
  return ALLOW;
}

/** The consensus: the assigned experts once their own evaluation is in; agency staff once the call has closed. */
export function canReadConsensus(actor: Actor | undefined, f: ExpertFacts, callClosed: boolean): Decision {
  if (isAgency(actor)) return canRunEvaluation(actor, callClosed);
  return canSeeOtherEvaluations(actor, f);
}

/** The rapporteur drafts the consensus; agency staff (the chair) may too, once the call has closed. */
export function canEditConsensus(actor: Actor | undefined, f: ExpertFacts, callClosed: boolean): Decision {
  if (!actor) return SIGN_IN;
  if (isAgency(actor)) return canRunEvaluation(actor, callClosed);
  const open = canSeeOtherEvaluations(actor, f);
  if (!open.allowed) return open;
  if (!f.rapporteur) return deny(403, 'forbidden', 'Only the rapporteur drafts the consensus.');
  return ALLOW;
}
