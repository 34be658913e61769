/** Everything the evaluation of one call reads, loaded in one place. */
import type { ServerDeps } from '../deps.ts';
import type { Tx } from '../operations/write.ts';
import { conflictsOf, type Declaration, type Override } from './conflicts.ts';
import { expertView } from './experts.ts';
import { screenedEligible } from './screening.ts';
import { evaluationSettings } from './settings.ts';

export async function loadOverrides(db: ServerDeps['db'] | Tx): Promise<Override[]> {
  const rows = await db.selectFrom('conflict_overrides').selectAll().execute();
  return rows.map((r) => ({
    expertId: r.expert_id,
    proposalId: r.proposal_id,
    action: r.action,
    reason: r.reason,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at.toISOString(),
  }));
}

export async function loadDeclarations(db: ServerDeps['db'] | Tx): Promise<Declaration[]> {
  const rows = await db.selectFrom('declarations').selectAll().execute();
  return rows.map((r) => ({
    expertId: r.expert_id,
    proposalId: r.proposal_id,
    noConflict: r.no_conflict,
    conflictReason: r.conflict_reason,
  }));
}

export async function evaluationContext(
  deps: ServerDeps,
  callId: string,
  db: ServerDeps['db'] | Tx = deps.db,
) {
  const settings = await evaluationSettings(db, callId);
  const proposals = await screenedEligible(deps, callId, db);
  const experts = (await db.selectFrom('experts').selectAll().orderBy('id').execute()).map(expertView);
  const conflicts = conflictsOf(
    experts,
    proposals,
    settings,
    await loadOverrides(db),
    await loadDeclarations(db),
  );
  const ids = proposals.map((p) => p.proposalId);
  const assignments = ids.length
    ? await db.selectFrom('assignments').selectAll().where('proposal_id', 'in', ids).execute()
    : [];
  const started = ids.length
    ? await db
        .selectFrom('individual_evaluations')
        .select(['proposal_id', 'expert_id', 'status'])
        .where('proposal_id', 'in', ids)
        .execute()
    : [];
  return { settings, proposals, experts, conflicts, assignments, started };
}
export type EvaluationContext = Awaited<ReturnType<typeof evaluationContext>>;
