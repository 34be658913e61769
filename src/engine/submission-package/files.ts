/**
 * What the checks know of an uploaded file: not its bytes, only the facts read from it at the
 * edge when it was uploaded (the page count of a PDF, the totals of a budget table).
 */
import type { AnnexKind, FileFormat } from '../call-definition/types.ts';

/** The totals read from an uploaded detailed budget table, in whole euros. */
export interface BudgetTableTotals {
  /** One row per beneficiary, as the table names it. */
  beneficiaries: { name: string; pic: string | null; total: number }[];
  /** One total per work package column, by the work package's number (WP1 → 1). */
  workPackages: { number: number; total: number }[];
}

export interface PackageFileFacts {
  id: string;
  kind: AnnexKind;
  format: FileFormat;
  /** The beneficiary a letter of mandate is for; null for the proposal's own files. */
  participantId: string | null;
  name: string;
  /** A PDF's page count. */
  pages?: number;
  /** A budget table's totals. */
  budgetTable?: BudgetTableTotals;
}
