/**
 * The public JSON shape of a ranking (spec/rank-format.md), in one language. The fields the
 * contract names (call; per lot envelope, committed, remaining; per proposal id, lot, total,
 * rank, decision, reasons) are there as written; the rest are additions it allows.
 */
import type { CriterionId, Lang, Sourced } from '../call-definition/types.ts';
import { type SourceView, sourceView } from '../eligibility/present.ts';
import type { AppliedThreshold, Decision, EnvelopeOrigin, Ranking } from './types.ts';

export interface ThresholdView {
  value: number;
  /** Present when the simulator replaced the call definition's value: that value. */
  definitionValue?: number;
  source: SourceView;
}

export interface LotView {
  name: string;
  envelope: number;
  committed: number;
  remaining: number;
  cutOff: number | null;
  envelopeFrom: EnvelopeOrigin;
  /** The call definition's envelope and its source, when it gives one. */
  envelopeSource?: SourceView & { value: number };
  selectionRule: string;
  source: SourceView;
  selected: string[];
  reserveList: string[];
  belowThreshold: string[];
}

export interface RankedProposalView {
  id: string;
  lot: string;
  total: number;
  rank: number | null;
  decision: Decision;
  requestedGrant: number;
  cumulative: number | null;
  ecosystem?: string;
  scores: Record<CriterionId, number>;
  reasons: string[];
}

export interface RankView {
  call: string;
  maximumTotal: number;
  thresholds: {
    overall: ThresholdView;
    criteria: Record<string, ThresholdView & { maximum: number }>;
    exAequo: { order: CriterionId[]; source: SourceView };
  };
  lots: Record<string, LotView>;
  proposals: RankedProposalView[];
}

function thresholdView(t: AppliedThreshold): ThresholdView {
  const view: ThresholdView = { value: t.value, source: sourceView(t.basis) };
  if (t.overridden) view.definitionValue = t.basis.value;
  return view;
}

function envelopeSource(basis: Sourced<number>): SourceView & { value: number } {
  return { value: basis.value, ...sourceView(basis) };
}

export function presentRanking(ranking: Ranking, lang: Lang): RankView {
  const lots: Record<string, LotView> = {};
  for (const lot of Object.values(ranking.lots)) {
    const view: LotView = {
      name: lot.name[lang],
      envelope: lot.envelope.value,
      committed: lot.committed,
      remaining: lot.remaining,
      cutOff: lot.cutOff,
      envelopeFrom: lot.envelope.origin,
      selectionRule: lot.selection.value.rule,
      source: sourceView(lot.selection),
      selected: lot.selected,
      reserveList: lot.reserveList,
      belowThreshold: lot.belowThreshold,
    };
    if (lot.envelope.basis) view.envelopeSource = envelopeSource(lot.envelope.basis);
    lots[lot.lot] = view;
  }
  const criteria: RankView['thresholds']['criteria'] = {};
  for (const c of ranking.criteria)
    criteria[c.id] = { maximum: c.maximum.value, ...thresholdView(c.threshold) };
  return {
    call: ranking.call,
    maximumTotal: ranking.maximumTotal,
    thresholds: {
      overall: thresholdView(ranking.overallThreshold),
      criteria,
      exAequo: { order: ranking.exAequo.value, source: sourceView(ranking.exAequo) },
    },
    lots,
    proposals: ranking.proposals.map((p) => {
      const view: RankedProposalView = {
        id: p.id,
        lot: p.lot,
        total: p.total,
        rank: p.rank,
        decision: p.decision,
        requestedGrant: p.requestedGrant,
        cumulative: p.cumulative,
        scores: p.scores,
        reasons: p.reasons.map((r) => r[lang]),
      };
      if (p.ecosystem !== undefined) view.ecosystem = p.ecosystem;
      return view;
    }),
  };
}
