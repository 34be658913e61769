/** The chair's flags in English and Danish, each with the numbers (or words) it saw. */
import type { CriterionId, Lang, Localised } from '../call-definition/types.ts';
import { listAnd, localised } from '../i18n/format.ts';
import { CRITERION_WORDS, points } from '../ranking/messages.ts';

function criterionWord(criterion: CriterionId | 'overall', lang: Lang): string {
  if (criterion === 'overall') return lang === 'en' ? 'total' : 'samlet score';
  return CRITERION_WORDS[lang][criterion];
}

export function spreadMessage(
  criterion: CriterionId,
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
  criterion: CriterionId | 'overall',
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
  criterion: CriterionId,
  expertId: string,
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
      return `${name}: expert ${expertId} gives ${given}, but the comment reads ${reads} (weaknesses: ${quoted(weaknesses, lang, 'none')}; strengths: ${quoted(strengths, lang, 'none')})`;
    }
    const reads = high ? 'mest som svagheder' : 'mest som styrker';
    return `${name}: ekspert ${expertId} giver ${given}, men kommentaren læses ${reads} (svagheder: ${quoted(weaknesses, lang, 'ingen')}; styrker: ${quoted(strengths, lang, 'ingen')})`;
  });
}
