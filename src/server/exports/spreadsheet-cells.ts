/**
 * Text that leaves the platform in a spreadsheet (CSV or XLSX) is applicants' and experts' own
 * words: an acronym, a legal name, a comment. A spreadsheet program reads a cell that starts with
 * = + - @ (or a tab or carriage return before one) as a formula, which can run commands or send
 * data away when an officer opens the file. Such a cell gets a leading apostrophe, which shows
 * the text as typed and is never evaluated. Every CSV and XLSX export goes through here.
 */
import type ExcelJS from 'exceljs';

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Neutralises every text cell of every sheet, just before the workbook is written. */
export function neutraliseWorkbook(wb: ExcelJS.Workbook): void {
  for (const sheet of wb.worksheets)
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (typeof cell.value === 'string') cell.value = neutraliseCell(cell.value);
      }),
    );
}
