/**
 * Assigning experts: the optimal assignment proposed by the engine (with, for each pair, the
 * topics matched, the loads, who was excluded and why), confirmed by an officer, and changed by
 * hand only with a reason, every change on the record.
 */
import { assignExperts } from '../../engine/assignment/assign.ts';
import type { AssignmentResult } from '../../engine/assignment/types.ts';
import type { Actor } from '../auth/actor.ts';
import type { ServerDeps } from '../deps.ts';
import { badRequest, conflict, unprocessable } from '../errors.ts';
import { enforce, write } from '../operations/write.ts';
import { canRunEvaluation } from '../policies/evaluation-policies.ts';
import { assignmentInput, type Pin, proposalTopics } from './assignment-input.ts';
import { type EvaluationContext, evaluationContext } from './context.ts';
import { callClosed } from './screening.ts';

/** Pairs that stay as they are: added by hand, or where the expert has started evaluating. */
function keptPairs(ctx: EvaluationContext): Pin[] {
  const started = new Set(ctx.started.map((s) => `${s.expert_id}/${s.proposal_id}`));
  return ctx.assignments
    .filter((a) => a.manual || started.has(`${a.expert_id}/${a.proposal_id}`))
    .map((a) => ({ expertId: a.expert_id, proposalId: a.proposal_id }));
}

export async function proposeAssignment(deps: ServerDeps, actor: Actor | undefined, callId: string) {
  enforce(canRunEvaluation(actor, await callClosed(deps, callId)));
  const ctx = await evaluationContext(deps, callId);
  const input = assignmentInput(
    ctx.proposals,
    ctx.experts,
    ctx.conflicts,
    ctx.settings.expertsPerProposal,
    keptPairs(ctx),
  );
  const outcome = assignExperts(input);
  if (!outcome.ok)
    throw unprocessable('The assignment cannot be computed from the registry as it stands.', {
      problems: outcome.problems,
    });
  return { result: outcome.result, ...describe(ctx) };
}

function describe(ctx: EvaluationContext) {
  return {
    settings: ctx.settings,
    proposals: ctx.proposals.map((p) => ({
      id: p.proposalId,
      acronym: p.content.acronym,
      lot: p.content.lot,
      topics: proposalTopics(p),
      coordinatorCountry:
        p.content.participants.find((q) => q.role === 'coordinator')?.organisation.country ?? null,
    })),
    experts: ctx.experts.map((e) => ({
      id: e.id,
      name: e.name,
      country: e.country,
      topics: e.topics,
      lots: e.lots,
      maxLoad: e.maxLoad,
    })),
    conflicts: ctx.conflicts,
    current: ctx.assignments.map((a) => ({
      proposalId: a.proposal_id,
      expertId: a.expert_id,
      rapporteur: a.rapporteur,
      manual: a.manual,
      reason: a.reason,
    })),
  };
}

/** The rapporteur of each proposal: the assigned expert with most matched topics, then by id. */
function rapporteurs(result: AssignmentResult): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of result.assignments) {
    const best = [...a.experts].sort(
      (x, y) => y.matched.length - x.matched.length || (x.id < y.id ? -1 : 1),
    )[0];
    if (best) out.set(a.proposal, best.id);
  }
  return out;
}

/** Computes the assignment again and stores it, replacing what the engine proposed before. */
export async function confirmAssignment(deps: ServerDeps, actor: Actor | undefined, callId: string) {
  return write(
    deps,
    actor,
    { action: 'assignment.confirm', entityType: 'call', entityId: callId },
    async (_tx, now) => canRunEvaluation(actor, await callClosed(deps, callId, now)),
    async (tx, now) => {
      const ctx = await evaluationContext(deps, callId, tx);
      const outcome = assignExperts(
        assignmentInput(
          ctx.proposals,
          ctx.experts,
          ctx.conflicts,
          ctx.settings.expertsPerProposal,
          keptPairs(ctx),
        ),
      );
      if (!outcome.ok)
        throw unprocessable('The assignment cannot be computed.', { problems: outcome.problems });
      if (!outcome.result.feasible) {
        throw unprocessable('Not every proposal can get its experts; nothing was stored.', {
          uncovered: outcome.result.uncovered,
        });
      }
      const kept = new Set(keptPairs(ctx).map((p) => `${p.expertId}/${p.proposalId}`));
      const before = ctx.assignments.map((a) => ({
        id: `${a.proposal_id}/${a.expert_id}`,
        rapporteur: a.rapporteur,
      }));
      const ids = ctx.proposals.map((p) => p.proposalId);
      if (ids.length > 0) {
        await tx
          .deleteFrom('assignments')
          .where('proposal_id', 'in', ids)
          .where('manual', '=', false)
          .execute();
      }
      const rapporteur = rapporteurs(outcome.result);
      for (const a of outcome.result.assignments) {
        for (const e of a.experts) {
          const row = {
            proposal_id: a.proposal,
            expert_id: e.id,
            rapporteur: rapporteur.get(a.proposal) === e.id,
            manual: false,
            reason: null,
            matched: JSON.stringify(e.matched),
            assigned_by: actor!.id,
            assigned_at: now,
          };
          if (kept.has(`${e.id}/${a.proposal}`)) {
            await tx
              .updateTable('assignments')
              .set({ rapporteur: row.rapporteur })
              .where('proposal_id', '=', a.proposal)
              .where('expert_id', '=', e.id)
              .execute();
          } else {
            await tx
              .insertInto('assignments')
              .values(row)
              .onConflict((oc) => oc.columns(['proposal_id', 'expert_id']).doNothing())
              .execute();
          }
        }
      }
      const after = outcome.result.assignments.flatMap((a) =>
        a.experts.map((e) => ({
          id: `${a.proposal}/${e.id}`,
          rapporteur: rapporteur.get(a.proposal) === e.id,
        })),
      );
      return {
        result: {
          score: outcome.result.score,
          loads: outcome.result.loads,
          assignments: outcome.result.assignments,
        },
        before,
        after,
      };
    },
  );
}

export interface ManualChange {
  action: 'add' | 'remove';
  proposalId: string;
  expertId: string;
  reason: string;
}

/** A change by hand: checked against conflicts, loads and started work, with its reason recorded. */
export async function changeAssignment(
  deps: ServerDeps,
  actor: Actor | undefined,
  callId: string,
  change: ManualChange,
) {
  if (change.reason.trim().length < 10) {
    throw badRequest([
      {
        field: 'reason',
        expected: 'a reason of at least 10 characters',
        got: JSON.stringify(change.reason),
        code: 'too_small',
        params: { origin: 'string', min: 10, inclusive: true },
      },
    ]);
  }
  return write<{ action: ManualChange['action']; proposalId: string; expertId: string }>(
    deps,
    actor,
    {
      action: `assignment.${change.action}`,
      entityType: 'assignment',
      entityId: `${change.proposalId}/${change.expertId}`,
      proposalId: change.proposalId,
    },
    async (_tx, now) => canRunEvaluation(actor, await callClosed(deps, callId, now)),
    async (tx, now) => {
      const ctx = await evaluationContext(deps, callId, tx);
      if (!ctx.proposals.some((p) => p.proposalId === change.proposalId)) {
        throw badRequest([
          {
            field: 'proposalId',
            expected: 'a proposal of this call that passed screening',
            got: JSON.stringify(change.proposalId),
            code: 'unknown_reference',
          },
        ]);
      }
      const expert = ctx.experts.find((e) => e.id === change.expertId);
      if (!expert)
        throw badRequest([
          {
            field: 'expertId',
            expected: 'an expert of the registry',
            got: JSON.stringify(change.expertId),
            code: 'unknown_reference',
          },
        ]);
      const existing = ctx.assignments.find(
        (a) => a.proposal_id === change.proposalId && a.expert_id === change.expertId,
      );
      if (change.action === 'add') {
        if (existing) throw conflict('The expert is assigned to this proposal already.', {});
        const pair = ctx.conflicts.find(
          (c) => c.expertId === change.expertId && c.proposalId === change.proposalId && c.active,
        );
        if (pair)
          throw conflict('A conflict of interest keeps this expert off the proposal.', { conflict: pair });
        const load = ctx.assignments.filter((a) => a.expert_id === change.expertId).length;
        if (load >= expert.maxLoad)
          throw conflict(`The expert has reached their maximum load of ${expert.maxLoad}.`, { load });
        const proposal = ctx.proposals.find((p) => p.proposalId === change.proposalId)!;
        const matched = proposalTopics(proposal).filter((t) => expert.topics.includes(t));
        await tx
          .insertInto('assignments')
          .values({
            proposal_id: change.proposalId,
            expert_id: change.expertId,
            rapporteur: false,
            manual: true,
            reason: change.reason.trim(),
            matched: JSON.stringify(matched),
            assigned_by: actor!.id,
            assigned_at: now,
          })
          .execute();
        return {
          result: { action: change.action, proposalId: change.proposalId, expertId: change.expertId },
          before: null,
          after: { proposalId: change.proposalId, expertId: change.expertId, reason: change.reason },
        };
      }
      if (!existing) throw conflict('The expert is not assigned to this proposal.', {});
      const work = ctx.started.find(
        (s) => s.expert_id === change.expertId && s.proposal_id === change.proposalId,
      );
      if (work?.status === 'submitted')
        throw conflict(
          'The expert has submitted an evaluation of this proposal; it stays on the record.',
          {},
        );
      await tx
        .deleteFrom('assignments')
        .where('proposal_id', '=', change.proposalId)
        .where('expert_id', '=', change.expertId)
        .execute();
      if (work) {
        await tx
          .deleteFrom('individual_evaluations')
          .where('proposal_id', '=', change.proposalId)
          .where('expert_id', '=', change.expertId)
          .execute();
      }
      return {
        result: { action: change.action, proposalId: change.proposalId, expertId: change.expertId },
        before: { proposalId: change.proposalId, expertId: change.expertId, rapporteur: existing.rapporteur },
        after: { removed: true, reason: change.reason },
      };
    },
  );
}
