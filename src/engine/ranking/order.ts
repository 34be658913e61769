/**
 * The order of proposals within a lot: higher total first; equal totals by the call's ex-aequo
 * criteria in the order the call gives them (higher score first), then by id. The id makes the
 * order total, so the ranking never depends on the order in which proposals were given.
 */
import type { CriterionId } from '../call-definition/types.ts';

export interface Scored {
  id: string;
  total: number;
  scores: Record<CriterionId, number>;
}

/**
 * Ids compare by UTF-16 code units, not by locale: the same order on every machine and in every
 * browser ("10" sorts before "9"; ids are labels, not numbers).
 */
function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

export function rankingOrder(exAequo: readonly CriterionId[]): (a: Scored, b: Scored) => number {
  return (a, b) => {
    if (a.total !== b.total) return b.total - a.total;
    for (const criterion of exAequo) {
      const difference = b.scores[criterion] - a.scores[criterion];
      if (difference !== 0) return difference;
    }
    return compareIds(a.id, b.id);
  };
}
