/** Where the evaluation of each proposal stands: for the officer's overview, with the chair's flags. */
import type { ServerDeps } from '../deps.ts';
import { proposalFlags } from './consensus.ts';
import { submittedProposals } from './submitted.ts';

export async function evaluationProgress(deps: ServerDeps, callId: string) {
  const proposals = await submittedProposals(deps.db, callId);
  const ids = proposals.map((p) => p.proposalId);
  if (ids.length === 0) return [];
  const [screenings, assignments, declarations, evaluations, reports] = await Promise.all([
    deps.db
      .selectFrom('screenings')
      .select(['proposal_id', 'decision', 'submission_id'])
      .where('proposal_id', 'in', ids)
      .execute(),
    deps.db
      .selectFrom('assignments')
      .innerJoin('experts', 'experts.id', 'assignments.expert_id')
      .select([
        'assignments.proposal_id',
        'assignments.expert_id',
        'experts.name',
        'assignments.rapporteur',
        'assignments.manual',
        'assignments.matched',
      ])
      .where('assignments.proposal_id', 'in', ids)
      .execute(),
    deps.db.selectFrom('declarations').selectAll().where('proposal_id', 'in', ids).execute(),
    deps.db
      .selectFrom('individual_evaluations')
      .select(['proposal_id', 'expert_id', 'status'])
      .where('proposal_id', 'in', ids)
      .execute(),
    deps.db
      .selectFrom('consensus_reports')
      .select(['proposal_id', 'status'])
      .where('proposal_id', 'in', ids)
      .execute(),
  ]);
  // Flags only where experts are assigned; the others have no evaluations to compare.
  const assignedIds = ids.filter((id) => assignments.some((a) => a.proposal_id === id));
  const flags = new Map(
    await Promise.all(assignedIds.map(async (id) => [id, await proposalFlags(deps, id)] as const)),
  );
  return proposals.map((p) => {
    const screening = screenings.find(
      (s) => s.proposal_id === p.proposalId && s.submission_id === p.submissionId,
    );
    return {
      proposalId: p.proposalId,
      acronym: p.content.acronym,
      lot: p.content.lot,
      screening: screening?.decision ?? null,
      experts: assignments
        .filter((a) => a.proposal_id === p.proposalId)
        .map((a) => {
          const d = declarations.find((x) => x.proposal_id === p.proposalId && x.expert_id === a.expert_id);
          return {
            expertId: a.expert_id,
            name: a.name,
            rapporteur: a.rapporteur,
            manual: a.manual,
            matched: a.matched,
            declaration: d ? (d.no_conflict ? 'no-conflict' : 'conflict') : 'pending',
            evaluation:
              evaluations.find((e) => e.proposal_id === p.proposalId && e.expert_id === a.expert_id)
                ?.status ?? 'not-started',
          };
        }),
      consensus: reports.find((r) => r.proposal_id === p.proposalId)?.status ?? null,
      flags: flags.get(p.proposalId) ?? null,
    };
  });
}
