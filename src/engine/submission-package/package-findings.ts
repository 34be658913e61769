/**
 * The submission package's findings: the files the call names that are missing, Part B over its
 * page limit, and a budget table that disagrees with the proposal's budget.
 */
import type { BudgetMatrix } from '../budget/lump-sum.ts';
import type { AnnexDefinition, CallDefinition } from '../call-definition/types.ts';
import type { Finding } from '../eligibility/types.ts';
import { budgetHolders, type ProposalDocument } from '../proposal/document.ts';
import { compareBudgetTable } from './budget-table.ts';
import type { PackageFileFacts } from './files.ts';
import { packageMessage } from './messages/index.ts';
import { partBPageLimitFinding } from './page-limit.ts';

export const ANNEX_MISSING = 'package.annex-missing';

/**
 * A missing mandatory file is an error: the call requires Part B, the detailed budget table and
 * a letter of mandate per beneficiary other than the coordinator for admissibility, so a
 * proposal without one of them cannot be submitted.
 */
function missing(
  annex: AnnexDefinition,
  call: CallDefinition,
  forName?: string,
  participantId?: string,
): Finding {
  const params = { annex: annex.name, forName: forName ?? null, format: annex.format.toUpperCase() };
  return {
    rule: ANNEX_MISSING,
    messageKey: `${ANNEX_MISSING}.missing`,
    message: packageMessage(`${ANNEX_MISSING}.missing`, params),
    fixKey: `${ANNEX_MISSING}.fix`,
    fix: packageMessage(`${ANNEX_MISSING}.fix`, params),
    params,
    severity: 'error',
    basis: call.submissionPackage.annexes,
    facts: { kind: annex.kind, participantId: participantId ?? null },
    field: `files.${annex.kind}`,
  };
}

/** The beneficiaries that give the coordinator a mandate: every one but the coordinator. */
export function mandateGivers(doc: ProposalDocument) {
  return budgetHolders(doc).filter((p) => p.role !== 'coordinator');
}

export function packageFindings(
  doc: ProposalDocument,
  call: CallDefinition,
  budget: BudgetMatrix,
  files: PackageFileFacts[],
): Finding[] {
  const findings: Finding[] = [];
  for (const annex of call.submissionPackage.annexes.value) {
    if (!annex.required) continue;
    if (annex.per === 'proposal') {
      if (!files.some((f) => f.kind === annex.kind)) findings.push(missing(annex, call));
      continue;
    }
    for (const p of mandateGivers(doc)) {
      if (!files.some((f) => f.kind === annex.kind && f.participantId === p.id))
        findings.push(missing(annex, call, p.organisation.legalName || p.id, p.id));
    }
  }
  for (const f of files) {
    if (f.kind === 'part-b' && f.pages !== undefined) {
      const over = partBPageLimitFinding(f.pages, call);
      if (over) findings.push(over);
    }
    if (f.kind === 'budget-table' && f.budgetTable) {
      findings.push(...compareBudgetTable(f.budgetTable, doc, budget, call));
    }
  }
  return [
    ...findings.filter((f) => f.severity === 'error'),
    ...findings.filter((f) => f.severity === 'warning'),
  ];
}
