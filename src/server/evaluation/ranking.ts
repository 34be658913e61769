/**
 * Ranking and selection per lot within its envelope, from the agreed consensus scores of the
 * proposals that passed screening. The simulator ranks with other envelopes or thresholds and
 * shows who moves; nothing is stored until an officer confirms.
 */

import { randomUUID } from 'node:crypto';
import type { RankingRequest } from '../../contracts/evaluation.ts';
import type { CriterionId, LotId } from '../../engine/call-definition/types.ts';
import { compareRankings } from '../../engine/ranking/compare.ts';
import { overrideProblems } from '../../engine/ranking/overrides.ts';
import { rankProposals } from '../../engine/ranking/rank.ts';
import type { RankInput, Ranking, RankingOverrides } from '../../engine/ranking/types.ts';
import type { Actor } from '../auth/actor.ts';
import type { ServerDeps } from '../deps.ts';
import { badRequest, unprocessable } from '../errors.ts';
import { enforce, type Tx, write } from '../operations/write.ts';
import { canRunEvaluation } from '../policies/evaluation-policies.ts';
import { callClosed, screenedEligible } from './screening.ts';

/** The ranking input from agreed consensus reports; proposals still without one are listed as pending. */
export async function rankingInput(
  deps: ServerDeps,
  callId: string,
  envelopes: RankInput['envelopes'],
  db: ServerDeps['db'] | Tx = deps.db,
) {
  const proposals = await screenedEligible(deps, callId, db);
  const ids = proposals.map((p) => p.proposalId);
  const reports = ids.length
    ? await db
        .selectFrom('consensus_reports')
        .select(['proposal_id', 'criteria', 'status'])
        .where('proposal_id', 'in', ids)
        .execute()
    : [];
  const agreed = new Map(
    reports
      .filter((r) => r.status === 'agreed')
      .map((r) => [r.proposal_id, r.criteria as Record<string, { score: number }>]),
  );
  const input: RankInput = { call: callId, envelopes, proposals: [] };
  const pending: { id: string; acronym: string }[] = [];
  for (const p of proposals) {
    const criteria = agreed.get(p.proposalId);
    if (!criteria) {
      pending.push({ id: p.proposalId, acronym: p.content.acronym });
      continue;
    }
    const scores = Object.fromEntries(Object.entries(criteria).map(([k, v]) => [k, v.score])) as Record<
      CriterionId,
      number
    >;
    input.proposals.push({
      id: p.proposalId,
      lot: p.content.lot as LotId,
      requestedGrant: p.content.requestedGrant,
      ...(p.content.ecosystem && { ecosystem: p.content.ecosystem }),
      scores,
    });
  }
  const acronyms = Object.fromEntries(proposals.map((p) => [p.proposalId, p.content.acronym]));
  const names = Object.fromEntries(
    proposals.map((p) => [p.proposalId, { acronym: p.content.acronym, title: p.content.title }]),
  );
  return { input, pending, acronyms, names };
}

export async function confirmedRanking(
  deps: ServerDeps,
  callId: string,
  db: ServerDeps['db'] | Tx = deps.db,
) {
  const row = await db
    .selectFrom('rankings')
    .selectAll()
    .where('call_id', '=', callId)
    .orderBy('confirmed_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row
    ? {
        id: row.id,
        envelopes: row.envelopes as RankInput['envelopes'],
        overrides: row.overrides as RankingOverrides,
        ranking: row.result as Ranking,
        confirmedAt: row.confirmed_at.toISOString(),
        reportsSentAt: row.reports_sent_at?.toISOString() ?? null,
      }
    : undefined;
}

async function rank(
  deps: ServerDeps,
  callId: string,
  request: RankingRequest,
  db: ServerDeps['db'] | Tx = deps.db,
) {
  const book = await deps.calls.ruleBook(callId);
  const call = book.calls[callId]!;
  const overrides: RankingOverrides = {};
  if (request.overallThreshold !== undefined) overrides.overallThreshold = request.overallThreshold;
  if (request.criterionThresholds) overrides.criterionThresholds = request.criterionThresholds;
  const problems = overrideProblems(call, overrides);
  if (problems.length > 0) throw badRequest(problems);
  const { input, pending, acronyms } = await rankingInput(deps, callId, request.envelopes, db);
  const missing = [...new Set(input.proposals.map((p) => p.lot))].filter(
    (lot) => input.envelopes[lot] === undefined && call.lots[lot]?.envelope === undefined,
  );
  if (missing.length > 0) {
    throw badRequest(
      missing.map((lot) => ({
        field: `envelopes.${lot}`,
        expected: `the budget available for ${lot}, in whole euros`,
        got: 'nothing',
      })),
    );
  }
  return { ranking: rankProposals(call, input, overrides), overrides, pending, acronyms };
}

/** What-if: rank with these envelopes and thresholds, compare with the confirmed ranking; save nothing. */
export async function simulateRanking(
  deps: ServerDeps,
  actor: Actor | undefined,
  callId: string,
  request: RankingRequest,
) {
  enforce(canRunEvaluation(actor, await callClosed(deps, callId)));
  const { ranking, pending, acronyms } = await rank(deps, callId, request);
  const confirmed = await confirmedRanking(deps, callId);
  return {
    ranking,
    pending,
    acronyms,
    comparedWith: confirmed ? 'confirmed' : null,
    changes: confirmed ? compareRankings(confirmed.ranking, ranking) : null,
  };
}

export async function confirmRanking(
  deps: ServerDeps,
  actor: Actor | undefined,
  callId: string,
  request: RankingRequest,
) {
  const id = randomUUID();
  return write(
    deps,
    actor,
    { action: 'ranking.confirm', entityType: 'ranking', entityId: id },
    async (_tx, now) => canRunEvaluation(actor, await callClosed(deps, callId, now)),
    async (tx, now) => {
      const { ranking, overrides, pending } = await rank(deps, callId, request, tx);
      if (pending.length > 0) {
        throw unprocessable(
          `${pending.length} proposals have no agreed consensus yet; the ranking is confirmed when all have.`,
          { pending },
        );
      }
      const before = await confirmedRanking(deps, callId, tx);
      await tx
        .insertInto('rankings')
        .values({
          id,
          call_id: callId,
          envelopes: JSON.stringify(request.envelopes),
          overrides: JSON.stringify(overrides),
          result: JSON.stringify(ranking),
          confirmed_by: actor!.id,
          confirmed_at: now,
          reports_sent_at: null,
        })
        .execute();
      const decisions = (r: Ranking) =>
        Object.fromEntries(r.proposals.map((p) => [p.id, { rank: p.rank, decision: p.decision }]));
      return {
        result: { id, ranking },
        before: before ? decisions(before.ranking) : null,
        after: decisions(ranking),
      };
    },
  );
}
