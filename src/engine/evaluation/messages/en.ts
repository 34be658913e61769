/**
 * The chair's flags in English, each with the numbers (or words) it saw. Criteria are named as
 * the call names them ("Impact", not "impact") and experts by their names, never ids.
 */
import type { Lang } from '../../call-definition/types.ts';
import type { Catalogue } from '../../i18n/catalogue.ts';
import { listAnd, plural } from '../../i18n/format.ts';
import { points } from '../../ranking/messages/index.ts';
import type { Contradiction, CriterionName, NearThreshold, OpenFlags, Spread } from './params.ts';

const LANG: Lang = 'en';

function criterionWord(criterion: CriterionName): string {
  return criterion === 'overall' ? 'Total' : criterion.en;
}

/** The words the comment used, each once, in quotes: '"weak" and "unclear"', or "none". */
function quoted(words: readonly string[]): string {
  return words.length === 0
    ? 'none'
    : listAnd(
        [...new Set(words)].map((w) => `“${w}”`),
        LANG,
      );
}

export const en = {
  'flags.spread': (p: Spread) => {
    const [lo, hi, gap, max] = [p.lowest, p.highest, p.highest - p.lowest, p.allowed].map((n) =>
      points(n, LANG),
    );
    return `${criterionWord(p.criterion)}: the experts' scores range from ${lo} to ${hi}, ${gap} ${plural(p.highest - p.lowest, LANG, { one: 'point', other: 'points' })} apart (more than ${max} ${plural(p.allowed, LANG, { one: 'point', other: 'points' })} apart needs a decision by the chair)`;
  },
  'flags.near-threshold': (p: NearThreshold) => {
    const [c, m, t, w] = [p.consensus, p.median, p.threshold, p.within].map((n) => points(n, LANG));
    const which = p.criterion === 'overall' ? 'the overall threshold' : 'its threshold';
    return `${criterionWord(p.criterion)}: the consensus score ${c} (median ${m}) is within ${w} ${plural(p.within, LANG, { one: 'point', other: 'points' })} of ${which} of ${t}`;
  },
  'flags.contradiction': (p: Contradiction) =>
    `${criterionWord(p.criterion)}: ${p.expert} gives ${points(p.score, LANG)}/${points(p.maximum, LANG)}, but the comment reads ${p.high ? 'mostly as weaknesses' : 'mostly as strengths'} (weaknesses: ${quoted(p.weaknesses)}; strengths: ${quoted(p.strengths)})`,
  'flags.open': (p: OpenFlags) => {
    const kind = {
      spread: 'scores far apart',
      'near-threshold': 'near the threshold',
      'comment-contradicts-score': 'comment against its score',
    };
    const items = p.open
      .map((f) => `${criterionWord(f.criterion)}: ${kind[f.id]}${f.expertName ? ` (${f.expertName})` : ''}`)
      .join('; ');
    return `The consensus cannot be agreed while the chair's flags are open: ${items}. The officer resolves each with a reason on the progress page.`;
  },
} satisfies Catalogue;

export type FlagMessageKey = keyof typeof en;
