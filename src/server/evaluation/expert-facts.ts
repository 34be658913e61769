/**
 * What the evaluation policies need to know about a signed-in expert and one proposal, in one
 * query: the registry entry, the assignment, and the lifecycle stage (declaration, own
 * evaluation, the panel's consensus).
 */
import { evaluationStage } from '../../engine/evaluation/lifecycle.ts';
import type { Actor } from '../auth/actor.ts';
import type { ServerDeps } from '../deps.ts';
import type { Tx } from '../operations/write.ts';
import type { ExpertFacts } from '../policies/evaluation-policies.ts';

export async function expertFacts(
  db: ServerDeps['db'] | Tx,
  actor: Actor | undefined,
  proposalId: string,
): Promise<ExpertFacts> {
  const none: ExpertFacts = { expertId: undefined, assigned: false, rapporteur: false, stage: 'assigned' };
  if (!actor) return none;
  const row = await db
    .selectFrom('experts')
    .leftJoin('assignments', (j) =>
      j.onRef('assignments.expert_id', '=', 'experts.id').on('assignments.proposal_id', '=', proposalId),
    )
    .leftJoin('declarations', (j) =>
      j.onRef('declarations.expert_id', '=', 'experts.id').on('declarations.proposal_id', '=', proposalId),
    )
    .leftJoin('individual_evaluations as own', (j) =>
      j.onRef('own.expert_id', '=', 'experts.id').on('own.proposal_id', '=', proposalId),
    )
    .leftJoin('consensus_reports', (j) => j.on('consensus_reports.proposal_id', '=', proposalId))
    .select([
      'experts.id',
      'assignments.rapporteur',
      'assignments.expert_id as assignedExpert',
      'declarations.no_conflict',
      'declarations.confidentiality',
      'own.status as own',
      'consensus_reports.status as consensus',
    ])
    .where('experts.account_id', '=', actor.id)
    .executeTakeFirst();
  if (!row) return none;
  // A declaration that leaves out confidentiality is no declaration to read on.
  const declaration =
    row.no_conflict === null
      ? 'none'
      : !row.no_conflict
        ? 'conflict'
        : row.confidentiality
          ? 'no-conflict'
          : 'none';
  return {
    expertId: row.id,
    assigned: row.assignedExpert !== null,
    rapporteur: row.rapporteur ?? false,
    stage: evaluationStage({
      declaration,
      evaluation: row.own ?? 'not-started',
      consensus: row.consensus,
    }),
  };
}
