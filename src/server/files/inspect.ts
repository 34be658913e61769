/**
 * What a stored file is, read from its content and never from its name: a PDF starts with
 * %PDF- and must parse (its page count is read from it); an XLSX is a ZIP container that the
 * spreadsheet library opens. A file that claims a format and does not parse is damaged.
 */
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';
import type { FileFormat } from '../../engine/call-definition/types.ts';
import type { BudgetTableTotals } from '../../engine/submission-package/files.ts';

export type Recognised = FileFormat | 'unknown';

export function recognise(head: Buffer): Recognised {
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'xlsx';
  return 'unknown';
}

export const MEDIA_TYPES: Record<FileFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export class DamagedFile extends Error {}

/**
 * The page count of a PDF. pdf-lib parses from bytes, so the file is read into memory here,
 * at most the call's file-size limit (the upload refused anything larger before this).
 */
export async function pdfPageCount(content: Readable): Promise<number> {
  const parts: Buffer[] = [];
  for await (const part of content) parts.push(Buffer.from(part));
  try {
    const pdf = await PDFDocument.load(Buffer.concat(parts), {
      ignoreEncryption: true,
      updateMetadata: false,
    });
    const pages = pdf.getPageCount();
    if (pages < 1) throw new DamagedFile('the PDF has no pages');
    return pages;
  } catch (error) {
    if (error instanceof DamagedFile) throw error;
    throw new DamagedFile('the PDF cannot be read: it is damaged or not a PDF');
  }
}

export async function openWorkbook(content: Readable): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.read(content);
  } catch {
    throw new DamagedFile('the spreadsheet cannot be read: it is damaged or not an XLSX workbook');
  }
  if (wb.worksheets.length === 0) throw new DamagedFile('the spreadsheet has no sheets');
  return wb;
}

const cellText = (v: ExcelJS.CellValue): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'result' in v) return String(v.result ?? '');
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return String(v);
};

const cellNumber = (v: ExcelJS.CellValue): number | undefined => {
  const raw = typeof v === 'object' && v !== null && 'result' in v ? v.result : v;
  if (typeof raw === 'number' && Number.isFinite(raw)) return Math.round(raw);
  if (typeof raw === 'string' && /^\s*-?[\d ,.]+\s*(EUR)?\s*$/.test(raw)) {
    const n = Number(raw.replace(/[^\d.-]/g, ''));
    return Number.isFinite(n) ? Math.round(n) : undefined;
  }
  return undefined;
};

/**
 * The totals of a detailed budget table laid out as the platform's export (budget.xlsx): the
 * first sheet has a header row starting "Beneficiary" with a column per work package ("WP1 …")
 * and a "Total" column; a row per beneficiary; the row "Total" holds the totals per work package.
 */
export function budgetTableTotals(wb: ExcelJS.Workbook): BudgetTableTotals {
  const sheet = wb.worksheets[0]!;
  let headerRow: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (!headerRow && cellText(row.getCell(1).value).trim().toLowerCase() === 'beneficiary') headerRow = row;
  });
  if (!headerRow)
    throw new DamagedFile(
      'the budget table has no header row starting with "Beneficiary" on its first sheet',
    );
  const wpColumns: { col: number; number: number }[] = [];
  let totalCol: number | undefined;
  let picCol: number | undefined;
  headerRow.eachCell((cell, col) => {
    const text = cellText(cell.value).trim();
    const wp = /^WP\s*(\d+)\b/i.exec(text);
    if (wp) wpColumns.push({ col, number: Number(wp[1]) });
    else if (/^total$/i.test(text)) totalCol = col;
    else if (/^pic$/i.test(text)) picCol = col;
  });
  if (totalCol === undefined) throw new DamagedFile('the budget table has no "Total" column');
  const totals: BudgetTableTotals = { beneficiaries: [], workPackages: [] };
  for (let r = headerRow.number + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const name = cellText(row.getCell(1).value).trim();
    if (!name) continue;
    if (/^total$/i.test(name)) {
      for (const { col, number } of wpColumns)
        totals.workPackages.push({ number, total: cellNumber(row.getCell(col).value) ?? 0 });
      break;
    }
    const pic = picCol ? cellText(row.getCell(picCol).value).trim() : '';
    totals.beneficiaries.push({
      name,
      pic: pic || null,
      total: cellNumber(row.getCell(totalCol).value) ?? 0,
    });
  }
  return totals;
}
