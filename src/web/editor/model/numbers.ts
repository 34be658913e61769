/**
 * Reading numbers as people type them: "1.500" or "1 500" euros in Danish, "1,500" in English;
 * "2,5" or "2.5" person-months. Whole euros never have decimals, so for euros every separator is
 * a thousands separator; for person-months the last separator is the decimal one.
 */
import type { Lang } from '../../../engine/call-definition/types.ts';

/** Whole euros; person-months (two decimals); a count; a month of the project (1, 2, …). */
export type NumberKind = 'euros' | 'decimal' | 'integer' | 'month';

export function parseNumber(text: string, kind: NumberKind, lang: Lang): number | undefined {
  const trimmed = text.trim().replace(/\s|\u00a0|\u202f/g, '');
  if (trimmed === '') return 0;
  if (kind !== 'decimal') {
    if (!/^\d{1,3}([.,]\d{3})*$|^\d+$/.test(trimmed)) return undefined;
    return Number(trimmed.replace(/[.,]/g, ''));
  }
  const decimalMark = lang === 'da' ? ',' : '.';
  let normalised = trimmed;
  if (trimmed.includes(',') && trimmed.includes('.')) {
    // Both marks: the other one groups thousands.
    const group = decimalMark === ',' ? '.' : ',';
    normalised = trimmed.split(group).join('').replace(decimalMark, '.');
  } else {
    normalised = trimmed.replace(',', '.');
  }
  if (!/^\d+(\.\d{1,2})?$/.test(normalised)) return undefined;
  return Number(normalised);
}

export function formatNumber(n: number, kind: NumberKind, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB', {
    maximumFractionDigits: kind === 'decimal' ? 2 : 0,
    useGrouping: kind !== 'decimal',
  })
    .format(n)
    .replace(/\u00a0|\u202f/g, ' ');
}
