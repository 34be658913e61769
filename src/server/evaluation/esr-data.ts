/**
 * What an evaluation summary report says about one proposal: the screening outcome, or the
 * consensus scores and comments against the thresholds, the decision and where the proposal
 * stood against the envelope. In the agency's view every comment traces back to the expert
 * statements it draws on.
 */

import type { ConsensusInput } from '../../contracts/evaluation.ts';
import type { Lang, LotId } from '../../engine/call-definition/types.ts';
import type { Finding } from '../../engine/eligibility/types.ts';
import type { Ranking } from '../../engine/ranking/types.ts';
import { brusselsLocal } from '../calls/call-book.ts';
import type { ServerDeps } from '../deps.ts';
import { notFound } from '../errors.ts';
import { submittedEvaluations } from './expert-work.ts';
import { confirmedRanking } from './ranking.ts';
import { submittedProposal } from './submitted.ts';

export interface EsrCriterion {
  id: string;
  name: string;
  score: number;
  maximum: number;
  threshold: number;
  met: boolean;
  comment: string;
  /** The expert statements the comment draws on (agency view only). */
  sources: { ref: string; expert: string; score: number; text: string }[];
}

export interface EsrData {
  lang: Lang;
  agencyView: boolean;
  call: { id: string; identifier: string; topic: string | null };
  proposal: {
    id: string;
    acronym: string;
    title: string;
    lot: string;
    lotName: string;
    coordinator: string;
    submittedAt: string;
    number: number;
  };
  screening: { decision: 'eligible' | 'ineligible'; reason: string; findings: string[] } | null;
  criteria: EsrCriterion[];
  total: number | null;
  overallThreshold: number;
  outcome: {
    decision: string;
    rank: number | null;
    reasons: string[];
    envelope: number;
    committed: number;
    cutOff: number | null;
  } | null;
}

export async function esrData(
  deps: ServerDeps,
  proposalId: string,
  lang: Lang,
  agencyView: boolean,
): Promise<EsrData> {
  const p = await submittedProposal(deps.db, proposalId);
  if (!p) throw notFound('A submitted proposal');
  const call = (await deps.calls.ruleBook(p.callId)).calls[p.callId]!;
  const lot = call.lots[p.content.lot as LotId];
  const screening = await deps.db
    .selectFrom('screenings')
    .selectAll()
    .where('proposal_id', '=', proposalId)
    .executeTakeFirst();
  const report = await deps.db
    .selectFrom('consensus_reports')
    .selectAll()
    .where('proposal_id', '=', proposalId)
    .where('status', '=', 'agreed')
    .executeTakeFirst();
  const consensus = report?.criteria as ConsensusInput['criteria'] | undefined;
  const evaluations = agencyView ? await submittedEvaluations(deps, proposalId) : [];
  const statement = (ref: string) => {
    const m = /^(.+)#(\w+)\.(\d+)$/.exec(ref);
    const e = m && evaluations.find((x) => x.evaluationId === m[1]);
    if (!m || !e) return undefined;
    const sentences = (e.criteria[m[2]!]?.comment ?? '').split(/(?<=[.!?])\s+/);
    return {
      ref,
      expert: e.expertName,
      score: e.criteria[m[2]!]?.score ?? 0,
      text: sentences[Number(m[3])] ?? '',
    };
  };
  const criteria: EsrCriterion[] = consensus
    ? call.awardCriteria.criteria.map((c) => {
        const given = consensus[c.id]!;
        return {
          id: c.id,
          name: c.name[lang],
          score: given.score,
          maximum: c.maximum.value,
          threshold: c.threshold.value,
          met: given.score >= c.threshold.value,
          comment: given.comment,
          sources: agencyView ? given.sources.flatMap((r) => statement(r) ?? []) : [],
        };
      })
    : [];
  const ranking = (await confirmedRanking(deps, p.callId))?.ranking as Ranking | undefined;
  const ranked = ranking?.proposals.find((r) => r.id === proposalId);
  const lotRanking = ranked ? ranking?.lots[ranked.lot] : undefined;
  const coordinator = p.content.participants.find((q) => q.role === 'coordinator');
  return {
    lang,
    agencyView,
    call: { id: p.callId, identifier: call.call.identifier.value, topic: lot?.topic.value ?? null },
    proposal: {
      id: proposalId,
      acronym: p.content.acronym,
      title: p.content.title,
      lot: p.content.lot,
      lotName: lot?.name.value[lang] ?? p.content.lot,
      coordinator: coordinator
        ? `${coordinator.organisation.legalName} (${coordinator.organisation.country})`
        : '',
      submittedAt: `${brusselsLocal(p.submittedAt).date} ${brusselsLocal(p.submittedAt).time} (Brussels)`,
      number: p.number,
    },
    screening: screening
      ? {
          decision: screening.decision,
          reason: screening.reason,
          findings: (screening.engine_findings as Finding[])
            .filter((f) => f.severity === 'error')
            .map((f) => f.message[lang]),
        }
      : null,
    criteria,
    total: consensus ? criteria.reduce((s, c) => s + c.score, 0) : null,
    overallThreshold: call.awardCriteria.overallThreshold.value,
    outcome:
      ranked && lotRanking
        ? {
            decision: ranked.decision,
            rank: ranked.rank,
            reasons: ranked.reasons.map((r) => r[lang]),
            envelope: lotRanking.envelope.value,
            committed: lotRanking.committed,
            cutOff: lotRanking.cutOff,
          }
        : null,
  };
}
