/**
 * The chair's flags in English and Danish, each with the numbers (or words) it saw. Criteria are
 * named as the call names them ("Impact", not "impact") and experts by their names, never ids.
 */
import type { Lang, Localised } from '../call-definition/types.ts';
import { listAnd, localised } from '../i18n/format.ts';
import { points } from '../ranking/messages.ts';

/** A criterion's name as the call gives it, or 'overall' for the total. */
export type CriterionName = Localised | 'overall';

function criterionWord(criterion: CriterionName, lang: Lang): string {
  if (criterion === 'overall') return lang === 'en' ? 'Total' : 'Samlet score';
  return criterion[lang];
}

export function spreadMessage(
  criterion: Localised,
  lowest: number,
  highest: number,
  allowed: number,
): Localised {
  return localised((lang) => {
    const [lo, hi, gap, max] = [lowest, highest, highest - lowest, allowed].map((n) => points(n, lang));
    return lang === 'en'
      ? `${criterionWord(criterion, lang)}: the experts' scores range from ${lo} to ${hi}, ${gap} points apart (more than ${max} points apart needs a decision by the chair)`
      : `${criterionWord(criterion, lang)}: eksperternes scorer går fra ${lo} til ${hi}, ${gap} point fra hinanden (mere end ${max} point kræver en afgørelse fra formanden)`;
  });
}

export function nearThresholdMessage(
  criterion: CriterionName,
  consensus: number,
  medianScore: number,
  threshold: number,
  within: number,
): Localised {
  return localised((lang) => {
    const [c, m, t, w] = [consensus, medianScore, threshold, within].map((n) => points(n, lang));
    const name = criterionWord(criterion, lang);
    if (lang === 'en') {
      const which = criterion === 'overall' ? 'the overall threshold' : 'its threshold';
      return `${name}: the consensus score ${c} (median ${m}) is within ${w} ${w === '1' ? 'point' : 'points'} of ${which} of ${t}`;
    }
    const which = criterion === 'overall' ? 'den samlede tærskel' : 'tærsklen';
    return `${name}: konsensusscoren ${c} (median ${m}) ligger inden for ${w} point af ${which} på ${t}`;
  });
}

const quoted = (words: readonly string[], lang: Lang, none: string) =>
  words.length === 0
    ? none
    : listAnd(
        [...new Set(words)].map((w) => `"${w}"`),
        lang,
      );

export function contradictionMessage(
  criterion: Localised,
  expertName: string,
  score: number,
  maximum: number,
  high: boolean,
  weaknesses: readonly string[],
  strengths: readonly string[],
): Localised {
  return localised((lang) => {
    const name = criterionWord(criterion, lang);
    const given = `${points(score, lang)}/${points(maximum, lang)}`;
    if (lang === 'en') {
      const reads = high ? 'mostly as weaknesses' : 'mostly as strengths';
      return `${name}: ${expertName} gives ${given}, but the comment reads ${reads} (weaknesses: ${quoted(weaknesses, lang, 'none')}; strengths: ${quoted(strengths, lang, 'none')})`;
    }
    const reads = high ? 'mest som svagheder' : 'mest som styrker';
    return `${name}: ${expertName} giver ${given}, men kommentaren læses ${reads} (svagheder: ${quoted(weaknesses, lang, 'ingen')}; styrker: ${quoted(strengths, lang, 'ingen')})`;
  });
}
