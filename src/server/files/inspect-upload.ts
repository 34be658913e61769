/**
 * An upload's checks: what its content says it is (a PDF, an XLSX workbook), and what is read
 * from it (a PDF's pages, a budget table's totals). A wrong or damaged file is refused with the
 * reason in English and Danish and the problem naming the field.
 */
import type { AnnexKind, CallDefinition } from '../../engine/call-definition/types.ts';
import { HttpError } from '../errors.ts';
import { budgetTableTotals, DamagedFile, openWorkbook, pdfPageCount, recognise } from './inspect.ts';
import type { FileStore } from './store.ts';

/** A refused file: the message in English and Danish, and the problem naming the field. */
export function refused(
  status: number,
  code: string,
  en: string,
  da: string,
  expected: string,
  got: string,
): HttpError {
  return new HttpError(status, code, en, {
    messageDa: da,
    problems: [{ field: 'file', expected, got }],
  });
}

/** What the file's content says it is, and what is read from it; refuses a damaged or wrong file. */
export async function inspectUpload(
  store: FileStore,
  storageKey: string,
  head: Buffer,
  kind: AnnexKind,
  call: CallDefinition,
): Promise<{ format: 'pdf' | 'xlsx'; facts: Record<string, unknown> }> {
  const annex = call.submissionPackage.annexes.value.find((a) => a.kind === kind);
  const expected = annex?.format ?? 'pdf';
  const found = recognise(head);
  const names = { pdf: 'a PDF', xlsx: 'an XLSX workbook', unknown: 'neither a PDF nor an XLSX workbook' };
  const navne = {
    pdf: 'en PDF',
    xlsx: 'en XLSX-projektmappe',
    unknown: 'hverken en PDF eller en XLSX-projektmappe',
  };
  if (found !== expected) {
    throw refused(
      400,
      'wrong-file-type',
      `The file's content is ${names[found]}; ${annex?.name.en ?? kind} must be ${names[expected]}.`,
      `Filens indhold er ${navne[found]}; ${annex?.name.da ?? kind} skal være ${navne[expected]}.`,
      names[expected],
      names[found],
    );
  }
  try {
    if (found === 'pdf')
      return { format: 'pdf', facts: { pages: await pdfPageCount(await store.get(storageKey)) } };
    const wb = await openWorkbook(await store.get(storageKey));
    return { format: 'xlsx', facts: kind === 'budget-table' ? { budgetTable: budgetTableTotals(wb) } : {} };
  } catch (error) {
    if (!(error instanceof DamagedFile)) throw error;
    throw refused(
      400,
      'damaged-file',
      `The file cannot be used: ${error.message}.`,
      `Filen kan ikke bruges: ${DANISH_DAMAGE[error.message] ?? 'den er beskadiget'}.`,
      names[expected],
      error.message,
    );
  }
}

const DANISH_DAMAGE: Record<string, string> = {
  'the PDF cannot be read: it is damaged or not a PDF':
    'PDF-filen kan ikke læses: den er beskadiget eller ikke en PDF',
  'the PDF has no pages': 'PDF-filen har ingen sider',
  'the spreadsheet cannot be read: it is damaged or not an XLSX workbook':
    'regnearket kan ikke læses: det er beskadiget eller ikke en XLSX-projektmappe',
  'the spreadsheet has no sheets': 'regnearket har ingen ark',
  'the budget table has no header row starting with "Beneficiary" on its first sheet':
    'budgettabellen har ingen overskriftsrække, der begynder med "Beneficiary", på sit første ark',
  'the budget table has no "Total" column': 'budgettabellen har ingen kolonne "Total"',
};
