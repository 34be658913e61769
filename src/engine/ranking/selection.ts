/**
 * Selection within a lot's envelope, walking down the ranked list.
 *
 * walk-down: select while the requested grant fits in what remains of the envelope; the first
 * proposal that does not fit, and every one after it, is reserve. The walk stops rather than
 * skipping ahead to a smaller proposal, so that a lower-ranked proposal is never funded in place
 * of a better one.
 *
 * one-per-ecosystem (2021 Lot 2): as walk-down, except that a proposal whose ecosystem already
 * has a selected proposal is skipped (reserve, with the reason) and the walk continues past it.
 */
import type { Localised, LotId, SelectionRule } from '../call-definition/types.ts';
import { rankingMessage } from './messages/index.ts';

export interface Candidate {
  id: string;
  rank: number;
  requestedGrant: number;
  ecosystem?: string;
}

export interface SelectionDecision {
  decision: 'selected' | 'reserve';
  reasons: Localised[];
  /** The lot's committed amount once this proposal is selected; null for reserve. */
  cumulative: number | null;
}

export interface LotSelection {
  decisions: Map<string, SelectionDecision>;
  committed: number;
}

/** Decides each candidate of one lot; `ranked` is in rank order (1 first). */
export function selectWithinEnvelope(
  lot: LotId,
  ranked: readonly Candidate[],
  envelope: number,
  rule: SelectionRule,
): LotSelection {
  const decisions = new Map<string, SelectionDecision>();
  const selectedByEcosystem = new Map<string, Candidate>();
  let committed = 0;
  let stoppedAt: Candidate | undefined;
  for (const candidate of ranked) {
    const remaining = envelope - committed;
    const holder =
      rule.rule === 'one-per-ecosystem' && candidate.ecosystem !== undefined
        ? selectedByEcosystem.get(candidate.ecosystem)
        : undefined;
    if (holder || stoppedAt) {
      const reasons: Localised[] = [];
      if (holder && candidate.ecosystem !== undefined)
        reasons.push(
          rankingMessage('ranking.ecosystem-taken', {
            lot,
            ecosystem: candidate.ecosystem,
            holderId: holder.id,
            holderRank: holder.rank,
          }),
        );
      if (stoppedAt)
        reasons.push(
          rankingMessage('ranking.after-stop', { stopRank: stoppedAt.rank, stopId: stoppedAt.id }),
        );
      decisions.set(candidate.id, { decision: 'reserve', reasons, cumulative: null });
      continue;
    }
    if (candidate.requestedGrant > remaining) {
      stoppedAt = candidate;
      decisions.set(candidate.id, {
        decision: 'reserve',
        reasons: [
          rankingMessage('ranking.does-not-fit', {
            requested: candidate.requestedGrant,
            remaining,
            envelope,
          }),
        ],
        cumulative: null,
      });
      continue;
    }
    committed += candidate.requestedGrant;
    if (candidate.ecosystem !== undefined && !selectedByEcosystem.has(candidate.ecosystem))
      selectedByEcosystem.set(candidate.ecosystem, candidate);
    decisions.set(candidate.id, {
      decision: 'selected',
      reasons: [
        rankingMessage('ranking.selected', {
          rank: candidate.rank,
          lot,
          requested: candidate.requestedGrant,
          remaining,
          envelope,
        }),
      ],
      cumulative: committed,
    });
  }
  return { decisions, committed };
}
