/**
 * Opening a grant preparation: for a proposal the confirmed ranking selected, once the reports
 * are sent, or for one on the reserve list when the lot's envelope has room again (a grant of
 * the lot was cancelled). The grant copies the submitted consortium and work packages, takes the
 * requested grant within the lot's ceiling and the funding rate, and splits it per beneficiary
 * and work package in proportion to the estimated costs.
 */

import { maxEligibleGrant } from '../../engine/budget/grant.ts';
import { computeBudget } from '../../engine/budget/lump-sum.ts';
import type { CallDefinition, LotId } from '../../engine/call-definition/types.ts';
import { splitLumpSum } from '../../engine/grant/split.ts';
import type { Actor } from '../auth/actor.ts';
import type { ServerDeps } from '../deps.ts';
import { conflict, forbidden, notFound } from '../errors.ts';
import { confirmedRanking } from '../evaluation/ranking.ts';
import { submittedProposal } from '../evaluation/submitted.ts';
import { type Tx, write } from '../operations/write.ts';
import { canOpenGrant } from '../policies/grant-policies.ts';
import type { ProposalContent } from '../proposals/content.ts';

type Db = ServerDeps['db'] | Tx;

/** Reporting periods for a duration: the call's entry, or that of the nearest shorter duration listed. */
export function reportingPeriods(call: CallDefinition, months: number): number {
  const table = call.grant.reportingPeriodsByDuration.value;
  const exact = table[String(months)];
  if (exact !== undefined) return exact;
  const keys = Object.keys(table)
    .map(Number)
    .sort((a, b) => a - b);
  const below = keys.filter((k) => k <= months).at(-1) ?? keys[0];
  return below === undefined ? 1 : table[String(below)]!;
}

/** The grant amount: what was requested, within the lot's ceiling and the funding rate of the costs. */
export function grantAmount(call: CallDefinition, content: ProposalContent): number {
  const lot = call.lots[content.lot as LotId];
  const ceilings = Object.values(lot?.maxGrantByDuration.value ?? {});
  const ceiling = lot?.maxGrantByDuration.value[String(content.durationMonths)] ?? Math.max(0, ...ceilings);
  return Math.min(
    content.requestedGrant,
    maxEligibleGrant(ceiling, content.budgetTotals.total.total, call.budget.fundingRatePercent.value),
  );
}

/** The proposals of a confirmed ranking with reports sent, selected or reserve, and whether money is free. */
export async function grantCandidates(deps: ServerDeps, db: Db, callId?: string) {
  const rankings = await db
    .selectFrom('rankings')
    .select(['call_id'])
    .where('reports_sent_at', 'is not', null)
    .$if(callId !== undefined, (q) => q.where('call_id', '=', callId!))
    .groupBy('call_id')
    .execute();
  const out: {
    proposalId: string;
    callId: string;
    lot: string;
    decision: 'selected' | 'reserve';
    rank: number | null;
    requestedGrant: number;
    fundsAvailable: boolean;
  }[] = [];
  for (const { call_id } of rankings) {
    const ranking = await confirmedRanking(deps, call_id, db);
    if (!ranking?.reportsSentAt) continue;
    const grants = await db
      .selectFrom('grants')
      .select(['proposal_id', 'lot', 'state', 'amount'])
      .where('call_id', '=', call_id)
      .execute();
    const withGrant = new Map(grants.map((g) => [g.proposal_id, g]));
    for (const [lotId, lot] of Object.entries(ranking.ranking.lots)) {
      if (!lot) continue;
      const committed = ranking.ranking.proposals
        .filter((p) => p.lot === lotId && p.decision === 'selected')
        .reduce((s, p) => {
          const g = withGrant.get(p.id);
          return s + (g ? (g.state === 'cancelled' ? 0 : g.amount) : p.requestedGrant);
        }, 0);
      const reserveGrants = grants
        .filter((g) => g.lot === lotId && g.state !== 'cancelled')
        .filter((g) => lot.reserveList.includes(g.proposal_id))
        .reduce((s, g) => s + g.amount, 0);
      let free = lot.envelope.value - committed - reserveGrants;
      for (const p of ranking.ranking.proposals.filter((q) => q.lot === lotId)) {
        if (p.decision !== 'selected' && p.decision !== 'reserve') continue;
        const fits = p.decision === 'selected' || p.requestedGrant <= free;
        if (p.decision === 'reserve' && fits && !withGrant.has(p.id)) free -= p.requestedGrant;
        if (withGrant.has(p.id)) continue;
        out.push({
          proposalId: p.id,
          callId: call_id,
          lot: lotId,
          decision: p.decision,
          rank: p.rank,
          requestedGrant: p.requestedGrant,
          fundsAvailable: fits,
        });
      }
    }
  }
  return out;
}

export async function openGrant(deps: ServerDeps, actor: Actor | undefined, proposalId: string) {
  return write(
    deps,
    actor,
    { action: 'grant.open', entityType: 'grant', entityId: proposalId, proposalId },
    () => canOpenGrant(actor),
    async (tx, now) => {
      // Two officers opening the same proposal at once: the proposal row is locked, so the
      // second finds the first one's grant and is told so (409), never a duplicate.
      await tx.selectFrom('proposals').select('id').where('id', '=', proposalId).forUpdate().execute();
      const submitted = await submittedProposal(tx, proposalId);
      if (!submitted) throw notFound('The submitted proposal');
      const existing = await tx
        .selectFrom('grants')
        .select('id')
        .where('proposal_id', '=', proposalId)
        .executeTakeFirst();
      if (existing)
        throw conflict('A grant preparation is open for this proposal already.', { grantId: existing.id });
      const candidate = (await grantCandidates(deps, tx, submitted.callId)).find(
        (c) => c.proposalId === proposalId,
      );
      if (!candidate)
        throw forbidden(
          'Only a proposal the confirmed ranking selected, or one on its reserve list, gets a grant, once the evaluation reports are sent.',
          'not-selected',
        );
      if (!candidate.fundsAvailable)
        throw forbidden(
          "The proposal is on the reserve list and the lot's envelope has no room for it yet.",
          'no-funds',
        );
      const book = await deps.calls.ruleBook(submitted.callId);
      const call = book.calls[submitted.callId]!;
      const content = submitted.content;
      const amount = grantAmount(call, content);
      const funded = Object.keys(content.budget);
      const wps = content.workPackages;
      const matrix = computeBudget(
        wps.map((w) => w.id),
        funded,
        content.budget,
        content.budgetTotals.indirectCostRatePercent,
      );
      const split = splitLumpSum(
        amount,
        funded,
        wps.map((w) => w.id),
        (b, wp) => matrix.cells[b]?.[wp]?.total ?? 0,
      );
      const organisations = await organisationIds(tx, content);
      await tx
        .insertInto('grants')
        .values({
          id: proposalId,
          proposal_id: proposalId,
          call_id: submitted.callId,
          submission_id: submitted.submissionId,
          lot: content.lot,
          state: 'preparation',
          amount,
          duration_months: content.durationMonths,
          periods: reportingPeriods(call, content.durationMonths),
          opened_by: actor!.id,
          opened_at: now,
          confirmed_at: null,
          signed_at: null,
          closed_at: null,
          version: 1,
        })
        .execute();
      await tx
        .insertInto('grant_participants')
        .values(
          content.participants.map((p, position) => ({
            grant_id: proposalId,
            id: p.id,
            position,
            organisation_id: organisations[position] ?? null,
            pic: p.organisation.pic,
            legal_name: p.organisation.legalName,
            country: p.organisation.country,
            type: p.organisation.type,
            role: p.role,
            eche: Boolean(p.eche),
            added_at: now,
            removed_at: null,
          })),
        )
        .execute();
      if (wps.length > 0)
        await tx
          .insertInto('grant_work_packages')
          .values(wps.map((w) => ({ grant_id: proposalId, id: w.id, number: w.number, title: w.title })))
          .execute();
      const cells = split.cells.filter((c) => c.amount > 0);
      if (cells.length > 0)
        await tx
          .insertInto('grant_shares')
          .values(
            cells.map((c) => ({
              grant_id: proposalId,
              participant_id: c.beneficiaryId,
              work_package_id: c.workPackageId,
              amount: c.amount,
            })),
          )
          .execute();
      const after = {
        state: 'preparation',
        amount,
        decision: candidate.decision,
        split: split.byWorkPackage,
      };
      return { result: { id: proposalId }, before: null, after, target: { entityId: proposalId } };
    },
  );
}

/** The registry organisation of each participant, by PIC or by legal name and country. */
async function organisationIds(db: Db, content: ProposalContent): Promise<(string | null)[]> {
  const out: (string | null)[] = [];
  for (const p of content.participants) {
    const o = p.organisation;
    const byPic = o.pic
      ? await db.selectFrom('organisations').select('id').where('pic', '=', o.pic).executeTakeFirst()
      : undefined;
    const row =
      byPic ??
      (await db
        .selectFrom('organisations')
        .select('id')
        .where('legal_name', '=', o.legalName)
        .where('country', '=', o.country)
        .executeTakeFirst());
    out.push(row?.id ?? null);
  }
  return out;
}
