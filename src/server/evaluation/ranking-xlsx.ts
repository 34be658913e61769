/**
 * The confirmed ranking as XLSX, for people: a sheet per lot named by the lot, each proposal by
 * its acronym and title, each award criterion by its name, decisions in words (en or da).
 */
import ExcelJS from 'exceljs';
import type { Lang, Localised } from '../../engine/call-definition/types.ts';
import type { Decision, Ranking } from '../../engine/ranking/types.ts';
import { neutraliseWorkbook } from '../exports/spreadsheet-cells.ts';

export interface RankedName {
  acronym: string;
  title: string;
}

const WORDS = {
  en: {
    lot: 'Lot',
    envelope: 'envelope',
    committed: 'committed',
    remaining: 'remaining',
    rank: 'Rank',
    acronym: 'Acronym',
    title: 'Title',
    total: 'Total',
    grant: 'Requested grant (EUR)',
    cumulative: 'Cumulative (EUR)',
    decision: 'Decision',
    reasons: 'Reasons',
    decisions: {
      selected: 'Selected',
      reserve: 'Reserve list',
      'below-threshold': 'Rejected (below a threshold)',
    },
  },
  da: {
    lot: 'Lot',
    envelope: 'budget',
    committed: 'bevilget',
    remaining: 'tilbage',
    rank: 'Placering',
    acronym: 'Akronym',
    title: 'Titel',
    total: 'I alt',
    grant: 'Ansøgt tilskud (EUR)',
    cumulative: 'Akkumuleret (EUR)',
    decision: 'Afgørelse',
    reasons: 'Begrundelse',
    decisions: {
      selected: 'Udvalgt',
      reserve: 'Reserveliste',
      'below-threshold': 'Afvist (under en tærskel)',
    },
  },
} satisfies Record<Lang, Record<string, unknown> & { decisions: Record<Decision, string> }>;

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
export function sheetName(lotId: string, name: Localised, lang: Lang): string {
  const number = /(\d+)$/.exec(lotId)?.[1] ?? lotId;
  const full = `${WORDS[lang].lot} ${number} ${name[lang]}`.replace(/[[\]:*?/\\]/g, ' ');
  return full.length <= 31 ? full : `${full.slice(0, 30).trimEnd()}…`;
}

export async function rankingWorkbook(
  ranking: Ranking,
  names: Record<string, RankedName>,
  lang: Lang = 'en',
): Promise<Buffer> {
  const w = WORDS[lang];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Alliances';
  for (const lot of Object.values(ranking.lots)) {
    const sheet = wb.addWorksheet(sheetName(lot.lot, lot.name, lang));
    sheet.addRow([
      `${lot.name[lang]}: ${w.envelope} ${lot.envelope.value} EUR, ${w.committed} ${lot.committed} EUR, ${w.remaining} ${lot.remaining} EUR`,
    ]).font = { bold: true };
    sheet.addRow([]);
    sheet.addRow([
      w.rank,
      w.acronym,
      w.title,
      ...ranking.criteria.map((c) => c.name[lang]),
      w.total,
      w.grant,
      w.cumulative,
      w.decision,
      w.reasons,
    ]).font = { bold: true };
    for (const p of ranking.proposals.filter((x) => x.lot === lot.lot)) {
      sheet.addRow([
        p.rank ?? '',
        names[p.id]?.acronym ?? '',
        names[p.id]?.title ?? '',
        ...ranking.criteria.map((c) => p.scores[c.id]),
        p.total,
        p.requestedGrant,
        p.cumulative ?? '',
        w.decisions[p.decision],
        p.reasons.map((r) => r[lang]).join(' '),
      ]);
    }
    sheet.columns.forEach((c, i) => {
      c.width = i === 2 ? 40 : i === sheet.columnCount - 1 ? 80 : 14;
    });
  }
  neutraliseWorkbook(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
