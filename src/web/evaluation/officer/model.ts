/** Pure helpers of the officer's pages: what the tables count, and how forms become request bodies. */

import type { Problem } from '../../../contracts/common.ts';
import type { ProgressItem, RankingRequest, ScreeningItem } from '../../../contracts/evaluation-agency.ts';
import type { CriterionId, LotId } from '../../../engine/call-definition/types.ts';
import type { Ranking } from '../../../engine/ranking/types.ts';

/** The calls whose deadline has passed, newest first, with how many proposals were submitted to each. */
export function closedCalls<C extends { id: string; open: boolean; deadline: { utc: string } }>(
  calls: readonly C[],
  proposals: readonly { callId: string; lastSubmittedAt: string | null; state: string }[],
  now: number,
): (C & { submitted: number })[] {
  return calls
    .filter((c) => !c.open && Date.parse(c.deadline.utc) <= now)
    .map((c) => ({
      ...c,
      submitted: proposals.filter((p) => p.callId === c.id && p.state === 'submitted' && p.lastSubmittedAt)
        .length,
    }))
    .sort((a, b) => Date.parse(b.deadline.utc) - Date.parse(a.deadline.utc));
}

/** What the server says about one field of a failed request, for the error next to that field. */
export function fieldProblem(error: unknown, field: string): string | undefined {
  const problems = (error as { problems?: Problem[] } | undefined)?.problems;
  const p = Array.isArray(problems) ? problems.find((x) => x.field === field) : undefined;
  return p?.expected;
}

/** "vet, digital ,, stem" → ["vet", "digital", "stem"]. */
export function splitList(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export interface ScreeningCounts {
  total: number;
  decided: number;
  eligible: number;
  ineligible: number;
  overridden: number;
}

export function screeningCounts(items: readonly ScreeningItem[]): ScreeningCounts {
  const decided = items.filter((i) => i.decision);
  return {
    total: items.length,
    decided: decided.length,
    eligible: decided.filter((i) => i.decision!.decision === 'eligible').length,
    ineligible: decided.filter((i) => i.decision!.decision === 'ineligible').length,
    overridden: decided.filter((i) => i.decision!.overridden).length,
  };
}

export interface ProgressCounts {
  proposals: number;
  screened: number;
  assigned: number;
  /** Individual evaluations submitted, of those expected (one per assigned expert). */
  evaluationsSubmitted: number;
  evaluationsExpected: number;
  consensusAgreed: number;
}

export function progressCounts(items: readonly ProgressItem[]): ProgressCounts {
  const experts = items.flatMap((i) => i.experts);
  return {
    proposals: items.length,
    screened: items.filter((i) => i.screening !== null).length,
    assigned: items.filter((i) => i.experts.length > 0).length,
    evaluationsSubmitted: experts.filter((e) => e.evaluation === 'submitted').length,
    evaluationsExpected: experts.length,
    consensusAgreed: items.filter((i) => i.consensus === 'agreed').length,
  };
}

/** The default decision of the screening form: the engine's verdict, or the decision on record. */
export function defaultDecision(item: ScreeningItem): 'eligible' | 'ineligible' {
  return item.decision?.decision ?? (item.engine.eligible ? 'eligible' : 'ineligible');
}

/** Whether choosing `decision` goes against the engine's verdict (the server records it as an override). */
export function overridesEngine(item: ScreeningItem, decision: 'eligible' | 'ineligible'): boolean {
  return (decision === 'eligible') !== item.engine.eligible;
}

/** The reason an audit entry of a manual change records (its diff holds the change's body). */
export function reasonOf(
  changes: readonly { path: string; old?: unknown; new?: unknown }[],
): string | undefined {
  for (const c of changes) {
    if (c.path === 'reason' && typeof c.new === 'string') return c.new;
    const v = c.new as { reason?: unknown } | undefined;
    if (v && typeof v === 'object' && typeof v.reason === 'string') return v.reason;
  }
  return undefined;
}

/** The what-if form: an envelope per lot, the overall threshold and one per criterion. */
export interface RankingForm {
  envelopes: Partial<Record<LotId, number>>;
  overallThreshold: number;
  criterionThresholds: Partial<Record<CriterionId, number>>;
}

export function formOf(ranking: Ranking): RankingForm {
  const envelopes: RankingForm['envelopes'] = {};
  for (const [lot, r] of Object.entries(ranking.lots) as [LotId, { envelope: { value: number } }][])
    envelopes[lot] = r.envelope.value;
  return {
    envelopes,
    overallThreshold: ranking.overallThreshold.value,
    criterionThresholds: Object.fromEntries(ranking.criteria.map((c) => [c.id, c.threshold.value])),
  };
}

/** The request for the form: thresholds only where they differ from the call definition's. */
export function requestOf(form: RankingForm, ranking: Ranking): RankingRequest {
  const request: RankingRequest = { envelopes: { ...form.envelopes } };
  if (form.overallThreshold !== ranking.overallThreshold.basis.value)
    request.overallThreshold = form.overallThreshold;
  const changed = ranking.criteria.filter(
    (c) =>
      form.criterionThresholds[c.id] !== undefined &&
      form.criterionThresholds[c.id] !== c.threshold.basis.value,
  );
  if (changed.length > 0)
    request.criterionThresholds = Object.fromEntries(
      changed.map((c) => [c.id, form.criterionThresholds[c.id]!]),
    );
  return request;
}
