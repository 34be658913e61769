/**
 * The consensus: the rapporteur drafts scores and comments from the individual evaluations, each
 * statement linked to the expert sentences it draws on; the chair sees flags (spread between
 * experts, scores near a threshold, comments that contradict their scores) and nothing changes
 * without someone deciding it. Agreed, it is what the ranking reads.
 */

import type { Kysely } from 'kysely';
import type { ConsensusInput } from '../../contracts/evaluation.ts';
import type { OpenFlag } from '../../contracts/evaluation-expert.ts';
import type { CallDefinition, CriterionId } from '../../engine/call-definition/types.ts';
import { draftConsensus } from '../../engine/evaluation/consensus.ts';
import { flagsForChair, withResolutions } from '../../engine/evaluation/flags.ts';
import { flagsBlockingAgreement } from '../../engine/evaluation/lifecycle.ts';
import { openFlagsMessage } from '../../engine/evaluation/messages/index.ts';
import type {
  ChairFlag,
  FlagResolution,
  IndividualEvaluation,
  ResolvableFlag,
} from '../../engine/evaluation/types.ts';
import type { Actor } from '../auth/actor.ts';
import type { Database } from '../db/schema.ts';
import type { ServerDeps } from '../deps.ts';
import { badRequest, conflict, notFound, unprocessable } from '../errors.ts';
import { enforce, write } from '../operations/write.ts';
import { canEditConsensus, canReadConsensus } from '../policies/evaluation-policies.ts';
import { expertFacts } from './expert-facts.ts';
import { submittedEvaluations } from './expert-work.ts';
import { callClosed } from './screening.ts';
import { evaluationSettings } from './settings.ts';
import { submittedProposal } from './submitted.ts';

async function inputs(deps: ServerDeps, proposalId: string) {
  const p = await submittedProposal(deps.db, proposalId);
  if (!p) throw notFound('A submitted proposal');
  const call = (await deps.calls.ruleBook(p.callId)).calls[p.callId]!;
  const evaluations = await submittedEvaluations(deps, proposalId);
  const assigned = await deps.db
    .selectFrom('assignments')
    .select(['expert_id', 'rapporteur'])
    .where('proposal_id', '=', proposalId)
    .execute();
  return { p, call, evaluations, assigned };
}

function asEngineEvaluations(
  proposalId: string,
  evaluations: Awaited<ReturnType<typeof submittedEvaluations>>,
): IndividualEvaluation[] {
  return evaluations.map((e) => ({
    evaluationId: e.evaluationId,
    expertId: e.expertId,
    proposalId,
    criteria: e.criteria as IndividualEvaluation['criteria'],
  }));
}

/** The chair's flags on a proposal's evaluations, against the consensus scores once drafted. */
function chairFlags(
  call: CallDefinition,
  evaluations: IndividualEvaluation[],
  settings: { spreadPoints: number; nearThresholdPoints: number },
  consensusScores: Partial<Record<CriterionId, number>> | undefined,
  expertNames: Record<string, string>,
): ChairFlag[] {
  if (evaluations.length === 0) return [];
  return flagsForChair(call, evaluations, {
    spreadPoints: settings.spreadPoints,
    nearCriterionThreshold: settings.nearThresholdPoints,
    expertNames,
    ...(consensusScores && { consensus: consensusScores }),
  });
}

/** The flags name experts as the chair knows them. */
const namesOf = (evaluations: { expertId: string; expertName: string }[]) =>
  Object.fromEntries(evaluations.map((e) => [e.expertId, e.expertName]));

function scoresOf(
  report: { criteria: unknown } | undefined,
): Partial<Record<CriterionId, number>> | undefined {
  const stored = report?.criteria as ConsensusInput['criteria'] | undefined;
  return stored
    ? (Object.fromEntries(Object.entries(stored).map(([k, v]) => [k, v.score])) as Partial<
        Record<CriterionId, number>
      >)
    : undefined;
}

/** Every resolution of a proposal's flags (migration 0006), by flag key, with the resolver's name. */
export async function flagResolutions(
  db: Kysely<Database>,
  proposalId: string,
): Promise<Map<string, FlagResolution>> {
  const rows = await db
    .selectFrom('chair_flag_resolutions as r')
    .innerJoin('accounts as a', 'a.id', 'r.resolved_by')
    .select(['r.flag_key', 'r.reason', 'r.resolved_by', 'r.resolved_at', 'a.name'])
    .where('r.proposal_id', '=', proposalId)
    .execute();
  return new Map(
    rows.map((r) => [
      r.flag_key,
      { by: r.resolved_by, byName: r.name, at: r.resolved_at.toISOString(), reason: r.reason },
    ]),
  );
}

/**
 * The chair's flags for the officer's overview of a call, each with its resolution (no policy
 * here: the caller checked it).
 */
export async function proposalFlags(deps: ServerDeps, proposalId: string): Promise<ResolvableFlag[]> {
  const { p, call, evaluations } = await inputs(deps, proposalId);
  const report = await deps.db
    .selectFrom('consensus_reports')
    .select('criteria')
    .where('proposal_id', '=', proposalId)
    .executeTakeFirst();
  const settings = await evaluationSettings(deps.db, p.callId);
  const flags = chairFlags(
    call,
    asEngineEvaluations(proposalId, evaluations),
    settings,
    scoresOf(report),
    namesOf(evaluations),
  );
  return withResolutions(flags, await flagResolutions(deps.db, proposalId));
}

export async function consensusView(deps: ServerDeps, actor: Actor | undefined, proposalId: string) {
  const facts = await expertFacts(deps.db, actor, proposalId);
  const { p, call, evaluations, assigned } = await inputs(deps, proposalId);
  const closed = await callClosed(deps, p.callId);
  enforce(canReadConsensus(actor, facts, closed));
  const report = await deps.db
    .selectFrom('consensus_reports')
    .selectAll()
    .where('proposal_id', '=', proposalId)
    .executeTakeFirst();
  const settings = await evaluationSettings(deps.db, p.callId);
  const engineEvaluations = asEngineEvaluations(proposalId, evaluations);
  return {
    proposal: {
      id: proposalId,
      acronym: p.content.acronym,
      title: p.content.title,
      lot: p.content.lot,
      callId: p.callId,
    },
    criteria: call.awardCriteria.criteria.map((c) => ({
      id: c.id,
      name: c.name,
      maximum: c.maximum.value,
      threshold: c.threshold.value,
    })),
    overallThreshold: call.awardCriteria.overallThreshold.value,
    expected: assigned.length,
    submitted: evaluations.length,
    evaluations,
    draft: engineEvaluations.length > 0 ? draftConsensus(call, engineEvaluations) : null,
    flags: withResolutions(
      chairFlags(call, engineEvaluations, settings, scoresOf(report), namesOf(evaluations)),
      await flagResolutions(deps.db, proposalId),
    ),
    report: report
      ? {
          // The column holds what saveConsensus wrote: each criterion's score, comment, sources.
          criteria: report.criteria as Record<string, { score: number; comment: string; sources: string[] }>,
          status: report.status,
          version: report.version,
          agreedAt: report.agreed_at?.toISOString() ?? null,
        }
      : null,
    canEdit: canEditConsensus(actor, facts, closed).allowed && report?.status !== 'agreed',
  };
}

export async function saveConsensus(
  deps: ServerDeps,
  actor: Actor | undefined,
  proposalId: string,
  input: ConsensusInput,
) {
  const { p, call, evaluations, assigned } = await inputs(deps, proposalId);
  const draft =
    evaluations.length > 0 ? draftConsensus(call, asEngineEvaluations(proposalId, evaluations)) : null;
  const refs = new Set(draft?.criteria.flatMap((c) => c.statements.map((s) => s.ref)) ?? []);
  const problems = [];
  for (const c of call.awardCriteria.criteria) {
    const given = input.criteria[c.id];
    if (given && given.score > c.maximum.value) {
      problems.push({
        field: `criteria.${c.id}.score`,
        expected: `whole points from 0 to ${c.maximum.value}`,
        got: String(given.score),
        code: 'score_range',
        params: { max: c.maximum.value },
      });
    }
    for (const [i, ref] of (given?.sources ?? []).entries()) {
      if (!refs.has(ref))
        problems.push({
          field: `criteria.${c.id}.sources[${i}]`,
          expected: 'a statement of a submitted evaluation',
          got: JSON.stringify(ref),
          code: 'unknown_reference',
        });
    }
  }
  for (const key of Object.keys(input.criteria)) {
    if (!call.awardCriteria.criteria.some((c) => c.id === key))
      problems.push({
        field: `criteria.${key}`,
        expected: 'an award criterion of the call',
        got: JSON.stringify(key),
      });
  }
  if (problems.length > 0) throw badRequest(problems);
  const rapporteur = assigned.find((a) => a.rapporteur)?.expert_id;
  return write(
    deps,
    actor,
    { action: 'consensus.save', entityType: 'consensus_report', entityId: proposalId, proposalId },
    async (tx, now) =>
      canEditConsensus(
        actor,
        await expertFacts(tx, actor, proposalId),
        await callClosed(deps, p.callId, now),
      ),
    async (tx, now) => {
      const row = await tx
        .selectFrom('consensus_reports')
        .selectAll()
        .where('proposal_id', '=', proposalId)
        .forUpdate()
        .executeTakeFirst();
      if (row?.status === 'agreed') throw conflict('The consensus has been agreed and cannot change.', {});
      const current = row?.version ?? 0;
      if (current !== input.version)
        throw conflict(`The consensus was saved after version ${input.version}.`, {
          current: row?.criteria ?? null,
          currentVersion: current,
        });
      if (!rapporteur)
        throw unprocessable('The proposal has no rapporteur: confirm the assignment first.', {});
      const json = JSON.stringify(input.criteria);
      if (row)
        await tx
          .updateTable('consensus_reports')
          .set({ criteria: json, version: current + 1, updated_at: now })
          .where('proposal_id', '=', proposalId)
          .execute();
      else {
        await tx
          .insertInto('consensus_reports')
          .values({
            proposal_id: proposalId,
            rapporteur_id: rapporteur,
            criteria: json,
            status: 'draft',
            version: 1,
            updated_at: now,
            agreed_at: null,
            agreed_by: null,
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

/**
 * Agreeing needs every assigned expert's evaluation, a score and comment on every criterion, and
 * no open chair's flag: each one resolved by the chair with a reason.
 */
export async function agreeConsensus(deps: ServerDeps, actor: Actor | undefined, proposalId: string) {
  const { p, call, evaluations, assigned } = await inputs(deps, proposalId);
  const settings = await evaluationSettings(deps.db, p.callId);
  return write(
    deps,
    actor,
    { action: 'consensus.agree', entityType: 'consensus_report', entityId: proposalId, proposalId },
    async (tx, now) =>
      canEditConsensus(
        actor,
        await expertFacts(tx, actor, proposalId),
        await callClosed(deps, p.callId, now),
      ),
    async (tx, now) => {
      const row = await tx
        .selectFrom('consensus_reports')
        .selectAll()
        .where('proposal_id', '=', proposalId)
        .forUpdate()
        .executeTakeFirst();
      if (!row) throw unprocessable('There is no consensus report to agree yet.', {});
      if (row.status === 'agreed') throw conflict('The consensus has been agreed already.', {});
      if (evaluations.length < assigned.length) {
        throw unprocessable(
          `${assigned.length - evaluations.length} of ${assigned.length} experts have not submitted their evaluation.`,
          {},
        );
      }
      const criteria = row.criteria as ConsensusInput['criteria'];
      const missing = call.awardCriteria.criteria.filter(
        (c) => !criteria[c.id] || criteria[c.id]!.comment.trim().length === 0,
      );
      if (missing.length > 0) {
        throw badRequest(
          missing.map((c) => ({
            field: `criteria.${c.id}`,
            expected: 'a consensus score and comment',
            got: 'nothing',
          })),
        );
      }
      const names = namesOf(evaluations);
      const flags = withResolutions(
        chairFlags(call, asEngineEvaluations(proposalId, evaluations), settings, scoresOf(row), names),
        await flagResolutions(tx, proposalId),
      );
      const open = flagsBlockingAgreement(flags);
      if (open.length > 0) {
        const criterionNames = new Map(call.awardCriteria.criteria.map((c) => [c.id as string, c.name]));
        const openFlags = open.map(
          (f): OpenFlag => ({
            key: f.key,
            id: f.id,
            criterion: f.criterion,
            criterionName: f.criterion === 'overall' ? null : (criterionNames.get(f.criterion) ?? null),
            expertName: f.expertId ? (names[f.expertId] ?? null) : null,
          }),
        );
        const message = openFlagsMessage(
          openFlags.map((f) => ({
            id: f.id,
            criterion: f.criterionName ?? 'overall',
            expertName: f.expertName,
          })),
        );
        throw conflict(message.en, { messages: message, openFlags });
      }
      await tx
        .updateTable('consensus_reports')
        .set({ status: 'agreed', agreed_at: now, agreed_by: actor!.id, version: row.version + 1 })
        .where('proposal_id', '=', proposalId)
        .execute();
      return {
        result: { status: 'agreed', agreedAt: now.toISOString() },
        before: { status: row.status },
        after: { status: 'agreed', criteria },
      };
    },
  );
}
