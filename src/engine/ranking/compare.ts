/**
 * compareRankings: what changed between two rankings of the same call, per proposal, so the
 * simulator can show "who moves" when an envelope or a threshold changes.
 */
import { LOT_IDS, type Localised, type LotId } from '../call-definition/types.ts';
import { rankingMessage } from './messages/index.ts';
import type { Decision, LotRanking, RankedProposal, Ranking } from './types.ts';

export interface Position {
  lot: LotId;
  rank: number | null;
  decision: Decision;
}

export type Change =
  | 'newly-selected'
  | 'no-longer-selected'
  | 'decision-changed'
  | 'rank-changed'
  | 'unchanged'
  | 'only-before'
  | 'only-after';

export interface ProposalMove {
  id: string;
  before: Position | null;
  after: Position | null;
  change: Change;
  /** Places moved up (positive) or down (negative); null unless ranked in both. */
  rankDelta: number | null;
  summary: Localised;
}

type LotFigures = Pick<LotRanking, 'committed' | 'remaining' | 'cutOff'> & { envelope: number };

export interface RankingComparison {
  call: string;
  /** Every proposal of either ranking: the after-ranking's order, then those only before. */
  proposals: ProposalMove[];
  /** The ids whose decision or rank changed. */
  moved: string[];
  lots: Partial<Record<LotId, { before: LotFigures | null; after: LotFigures | null }>>;
}

function position(p: RankedProposal): Position {
  return { lot: p.lot, rank: p.rank, decision: p.decision };
}

function changeOf(before: Position | null, after: Position | null): Change {
  if (!before) return 'only-after';
  if (!after) return 'only-before';
  if (before.decision !== 'selected' && after.decision === 'selected') return 'newly-selected';
  if (before.decision === 'selected' && after.decision !== 'selected') return 'no-longer-selected';
  if (before.decision !== after.decision) return 'decision-changed';
  if (before.rank !== after.rank) return 'rank-changed';
  return 'unchanged';
}

function describe(id: string, before: Position | null, after: Position | null): Localised {
  return rankingMessage('ranking.move', { id, before, after });
}

function figures(lot: LotRanking | undefined): LotFigures | null {
  if (!lot) return null;
  const { committed, remaining, cutOff } = lot;
  return { envelope: lot.envelope.value, committed, remaining, cutOff };
}

export function compareRankings(before: Ranking, after: Ranking): RankingComparison {
  if (before.call !== after.call) throw new RangeError(`rankings of calls ${before.call} and ${after.call}`);
  const earlier = new Map(before.proposals.map((p) => [p.id, p]));
  const later = new Set(after.proposals.map((p) => p.id));
  const ordered = [...after.proposals, ...before.proposals.filter((p) => !later.has(p.id))];
  const proposals = ordered.map((p): ProposalMove => {
    const was = earlier.get(p.id);
    const b = was ? position(was) : null;
    const a = later.has(p.id) ? position(p) : null;
    const rankDelta = b?.rank != null && a?.rank != null ? b.rank - a.rank : null;
    return {
      id: p.id,
      before: b,
      after: a,
      change: changeOf(b, a),
      rankDelta,
      summary: describe(p.id, b, a),
    };
  });
  const lots: RankingComparison['lots'] = {};
  for (const lot of LOT_IDS.filter((l) => before.lots[l] || after.lots[l])) {
    lots[lot] = { before: figures(before.lots[lot]), after: figures(after.lots[lot]) };
  }
  return {
    call: after.call,
    proposals,
    moved: proposals.filter((m) => m.change !== 'unchanged').map((m) => m.id),
    lots,
  };
}
