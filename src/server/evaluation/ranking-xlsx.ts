/** The confirmed ranking as XLSX: a sheet per lot with rank, scores, total, grant, cumulative, decision. */
import ExcelJS from 'exceljs';
import type { Ranking } from '../../engine/ranking/types.ts';
import { neutraliseWorkbook } from '../exports/spreadsheet-cells.ts';

export async function rankingWorkbook(ranking: Ranking, acronyms: Record<string, string>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Alliances';
  const criteria = ranking.criteria.map((c) => c.id);
  for (const lot of Object.values(ranking.lots)) {
    const sheet = wb.addWorksheet(lot.lot);
    sheet.addRow([
      `${lot.name.en}: envelope ${lot.envelope.value} EUR, committed ${lot.committed} EUR, remaining ${lot.remaining} EUR`,
    ]).font = { bold: true };
    sheet.addRow([]);
    sheet.addRow([
      'Rank',
      'Proposal',
      'Acronym',
      ...criteria,
      'Total',
      'Requested grant (EUR)',
      'Cumulative (EUR)',
      'Decision',
      'Reasons',
    ]).font = { bold: true };
    const rows = ranking.proposals.filter((p) => p.lot === lot.lot);
    for (const p of rows) {
      sheet.addRow([
        p.rank ?? '',
        p.id,
        acronyms[p.id] ?? '',
        ...criteria.map((c) => p.scores[c]),
        p.total,
        p.requestedGrant,
        p.cumulative ?? '',
        p.decision,
        p.reasons.map((r) => r.en).join(' '),
      ]);
    }
    sheet.columns.forEach((c, i) => {
      c.width = i === 1 ? 38 : i === sheet.columnCount - 1 ? 80 : 14;
    });
  }
  neutraliseWorkbook(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
