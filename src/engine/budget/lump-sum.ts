/**
 * The lump-sum detailed budget as one matrix: beneficiary × work package × cost category, with
 * the totals the EU workbook derives by macros (per work package, per beneficiary, overall).
 * Whole euros throughout; person-months are a quantity (up to two decimals), not money.
 */
import type { CostCategory } from '../call-definition/types.ts';

export interface PersonnelLine {
  personMonths: number;
  monthlyRate: number;
}

/** What one beneficiary plans to spend on one work package. */
export interface BudgetLine {
  personnel: PersonnelLine;
  subcontracting: number;
  travel: number;
  equipment: number;
  otherGoods: number;
}

/** One beneficiary's lines, keyed by work package id. */
export type BeneficiaryBudget = Record<string, BudgetLine>;

export interface CategoryAmounts {
  personnel: number;
  subcontracting: number;
  travel: number;
  equipment: number;
  otherGoods: number;
  /** The sum of the direct cost categories above. */
  direct: number;
  /** The flat rate on the direct costs. */
  indirect: number;
  total: number;
}

export interface BudgetMatrix {
  workPackageIds: string[];
  beneficiaryIds: string[];
  /** cells[beneficiaryId][workPackageId] */
  cells: Record<string, Record<string, CategoryAmounts>>;
  byBeneficiary: Record<string, CategoryAmounts>;
  byWorkPackage: Record<string, CategoryAmounts>;
  total: CategoryAmounts;
  indirectCostRatePercent: number;
}

export const DIRECT_CATEGORIES = [
  'personnel',
  'subcontracting',
  'travel',
  'equipment',
  'otherGoods',
] as const;

/** The workbook's names for our categories (A, B, C.1, C.2, C.3, E). */
export const CATEGORY_OF: Record<(typeof DIRECT_CATEGORIES)[number] | 'indirect', CostCategory> = {
  personnel: 'personnel',
  subcontracting: 'subcontracting',
  travel: 'travel',
  equipment: 'equipment',
  otherGoods: 'other-goods',
  indirect: 'indirect',
};

export function emptyLine(): BudgetLine {
  return {
    personnel: { personMonths: 0, monthlyRate: 0 },
    subcontracting: 0,
    travel: 0,
    equipment: 0,
    otherGoods: 0,
  };
}

function zero(): CategoryAmounts {
  return {
    personnel: 0,
    subcontracting: 0,
    travel: 0,
    equipment: 0,
    otherGoods: 0,
    direct: 0,
    indirect: 0,
    total: 0,
  };
}

/** Person-months × monthly rate, rounded half up to the euro. Exact for up to two decimals. */
export function personnelCost(line: PersonnelLine): number {
  const hundredths = Math.round(line.personMonths * 100);
  return Math.floor((hundredths * line.monthlyRate + 50) / 100);
}

/** The flat rate on direct costs, rounded half up to the euro, per cell so that sums add up. */
export function indirectCost(direct: number, ratePercent: number): number {
  return Math.floor((direct * ratePercent + 50) / 100);
}

export function cellAmounts(line: BudgetLine, ratePercent: number): CategoryAmounts {
  const personnel = personnelCost(line.personnel);
  const direct = personnel + line.subcontracting + line.travel + line.equipment + line.otherGoods;
  const indirect = indirectCost(direct, ratePercent);
  return {
    personnel,
    subcontracting: line.subcontracting,
    travel: line.travel,
    equipment: line.equipment,
    otherGoods: line.otherGoods,
    direct,
    indirect,
    total: direct + indirect,
  };
}

function add(into: CategoryAmounts, a: CategoryAmounts): void {
  into.personnel += a.personnel;
  into.subcontracting += a.subcontracting;
  into.travel += a.travel;
  into.equipment += a.equipment;
  into.otherGoods += a.otherGoods;
  into.direct += a.direct;
  into.indirect += a.indirect;
  into.total += a.total;
}

/**
 * Totals for the given beneficiaries and work packages. Lines for a work package or beneficiary
 * not in the lists are ignored (the proposal's schema prevents them; the matrix never guesses).
 */
export function computeBudget(
  workPackageIds: string[],
  beneficiaryIds: string[],
  lines: Record<string, BeneficiaryBudget | undefined>,
  indirectCostRatePercent: number,
): BudgetMatrix {
  const cells: BudgetMatrix['cells'] = {};
  const byBeneficiary: BudgetMatrix['byBeneficiary'] = {};
  const byWorkPackage: BudgetMatrix['byWorkPackage'] = {};
  const total = zero();
  for (const wp of workPackageIds) byWorkPackage[wp] = zero();
  for (const b of beneficiaryIds) {
    cells[b] = {};
    byBeneficiary[b] = zero();
    for (const wp of workPackageIds) {
      const line = lines[b]?.[wp];
      const amounts = line ? cellAmounts(line, indirectCostRatePercent) : zero();
      cells[b][wp] = amounts;
      add(byBeneficiary[b], amounts);
      add(byWorkPackage[wp]!, amounts);
      add(total, amounts);
    }
  }
  return {
    workPackageIds,
    beneficiaryIds,
    cells,
    byBeneficiary,
    byWorkPackage,
    total,
    indirectCostRatePercent,
  };
}
