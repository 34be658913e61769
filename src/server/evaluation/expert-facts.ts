/** What the evaluation policies need to know about a signed-in expert and one proposal. */
import type { Actor } from '../auth/actor.ts';
import type { ServerDeps } from '../deps.ts';
import type { Tx } from '../operations/write.ts';
import type { ExpertFacts } from '../policies/evaluation-policies.ts';

export async function expertFacts(
  db: ServerDeps['db'] | Tx,
  actor: Actor | undefined,
  proposalId: string,
): Promise<ExpertFacts> {
  const none: ExpertFacts = {
    expertId: undefined,
    assigned: false,
    rapporteur: false,
    declared: false,
    declaredConflict: false,
    ownEvaluationSubmitted: false,
  };
  if (!actor) return none;
  const expert = await db
    .selectFrom('experts')
    .select('id')
    .where('account_id', '=', actor.id)
    .executeTakeFirst();
  if (!expert) return none;
  const assignment = await db
    .selectFrom('assignments')
    .select('rapporteur')
    .where('proposal_id', '=', proposalId)
    .where('expert_id', '=', expert.id)
    .executeTakeFirst();
  const declaration = await db
    .selectFrom('declarations')
    .selectAll()
    .where('proposal_id', '=', proposalId)
    .where('expert_id', '=', expert.id)
    .executeTakeFirst();
  const own = await db
    .selectFrom('individual_evaluations')
    .select('status')
    .where('proposal_id', '=', proposalId)
    .where('expert_id', '=', expert.id)
    .executeTakeFirst();
  return {
    expertId: expert.id,
    assigned: assignment !== undefined,
    rapporteur: assignment?.rapporteur ?? false,
    declared: declaration?.no_conflict === true && declaration.confidentiality,
    declaredConflict: declaration !== undefined && !declaration.no_conflict,
    ownEvaluationSubmitted: own?.status === 'submitted',
  };
}
