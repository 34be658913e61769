/**
 * The lump-sum split: the grant shared out per beneficiary and work package in proportion to the
 * estimated costs of each cell of the budget matrix, in whole euros. Each cell gets the floor of
 * its proportional share; the euros left over go one each to the cells with the largest
 * remainders (ties in beneficiary, then work-package order), so the parts add up to the grant
 * exactly and the same budget always gives the same split.
 */

export interface SplitCell {
  beneficiaryId: string;
  workPackageId: string;
  amount: number;
}

export interface LumpSumSplit {
  grant: number;
  cells: SplitCell[];
  byWorkPackage: Record<string, number>;
  byBeneficiary: Record<string, number>;
}

function assertWholeEuros(amount: number, what: string): void {
  if (!Number.isSafeInteger(amount) || amount < 0)
    throw new RangeError(`${what} must be whole euros, got ${amount}`);
}

/**
 * `weight(b, wp)` is the cell's estimated cost (whole euros). When every weight is zero the grant
 * is shared equally over the cells, so a grant is never left unassigned.
 */
export function splitLumpSum(
  grant: number,
  beneficiaryIds: readonly string[],
  workPackageIds: readonly string[],
  weight: (beneficiaryId: string, workPackageId: string) => number,
): LumpSumSplit {
  assertWholeEuros(grant, 'grant');
  const keys: { b: string; wp: string; w: bigint }[] = [];
  for (const b of beneficiaryIds)
    for (const wp of workPackageIds) {
      const w = weight(b, wp);
      assertWholeEuros(w, `the cost of ${b} in ${wp}`);
      keys.push({ b, wp, w: BigInt(w) });
    }
  const byWorkPackage: Record<string, number> = Object.fromEntries(workPackageIds.map((wp) => [wp, 0]));
  const byBeneficiary: Record<string, number> = Object.fromEntries(beneficiaryIds.map((b) => [b, 0]));
  if (keys.length === 0) {
    if (grant > 0) throw new RangeError('a grant cannot be split over no beneficiary or work package');
    return { grant, cells: [], byWorkPackage, byBeneficiary };
  }
  let total = keys.reduce((s, k) => s + k.w, 0n);
  if (total === 0n) {
    for (const k of keys) k.w = 1n;
    total = BigInt(keys.length);
  }
  const g = BigInt(grant);
  const parts = keys.map((k, order) => ({
    ...k,
    order,
    base: (g * k.w) / total,
    remainder: (g * k.w) % total,
  }));
  let left = g - parts.reduce((s, p) => s + p.base, 0n);
  const byRemainder = [...parts].sort((x, y) =>
    x.remainder === y.remainder ? x.order - y.order : x.remainder > y.remainder ? -1 : 1,
  );
  for (const p of byRemainder) {
    if (left === 0n) break;
    p.base += 1n;
    left -= 1n;
  }
  const cells = parts.map((p) => ({ beneficiaryId: p.b, workPackageId: p.wp, amount: Number(p.base) }));
  for (const c of cells) {
    byWorkPackage[c.workPackageId] = (byWorkPackage[c.workPackageId] ?? 0) + c.amount;
    byBeneficiary[c.beneficiaryId] = (byBeneficiary[c.beneficiaryId] ?? 0) + c.amount;
  }
  return { grant, cells, byWorkPackage, byBeneficiary };
}

/** Sums of a list of cells per work package and per beneficiary (cells as stored). */
export function splitFromCells(cells: readonly SplitCell[]): LumpSumSplit {
  const byWorkPackage: Record<string, number> = {};
  const byBeneficiary: Record<string, number> = {};
  let grant = 0;
  for (const c of cells) {
    byWorkPackage[c.workPackageId] = (byWorkPackage[c.workPackageId] ?? 0) + c.amount;
    byBeneficiary[c.beneficiaryId] = (byBeneficiary[c.beneficiaryId] ?? 0) + c.amount;
    grant += c.amount;
  }
  return { grant, cells: [...cells], byWorkPackage, byBeneficiary };
}

/** A beneficiary leaving a signed grant: its cells pass to the coordinator, so every work package keeps its share. */
export function moveShares(cells: readonly SplitCell[], from: string, to: string): SplitCell[] {
  const moved = new Map<string, number>();
  const kept: SplitCell[] = [];
  for (const c of cells) {
    if (c.beneficiaryId === from) moved.set(c.workPackageId, (moved.get(c.workPackageId) ?? 0) + c.amount);
    else kept.push({ ...c });
  }
  for (const [wp, amount] of moved) {
    const target = kept.find((c) => c.beneficiaryId === to && c.workPackageId === wp);
    if (target) target.amount += amount;
    else kept.push({ beneficiaryId: to, workPackageId: wp, amount });
  }
  return kept;
}
