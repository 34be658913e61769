/**
 * The submission package's findings in English: message and fix per key, from the facts the
 * checks hand over (../package-findings.ts, ../page-limit.ts, ../budget-table.ts). ./da.ts has
 * the same keys with the same facts. Amounts are whole euros, written as the table has them.
 */
import type { Localised } from '../../call-definition/types.ts';
import type { Catalogue } from '../../i18n/catalogue.ts';
import { plural } from '../../i18n/format.ts';

/** A missing file: the annex by its name in the call, and the beneficiary a letter of mandate is for. */
export interface AnnexParams {
  annex: Localised;
  /** The beneficiary's name, for a file per beneficiary; null for the proposal's own files. */
  forName: string | null;
  /** The format the call asks for: "PDF", "XLSX". */
  format: string;
}

export interface PageLimitParams {
  pages: number;
  limit: number;
  /** The pages over the limit, as a range: "121–124", or "121". */
  over: string;
}

export interface BeneficiaryRowParams {
  beneficiary: string;
  expected: number;
}

export interface WorkPackageColumnParams {
  /** "WP2". */
  workPackage: string;
  expected: number;
}

const annexName = (p: AnnexParams) => (p.forName ? `${p.annex.en} for ${p.forName}` : p.annex.en);
const overCount = (p: PageLimitParams) => p.pages - p.limit;

export const en = {
  'package.annex-missing.missing': (p: AnnexParams) => `${annexName(p)} has not been uploaded.`,
  'package.annex-missing.fix': (p: AnnexParams) => `Upload ${annexName(p)} (${p.format}) under Files.`,
  'package.part-b-page-limit.failed': (p: PageLimitParams) =>
    `Part B has ${p.pages} ${plural(p.pages, 'en', { one: 'page', other: 'pages' })}: ${plural(overCount(p), 'en', { one: 'page', other: 'pages' })} ${p.over} ${plural(overCount(p), 'en', { one: 'is', other: 'are' })} over the limit of ${p.limit}.`,
  'package.part-b-page-limit.fix': (p: { limit: number }) =>
    `Shorten Part B to at most ${p.limit} ${plural(p.limit, 'en', { one: 'page', other: 'pages' })} and upload it again.`,
  'package.budget-table-agrees.no-row': (p: BeneficiaryRowParams) =>
    `The budget table has no row for ${p.beneficiary} (${p.expected} EUR in the proposal's budget).`,
  'package.budget-table-agrees.row-differs': (p: BeneficiaryRowParams & { found: number }) =>
    `${p.beneficiary}: the budget table says ${p.found} EUR, the proposal's budget ${p.expected} EUR.`,
  'package.budget-table-agrees.extra-row': (p: { beneficiary: string }) =>
    `The budget table has a row for ${p.beneficiary}, who is not a beneficiary of the proposal.`,
  'package.budget-table-agrees.no-column': (p: WorkPackageColumnParams) =>
    `The budget table has no column for ${p.workPackage} (${p.expected} EUR in the proposal's budget).`,
  'package.budget-table-agrees.column-differs': (p: WorkPackageColumnParams & { found: number }) =>
    `${p.workPackage}: the budget table says ${p.found} EUR, the proposal's budget ${p.expected} EUR.`,
  'package.budget-table-agrees.extra-column': (p: { workPackage: string }) =>
    `The budget table has a column for ${p.workPackage}, which the work plan does not have.`,
  'package.budget-table-agrees.fix': () =>
    'Correct the budget in the platform or in the table so that they agree, then upload the table again (the budget tab exports a table that agrees).',
} satisfies Catalogue;

export type PackageMessageKey = keyof typeof en;
