/**
 * The budget as an XLSX workbook laid out like the EU lump-sum detailed budget table: a summary
 * sheet (beneficiaries × work packages), then one sheet per beneficiary with the cost categories
 * as rows and the work packages as columns. Values come from the same matrix the web app shows.
 */
import ExcelJS from 'exceljs';
import type { BudgetMatrix, CategoryAmounts } from '../../engine/budget/lump-sum.ts';
import type { ProposalDocument } from '../../engine/proposal/document.ts';
import { neutraliseWorkbook } from './spreadsheet-cells.ts';

const EUR = '#,##0 "EUR"';

const ROWS: { label: string; key: keyof CategoryAmounts }[] = [
  { label: 'A. Personnel costs', key: 'personnel' },
  { label: 'B. Subcontracting costs', key: 'subcontracting' },
  { label: 'C.1 Travel and subsistence', key: 'travel' },
  { label: 'C.2 Equipment', key: 'equipment' },
  { label: 'C.3 Other goods, works and services', key: 'otherGoods' },
  { label: 'Total direct costs', key: 'direct' },
  { label: 'E. Indirect costs', key: 'indirect' },
  { label: 'Total estimated eligible costs', key: 'total' },
];

function sheetName(index: number, name: string): string {
  // Excel sheet names: at most 31 characters, none of : \ / ? * [ ]
  return `${index + 1} ${name}`.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
}

export async function budgetWorkbook(doc: ProposalDocument, budget: BudgetMatrix): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Alliances';
  const wps = budget.workPackageIds.map((id) => doc.workPlan.workPackages.find((w) => w.id === id)!);
  const names = new Map(doc.participants.map((p) => [p.id, p.organisation.legalName]));

  const summary = wb.addWorksheet('Summary');
  summary.addRow([
    `Detailed budget table: ${doc.general.acronym || '(no acronym)'} ${doc.general.title}`,
  ]).font = { bold: true };
  summary.addRow([
    `Indirect costs: flat rate of ${budget.indirectCostRatePercent} % of the direct costs. Requested grant: ${doc.general.requestedGrant} EUR.`,
  ]);
  summary.addRow([]);
  const header = summary.addRow([
    'Beneficiary',
    'PIC',
    'Country',
    ...wps.map((w) => `WP${w.number} ${w.title}`),
    'Total',
  ]);
  header.font = { bold: true };
  for (const id of budget.beneficiaryIds) {
    const p = doc.participants.find((q) => q.id === id)!;
    summary.addRow([
      names.get(id),
      p.organisation.pic ?? '',
      p.organisation.country,
      ...budget.workPackageIds.map((wp) => budget.cells[id]![wp]!.total),
      budget.byBeneficiary[id]!.total,
    ]);
  }
  const totals = summary.addRow([
    'Total',
    '',
    '',
    ...budget.workPackageIds.map((wp) => budget.byWorkPackage[wp]!.total),
    budget.total.total,
  ]);
  totals.font = { bold: true };
  summary.columns.forEach((c, i) => {
    c.width = i === 0 ? 40 : 18;
    if (i >= 3) c.numFmt = EUR;
  });

  budget.beneficiaryIds.forEach((id, index) => {
    const sheet = wb.addWorksheet(sheetName(index, names.get(id) ?? id));
    sheet.addRow([names.get(id)]).font = { bold: true };
    sheet.addRow([]);
    sheet.addRow(['Cost category', ...wps.map((w) => `WP${w.number}`), 'Total']).font = { bold: true };
    const lines = doc.budgets[id]?.lines ?? {};
    sheet.addRow([
      'A. Person-months',
      ...budget.workPackageIds.map((wp) => lines[wp]?.personnel.personMonths ?? 0),
      '',
    ]);
    sheet.addRow([
      'A. Monthly rate (EUR)',
      ...budget.workPackageIds.map((wp) => lines[wp]?.personnel.monthlyRate ?? 0),
      '',
    ]);
    for (const row of ROWS) {
      const r = sheet.addRow([
        row.label,
        ...budget.workPackageIds.map((wp) => budget.cells[id]![wp]![row.key]),
        budget.byBeneficiary[id]![row.key],
      ]);
      r.eachCell((cell, col) => {
        if (col > 1) cell.numFmt = EUR;
      });
      if (row.key === 'direct' || row.key === 'total') r.font = { bold: true };
    }
    sheet.columns.forEach((c, i) => {
      c.width = i === 0 ? 38 : 16;
    });
  });
  neutraliseWorkbook(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
