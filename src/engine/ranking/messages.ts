/**
 * The sentences of a ranking's `reasons`, in English and Danish. Each says what was compared
 * with what, with the numbers, so a decision can be read without the spreadsheet beside it.
 */
import type { CriterionId, Lang, Localised, LotId } from '../call-definition/types.ts';
import { euros, locale, localised } from '../i18n/format.ts';
import type { AppliedThreshold } from './types.ts';

/** The short name of an award criterion inside a sentence. */
export const CRITERION_WORDS: Record<Lang, Record<CriterionId, string>> = {
  en: { relevance: 'relevance', quality: 'quality', partnership: 'partnership', impact: 'impact' },
  da: { relevance: 'relevans', quality: 'kvalitet', partnership: 'partnerskab', impact: 'virkning' },
};

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

/** " (what-if; the call definition gives 70)" after a threshold the simulator replaced. */
function whatIf(threshold: AppliedThreshold, lang: Lang): string {
  if (!threshold.overridden) return '';
  const given = points(threshold.basis.value, lang);
  return lang === 'en'
    ? ` (what-if; the call definition gives ${given})`
    : ` (simulering; indkaldelsen angiver ${given})`;
}

export function overallThresholdReason(
  total: number,
  maximum: number,
  threshold: AppliedThreshold,
  met: boolean,
): Localised {
  return localised((lang) => {
    const score = `${points(total, lang)}/${points(maximum, lang)}`;
    const value = `${points(threshold.value, lang)}${whatIf(threshold, lang)}`;
    if (lang === 'en') return `${score} ${met ? 'meets' : 'is under'} the overall threshold of ${value}`;
    return `${score} ${met ? 'opfylder' : 'er under'} den samlede tærskel på ${value}`;
  });
}

export function criterionThresholdReason(
  criterion: CriterionId,
  score: number,
  maximum: number,
  threshold: AppliedThreshold,
  met: boolean,
): Localised {
  return localised((lang) => {
    const name = CRITERION_WORDS[lang][criterion];
    const given = `${points(score, lang)}/${points(maximum, lang)}`;
    const value = `${points(threshold.value, lang)}${whatIf(threshold, lang)}`;
    if (lang === 'en') return `${name} ${given} ${met ? 'meets' : 'is under'} its threshold of ${value}`;
    return `${name} ${given} ${met ? 'opfylder' : 'er under'} tærsklen på ${value}`;
  });
}

export const NOT_RANKED: Localised = {
  en: 'not ranked: a proposal must meet the overall threshold and the threshold of every award criterion',
  da: 'ikke rangeret: et forslag skal opfylde den samlede tærskel og tærsklen for hvert tildelingskriterium',
};

/** "EUR 1,000,000 requested; EUR 0 of the EUR 2,500,000 envelope remained". */
function money(requested: number, remaining: number, envelope: number, lang: Lang): string {
  return lang === 'en'
    ? `${euros(requested, lang)} requested; ${euros(remaining, lang)} of the ${euros(envelope, lang)} envelope remained`
    : `${euros(requested, lang)} ansøgt; ${euros(remaining, lang)} af rammen på ${euros(envelope, lang)} var tilbage`;
}

export function selectedReason(
  rank: number,
  lot: LotId,
  requested: number,
  remaining: number,
  envelope: number,
): Localised {
  return localised((lang) =>
    lang === 'en'
      ? `selected as rank ${rank} of ${lotLabel(lot)}: ${money(requested, remaining, envelope, lang)}`
      : `udvalgt som nr. ${rank} i ${lotLabel(lot)}: ${money(requested, remaining, envelope, lang)}`,
  );
}

export function doesNotFitReason(requested: number, remaining: number, envelope: number): Localised {
  return localised((lang) =>
    lang === 'en'
      ? `reserve: the envelope ran out here: ${money(requested, remaining, envelope, lang)}`
      : `reserve: rammen slap op her: ${money(requested, remaining, envelope, lang)}`,
  );
}

export function afterStopReason(stopRank: number, stopId: string): Localised {
  return localised((lang) =>
    lang === 'en'
      ? `reserve: the envelope ran out at rank ${stopRank} (${stopId}), the first proposal that did not fit; selection stops there, so a proposal ranked below it is not selected even if it would fit`
      : `reserve: rammen slap op ved nr. ${stopRank} (${stopId}), det første forslag, der ikke kunne rummes; udvælgelsen stopper dér, så et lavere rangeret forslag udvælges ikke, selv om det kunne rummes`,
  );
}

export function ecosystemTakenReason(
  lot: LotId,
  ecosystem: string,
  holderId: string,
  holderRank: number,
): Localised {
  return localised((lang) =>
    lang === 'en'
      ? `reserve: only one proposal per industrial ecosystem is selected in ${lotLabel(lot)}, and ${holderId} (rank ${holderRank}) is already selected for ${ecosystem}`
      : `reserve: der udvælges kun ét forslag pr. industrielt økosystem i ${lotLabel(lot)}, og ${holderId} (nr. ${holderRank}) er allerede udvalgt for ${ecosystem}`,
  );
}
