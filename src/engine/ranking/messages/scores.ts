/** How a ranking writes its numbers and lots, the same way in its catalogues and its files. */
import type { Lang } from '../../call-definition/types.ts';
import { locale } from '../../i18n/format.ts';

const pointFormats = new Map<Lang, Intl.NumberFormat>();

/** A score as written in the language: "12.5" / "12,5"; no grouping (scores are small). */
export function points(n: number, lang: Lang): string {
  let format = pointFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 2, useGrouping: false });
    pointFormats.set(lang, format);
  }
  return format.format(n);
}

/** "lot1" → "Lot 1": the way the calls name their lots, in both languages. */
export function lotLabel(lot: string): string {
  return lot.replace('lot', 'Lot ');
}
