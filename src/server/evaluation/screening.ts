/**
 * Screening after the deadline: every proposal's last submitted version with the engine's
 * eligibility findings; the officer confirms or overrides each, always with a written reason.
 * An ineligible proposal closes there, with its reasons on the record.
 */

import type { Restriction } from '../../engine/call-definition/types.ts';
import { checkEligibility } from '../../engine/eligibility/check.ts';
import type { Actor } from '../auth/actor.ts';
import type { ServerDeps } from '../deps.ts';
import { badRequest, notFound } from '../errors.ts';
import { enforce, type Tx, write } from '../operations/write.ts';
import { canRunEvaluation } from '../policies/evaluation-policies.ts';
import { checkInputOf, type SubmittedProposal, submittedProposal, submittedProposals } from './submitted.ts';

export async function callClosed(deps: ServerDeps, callId: string, now = deps.clock.now()): Promise<boolean> {
  return now.getTime() >= (await deps.calls.deadline(callId)).getTime();
}

async function engineResult(deps: ServerDeps, p: SubmittedProposal, callId: string) {
  const book = await deps.calls.ruleBook(callId);
  const restrictionOf = await registryRestrictions(deps);
  return checkEligibility(book, checkInputOf(p, callId, restrictionOf));
}

/** The registry's restricted organisations, found by PIC, or by legal name and country. */
async function registryRestrictions(deps: ServerDeps) {
  const rows = await deps.db
    .selectFrom('organisations')
    .select(['pic', 'legal_name', 'country', 'restriction'])
    .where('restriction', 'is not', null)
    .execute();
  const byPic = new Map(rows.filter((r) => r.pic !== null).map((r) => [r.pic!, r.restriction!]));
  const byName = new Map(rows.map((r) => [`${r.legal_name}\u0000${r.country}`, r.restriction!]));
  return (o: { pic: string | null; legalName: string; country: string }): Restriction | undefined =>
    (o.pic !== null ? byPic.get(o.pic) : undefined) ?? byName.get(`${o.legalName}\u0000${o.country}`);
}

function summary(p: SubmittedProposal) {
  const coordinator = p.content.participants.find((q) => q.role === 'coordinator');
  return {
    proposalId: p.proposalId,
    acronym: p.content.acronym,
    title: p.content.title,
    lot: p.content.lot,
    ecosystem: p.content.ecosystem,
    requestedGrant: p.content.requestedGrant,
    coordinator: coordinator
      ? { name: coordinator.organisation.legalName, country: coordinator.organisation.country }
      : null,
    participants: p.content.participants.length,
    submission: { number: p.number, submittedAt: p.submittedAt.toISOString() },
  };
}

export async function screeningList(deps: ServerDeps, actor: Actor | undefined, callId: string) {
  enforce(canRunEvaluation(actor, await callClosed(deps, callId)));
  const proposals = await submittedProposals(deps.db, callId);
  const decisions = new Map(
    (
      await deps.db
        .selectFrom('screenings')
        .innerJoin('accounts', 'accounts.id', 'screenings.decided_by')
        .select([
          'screenings.proposal_id',
          'screenings.submission_id',
          'screenings.decision',
          'screenings.overridden',
          'screenings.reason',
          'screenings.decided_at',
          'accounts.name',
        ])
        .execute()
    ).map((d) => [d.proposal_id, d]),
  );
  const out = [];
  for (const p of proposals) {
    const result = await engineResult(deps, p, callId);
    const d = decisions.get(p.proposalId);
    out.push({
      ...summary(p),
      engine: { eligible: result.eligible, findings: result.findings },
      decision:
        d && d.submission_id === p.submissionId
          ? {
              decision: d.decision,
              overridden: d.overridden,
              reason: d.reason,
              decidedBy: d.name,
              decidedAt: d.decided_at.toISOString(),
            }
          : null,
    });
  }
  return out;
}

export interface ScreeningDecisionInput {
  decision: 'eligible' | 'ineligible';
  reason: string;
}

export async function decideScreening(
  deps: ServerDeps,
  actor: Actor | undefined,
  proposalId: string,
  input: ScreeningDecisionInput,
) {
  const proposal = await submittedProposal(deps.db, proposalId);
  if (!proposal) throw notFound('A submitted proposal');
  const result = await engineResult(deps, proposal, proposal.callId);
  const overridden = (input.decision === 'eligible') !== result.eligible;
  if (input.reason.trim().length < 10) {
    throw badRequest([
      {
        field: 'reason',
        expected: 'a written reason of at least 10 characters',
        got: JSON.stringify(input.reason),
        code: 'too_small',
        params: { origin: 'string', min: 10, inclusive: true },
      },
    ]);
  }
  return write(
    deps,
    actor,
    {
      action: overridden ? 'screening.override' : 'screening.confirm',
      entityType: 'screening',
      entityId: proposalId,
      proposalId,
    },
    async (_tx, now) => canRunEvaluation(actor, await callClosed(deps, proposal.callId, now)),
    async (tx, now) => {
      const before = await tx
        .selectFrom('screenings')
        .selectAll()
        .where('proposal_id', '=', proposalId)
        .executeTakeFirst();
      const row = {
        proposal_id: proposalId,
        submission_id: proposal.submissionId,
        engine_eligible: result.eligible,
        engine_findings: JSON.stringify(result.findings),
        decision: input.decision,
        overridden,
        reason: input.reason.trim(),
        decided_by: actor!.id,
        decided_at: now,
      };
      await tx
        .insertInto('screenings')
        .values(row)
        .onConflict((oc) => oc.column('proposal_id').doUpdateSet({ ...row }))
        .execute();
      const view = {
        decision: input.decision,
        overridden,
        reason: row.reason,
        engineEligible: result.eligible,
        submission: proposal.number,
      };
      return {
        result: view,
        before: before
          ? { decision: before.decision, overridden: before.overridden, reason: before.reason }
          : null,
        after: view,
      };
    },
  );
}

/** The proposals of a call that passed screening: the ones experts evaluate and the ranking ranks. */
export async function screenedEligible(
  deps: ServerDeps,
  callId: string,
  db: ServerDeps['db'] | Tx = deps.db,
): Promise<SubmittedProposal[]> {
  const proposals = await submittedProposals(db, callId);
  const eligible = new Set(
    (
      await db
        .selectFrom('screenings')
        .select(['proposal_id', 'submission_id'])
        .where('decision', '=', 'eligible')
        .execute()
    ).map((r) => `${r.proposal_id}/${r.submission_id}`),
  );
  return proposals.filter((p) => eligible.has(`${p.proposalId}/${p.submissionId}`));
}
