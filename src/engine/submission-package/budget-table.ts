/**
 * The uploaded detailed budget table against the proposal's budget matrix: the totals per
 * beneficiary and per work package must agree, each difference named.
 */
import type { BudgetMatrix } from '../budget/lump-sum.ts';
import type { CallDefinition } from '../call-definition/types.ts';
import type { Finding } from '../eligibility/types.ts';
import type { ProposalDocument } from '../proposal/document.ts';
import type { BudgetTableTotals } from './files.ts';
import { type PackageMessageKey, type PackageParams, packageMessage } from './messages/index.ts';

export const BUDGET_TABLE_AGREES = 'package.budget-table-agrees';

const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');

type DifferenceKey = Exclude<
  Extract<PackageMessageKey, `${typeof BUDGET_TABLE_AGREES}.${string}`>,
  `${typeof BUDGET_TABLE_AGREES}.fix`
>;

function difference<K extends DifferenceKey>(
  call: CallDefinition,
  key: K,
  params: PackageParams<K>,
  facts: Record<string, unknown>,
): Finding {
  return {
    rule: BUDGET_TABLE_AGREES,
    messageKey: key,
    message: packageMessage(key, params),
    fixKey: `${BUDGET_TABLE_AGREES}.fix`,
    fix: packageMessage(`${BUDGET_TABLE_AGREES}.fix`, {}),
    params: params as Record<string, unknown>,
    severity: 'error',
    basis: call.submissionPackage.annexes,
    facts,
    field: 'files.budget-table',
  };
}

export function compareBudgetTable(
  table: BudgetTableTotals,
  doc: ProposalDocument,
  budget: BudgetMatrix,
  call: CallDefinition,
): Finding[] {
  const findings: Finding[] = [];
  const rows = [...table.beneficiaries];
  for (const id of budget.beneficiaryIds) {
    const p = doc.participants.find((q) => q.id === id);
    const name = p?.organisation.legalName ?? id;
    const pic = p?.organisation.pic ?? null;
    const at = rows.findIndex((r) => (pic && r.pic === pic) || norm(r.name) === norm(name));
    const expected = budget.byBeneficiary[id]?.total ?? 0;
    if (at < 0) {
      findings.push(
        difference(
          call,
          'package.budget-table-agrees.no-row',
          { beneficiary: name, expected },
          { beneficiary: name, expected, found: null },
        ),
      );
      continue;
    }
    const [row] = rows.splice(at, 1);
    if (row!.total !== expected) {
      findings.push(
        difference(
          call,
          'package.budget-table-agrees.row-differs',
          { beneficiary: name, expected, found: row!.total },
          { beneficiary: name, expected, found: row!.total },
        ),
      );
    }
  }
  for (const extra of rows) {
    findings.push(
      difference(
        call,
        'package.budget-table-agrees.extra-row',
        { beneficiary: extra.name },
        { beneficiary: extra.name, expected: null, found: extra.total },
      ),
    );
  }
  const columns = new Map(table.workPackages.map((w) => [w.number, w.total]));
  for (const wpId of budget.workPackageIds) {
    const number = doc.workPlan.workPackages.find((w) => w.id === wpId)?.number;
    if (number === undefined) continue;
    const expected = budget.byWorkPackage[wpId]?.total ?? 0;
    const found = columns.get(number);
    columns.delete(number);
    if (found === expected) continue;
    const workPackage = `WP${number}`;
    findings.push(
      found === undefined
        ? difference(
            call,
            'package.budget-table-agrees.no-column',
            { workPackage, expected },
            { workPackage, expected, found: null },
          )
        : difference(
            call,
            'package.budget-table-agrees.column-differs',
            { workPackage, expected, found },
            { workPackage, expected, found },
          ),
    );
  }
  for (const [number, found] of columns) {
    findings.push(
      difference(
        call,
        'package.budget-table-agrees.extra-column',
        { workPackage: `WP${number}` },
        { workPackage: `WP${number}`, expected: null, found },
      ),
    );
  }
  return findings;
}
