/** The submission package's findings in Danish: the keys and facts of ./en.ts. */
import type { Translation } from '../../i18n/catalogue.ts';
import { plural } from '../../i18n/format.ts';
import type { AnnexParams, en } from './en.ts';

const annexName = (p: AnnexParams) => (p.forName ? `${p.annex.da} for ${p.forName}` : p.annex.da);

export const da: Translation<typeof en> = {
  'package.annex-missing.missing': (p) => `${annexName(p)} er ikke uploadet.`,
  'package.annex-missing.fix': (p) => `Upload ${annexName(p)} (${p.format}) under Filer.`,
  'package.part-b-page-limit.failed': (p) =>
    `Del B har ${p.pages} ${plural(p.pages, 'da', { one: 'side', other: 'sider' })}: ${plural(p.pages - p.limit, 'da', { one: 'side', other: 'siderne' })} ${p.over} er over grænsen på ${p.limit}.`,
  'package.part-b-page-limit.fix': (p) =>
    `Forkort del B til højst ${p.limit} ${plural(p.limit, 'da', { one: 'side', other: 'sider' })}, og upload den igen.`,
  'package.budget-table-agrees.no-row': (p) =>
    `Budgettabellen har ingen række for ${p.beneficiary} (${p.expected} EUR i ansøgningens budget).`,
  'package.budget-table-agrees.row-differs': (p) =>
    `${p.beneficiary}: budgettabellen siger ${p.found} EUR, ansøgningens budget ${p.expected} EUR.`,
  'package.budget-table-agrees.extra-row': (p) =>
    `Budgettabellen har en række for ${p.beneficiary}, som ikke er støttemodtager i ansøgningen.`,
  'package.budget-table-agrees.no-column': (p) =>
    `Budgettabellen har ingen kolonne for ${p.workPackage} (${p.expected} EUR i ansøgningens budget).`,
  'package.budget-table-agrees.column-differs': (p) =>
    `${p.workPackage}: budgettabellen siger ${p.found} EUR, ansøgningens budget ${p.expected} EUR.`,
  'package.budget-table-agrees.extra-column': (p) =>
    `Budgettabellen har en kolonne for ${p.workPackage}, som arbejdsplanen ikke har.`,
  'package.budget-table-agrees.fix': () =>
    'Ret budgettet på platformen eller i tabellen, så de stemmer overens, og upload tabellen igen (budgetfanen eksporterer en tabel, der stemmer).',
};
