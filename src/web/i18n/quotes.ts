/**
 * Quotation marks as each language writes them: “…” in English, »…« in Danish (the marks Danish
 * authorities such as Retsinformation and Dansk Sprognævn's guidance use in running text).
 */
import type { Lang } from '../../engine/call-definition/types.ts';

const MARKS: Record<Lang, [string, string]> = { en: ['“', '”'], da: ['»', '«'] };

export function quote(text: string, lang: Lang): string {
  const [open, close] = MARKS[lang];
  return `${open}${text}${close}`;
}
