/**
 * An expert's work on one proposal: declare (no conflict of interest, confidentiality), read the
 * submitted version, score each award criterion with a comment, submit; then see the others.
 */
import { randomUUID } from 'node:crypto';
import { parseIndividualEvaluation } from '../../engine/evaluation/individual.ts';
import { mayFollow } from '../../engine/evaluation/lifecycle.ts';
import type { Actor } from '../auth/actor.ts';
import type { ServerDeps } from '../deps.ts';
import { badRequest, conflict, HttpError, notFound } from '../errors.ts';
import { authorized, enforce, type Tx, write } from '../operations/write.ts';
import {
  canOpenProposal,
  canSeeAssignment,
  canSeeOtherEvaluations,
} from '../policies/evaluation-policies.ts';
import { expertFacts } from './expert-facts.ts';
import { type SubmittedProposal, submittedProposal, submittedProposalsById } from './submitted.ts';

export type CriteriaDraft = Record<string, { score: number | null; comment: string }>;

export async function myAssignments(deps: ServerDeps, actor: Actor | undefined) {
  if (!actor) throw new HttpError(401, 'unauthenticated', 'Sign in first.');
  const expert = await deps.db
    .selectFrom('experts')
    .select('id')
    .where('account_id', '=', actor.id)
    .executeTakeFirst();
  if (!expert) return [];
  const rows = await deps.db
    .selectFrom('assignments')
    .leftJoin('declarations', (j) =>
      j
        .onRef('declarations.proposal_id', '=', 'assignments.proposal_id')
        .onRef('declarations.expert_id', '=', 'assignments.expert_id'),
    )
    .leftJoin('individual_evaluations as ev', (j) =>
      j
        .onRef('ev.proposal_id', '=', 'assignments.proposal_id')
        .onRef('ev.expert_id', '=', 'assignments.expert_id'),
    )
    .select([
      'assignments.proposal_id',
      'assignments.rapporteur',
      'assignments.matched',
      'declarations.no_conflict',
      'declarations.confidentiality',
      'ev.status',
    ])
    .where('assignments.expert_id', '=', expert.id)
    .execute();
  // Where each consensus stands, shown once the expert's own evaluation is in (as the consensus
  // page itself is): one query per table, not one request per assignment from the browser.
  const ids = rows.map((r) => r.proposal_id);
  const [panels, submittedEvaluations, reports, submitted] =
    ids.length === 0
      ? [[], [], [], new Map<string, SubmittedProposal & { callId: string }>()]
      : await Promise.all([
          deps.db.selectFrom('assignments').select('proposal_id').where('proposal_id', 'in', ids).execute(),
          deps.db
            .selectFrom('individual_evaluations')
            .select('proposal_id')
            .where('proposal_id', 'in', ids)
            .where('status', '=', 'submitted')
            .execute(),
          deps.db
            .selectFrom('consensus_reports')
            .select(['proposal_id', 'status'])
            .where('proposal_id', 'in', ids)
            .execute(),
          submittedProposalsById(deps.db, ids),
        ]);
  const count = (list: { proposal_id: string }[], id: string) =>
    list.filter((x) => x.proposal_id === id).length;
  const out = [];
  for (const r of rows) {
    const p = submitted.get(r.proposal_id);
    if (!p) continue;
    out.push({
      proposalId: r.proposal_id,
      callId: p.callId,
      acronym: p.content.acronym,
      title: p.content.title,
      lot: p.content.lot,
      // The names are shown before the declaration: an expert must see who takes part to know a conflict.
      participants: p.content.participants.map((q) => ({
        name: q.organisation.legalName,
        country: q.organisation.country,
        role: q.role,
      })),
      rapporteur: r.rapporteur,
      matched: r.matched,
      declaration:
        r.no_conflict === null ? null : { noConflict: r.no_conflict, confidentiality: r.confidentiality },
      evaluation: (r.status as 'draft' | 'submitted' | null) ?? ('not-started' as const),
      consensus:
        r.status === 'submitted'
          ? {
              status: reports.find((x) => x.proposal_id === r.proposal_id)?.status ?? null,
              submitted: count(submittedEvaluations, r.proposal_id),
              expected: count(panels, r.proposal_id),
            }
          : null,
    });
  }
  return out;
}

export async function declare(
  deps: ServerDeps,
  actor: Actor | undefined,
  proposalId: string,
  input: { noConflict: boolean; confidentiality: boolean; conflictReason?: string | undefined },
) {
  if (!input.noConflict && !input.conflictReason?.trim()) {
    throw badRequest([
      {
        field: 'conflictReason',
        expected: 'the conflict of interest, in a few words',
        got: 'nothing',
        code: 'required',
      },
    ]);
  }
  return write(
    deps,
    actor,
    { action: 'declaration.make', entityType: 'declaration', entityId: proposalId, proposalId },
    async (tx) => {
      const facts = await expertFacts(tx, actor, proposalId);
      return authorized(facts, canSeeAssignment(actor, facts));
    },
    async (tx, now, facts) => {
      if (!mayFollow(facts.stage, 'declared'))
        throw conflict('You have declared for this proposal already.', {});
      const row = {
        expert_id: facts.expertId!,
        proposal_id: proposalId,
        no_conflict: input.noConflict,
        confidentiality: input.confidentiality,
        conflict_reason: input.noConflict ? null : input.conflictReason!.trim(),
        declared_at: now,
      };
      await tx.insertInto('declarations').values(row).execute();
      const view = {
        noConflict: row.no_conflict,
        confidentiality: row.confidentiality,
        conflictReason: row.conflict_reason,
      };
      return { result: view, before: null, after: view };
    },
  );
}

/** The submitted version of the proposal, for an expert who has declared. */
export async function proposalForExpert(deps: ServerDeps, actor: Actor | undefined, proposalId: string) {
  enforce(canOpenProposal(actor, await expertFacts(deps.db, actor, proposalId)));
  const p = await submittedProposal(deps.db, proposalId);
  if (!p) throw notFound('The proposal');
  const book = await deps.calls.ruleBook(p.callId);
  const call = book.calls[p.callId]!;
  return {
    content: p.content,
    submission: { number: p.number, submittedAt: p.submittedAt.toISOString() },
    criteria: call.awardCriteria.criteria.map((c) => ({
      id: c.id,
      name: c.name,
      maximum: c.maximum.value,
      threshold: c.threshold.value,
    })),
  };
}

async function ownEvaluation(db: ServerDeps['db'], expertId: string, proposalId: string) {
  return db
    .selectFrom('individual_evaluations')
    .selectAll()
    .where('proposal_id', '=', proposalId)
    .where('expert_id', '=', expertId)
    .executeTakeFirst();
}

export async function myEvaluation(deps: ServerDeps, actor: Actor | undefined, proposalId: string) {
  const facts = await expertFacts(deps.db, actor, proposalId);
  enforce(canOpenProposal(actor, facts));
  const row = await ownEvaluation(deps.db, facts.expertId!, proposalId);
  return row
    ? {
        id: row.id,
        // The column holds what saveEvaluation wrote: a draft's criteria.
        criteria: row.criteria as CriteriaDraft,
        status: row.status,
        version: row.version,
        submittedAt: row.submitted_at?.toISOString() ?? null,
      }
    : { id: null, criteria: {}, status: 'not-started', version: 0, submittedAt: null };
}

/** The facts about the expert and the proposal, and whether they let the expert open it (and score). */
async function openingFacts(tx: Tx, actor: Actor | undefined, proposalId: string) {
  const facts = await expertFacts(tx, actor, proposalId);
  return authorized(facts, canOpenProposal(actor, facts));
}

/** The expert's own evaluation, locked until the write ends (a save and a submit never interleave). */
function lockOwnEvaluation(tx: Tx, proposalId: string, expertId: string) {
  return tx
    .selectFrom('individual_evaluations')
    .selectAll()
    .where('proposal_id', '=', proposalId)
    .where('expert_id', '=', expertId)
    .forUpdate()
    .executeTakeFirst();
}

/** Saves a draft (scores may still be missing); a stale version is refused with the current one. */
export async function saveEvaluation(
  deps: ServerDeps,
  actor: Actor | undefined,
  proposalId: string,
  input: { version: number; criteria: CriteriaDraft },
) {
  return write(
    deps,
    actor,
    { action: 'evaluation.save', entityType: 'individual_evaluation', entityId: proposalId, proposalId },
    (tx) => openingFacts(tx, actor, proposalId),
    async (tx, now, facts) => {
      const row = await lockOwnEvaluation(tx, proposalId, facts.expertId!);
      const current = row?.version ?? 0;
      if (row?.status === 'submitted')
        throw conflict('The evaluation has been submitted and cannot change.', {});
      if (current !== input.version) {
        throw conflict(`Your evaluation was saved elsewhere after version ${input.version}.`, {
          current: row?.criteria ?? {},
          currentVersion: current,
        });
      }
      if (row) {
        await tx
          .updateTable('individual_evaluations')
          .set({ criteria: JSON.stringify(input.criteria), version: current + 1, updated_at: now })
          .where('id', '=', row.id)
          .execute();
      } else {
        await tx
          .insertInto('individual_evaluations')
          .values({
            id: randomUUID(),
            proposal_id: proposalId,
            expert_id: facts.expertId!,
            criteria: JSON.stringify(input.criteria),
            status: 'draft',
            version: 1,
            updated_at: now,
            submitted_at: null,
          })
          .execute();
      }
      return {
        result: { version: current + 1, status: 'draft' },
        before: row?.criteria ?? null,
        after: input.criteria,
      };
    },
  );
}

/** Submits: every criterion needs whole points within its maximum and a comment that says why. */
export async function submitEvaluation(deps: ServerDeps, actor: Actor | undefined, proposalId: string) {
  return write(
    deps,
    actor,
    { action: 'evaluation.submit', entityType: 'individual_evaluation', entityId: proposalId, proposalId },
    (tx) => openingFacts(tx, actor, proposalId),
    async (tx, now, facts) => {
      const row = await lockOwnEvaluation(tx, proposalId, facts.expertId!);
      if (!row)
        throw badRequest([
          {
            field: 'criteria',
            expected: 'a saved evaluation to submit',
            got: 'nothing saved yet',
            code: 'nothing_saved',
          },
        ]);
      if (row.status === 'submitted') throw conflict('The evaluation has been submitted already.', {});
      const p = (await submittedProposal(tx, proposalId))!;
      const call = (await deps.calls.ruleBook(p.callId)).calls[p.callId]!;
      const parsed = parseIndividualEvaluation(call, {
        evaluationId: row.id,
        expertId: facts.expertId,
        proposalId,
        criteria: row.criteria,
      });
      if (!parsed.ok) throw badRequest(parsed.problems, 'The evaluation is not complete.');
      await tx
        .updateTable('individual_evaluations')
        .set({ status: 'submitted', submitted_at: now, version: row.version + 1 })
        .where('id', '=', row.id)
        .execute();
      return {
        result: { status: 'submitted', submittedAt: now.toISOString() },
        before: { status: row.status },
        after: { status: 'submitted', criteria: row.criteria },
      };
    },
  );
}

/** The submitted evaluations of the other experts, once the expert's own is submitted. */
export async function otherEvaluations(deps: ServerDeps, actor: Actor | undefined, proposalId: string) {
  enforce(canSeeOtherEvaluations(actor, await expertFacts(deps.db, actor, proposalId)));
  return submittedEvaluations(deps, proposalId);
}

export async function submittedEvaluations(deps: ServerDeps, proposalId: string) {
  const rows = await deps.db
    .selectFrom('individual_evaluations')
    .innerJoin('experts', 'experts.id', 'individual_evaluations.expert_id')
    .select([
      'individual_evaluations.id',
      'individual_evaluations.expert_id',
      'experts.name',
      'individual_evaluations.criteria',
      'individual_evaluations.submitted_at',
    ])
    .where('proposal_id', '=', proposalId)
    .where('status', '=', 'submitted')
    .orderBy('individual_evaluations.id')
    .execute();
  return rows.map((r) => ({
    evaluationId: r.id,
    expertId: r.expert_id,
    expertName: r.name,
    criteria: r.criteria as Record<string, { score: number; comment: string }>,
    submittedAt: r.submitted_at?.toISOString() ?? null,
  }));
}
