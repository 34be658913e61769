/** The chair's flags in Danish: the keys and facts of ./en.ts. */
import type { Lang } from '../../call-definition/types.ts';
import type { Translation } from '../../i18n/catalogue.ts';
import { listAnd } from '../../i18n/format.ts';
import { points } from '../../ranking/messages/index.ts';
import type { en } from './en.ts';
import type { CriterionName } from './params.ts';

const LANG: Lang = 'da';

function criterionWord(criterion: CriterionName): string {
  return criterion === 'overall' ? 'Samlet score' : criterion.da;
}

function quoted(words: readonly string[]): string {
  return words.length === 0
    ? 'ingen'
    : listAnd(
        [...new Set(words)].map((w) => `»${w}«`),
        LANG,
      );
}

export const da: Translation<typeof en> = {
  'flags.spread': (p) => {
    const [lo, hi, gap, max] = [p.lowest, p.highest, p.highest - p.lowest, p.allowed].map((n) =>
      points(n, LANG),
    );
    return `${criterionWord(p.criterion)}: eksperternes scorer går fra ${lo} til ${hi}, ${gap} point fra hinanden (mere end ${max} point kræver en afgørelse fra formanden)`;
  },
  'flags.near-threshold': (p) => {
    const [c, m, t, w] = [p.consensus, p.median, p.threshold, p.within].map((n) => points(n, LANG));
    const which = p.criterion === 'overall' ? 'den samlede tærskel' : 'tærsklen';
    return `${criterionWord(p.criterion)}: konsensusscoren ${c} (median ${m}) ligger inden for ${w} point af ${which} på ${t}`;
  },
  'flags.contradiction': (p) =>
    `${criterionWord(p.criterion)}: ${p.expert} giver ${points(p.score, LANG)}/${points(p.maximum, LANG)}, men kommentaren læses ${p.high ? 'mest som svagheder' : 'mest som styrker'} (svagheder: ${quoted(p.weaknesses)}; styrker: ${quoted(p.strengths)})`,
  'flags.open': (p) => {
    const kind = {
      spread: 'scorer langt fra hinanden',
      'near-threshold': 'tæt på tærsklen',
      'comment-contradicts-score': 'kommentar imod sin score',
    } as const;
    const items = p.open
      .map((f) => `${criterionWord(f.criterion)}: ${kind[f.id]}${f.expertName ? ` (${f.expertName})` : ''}`)
      .join('; ');
    return `Konsensus kan ikke vedtages, mens formandens markeringer er åbne: ${items}. Sagsbehandleren afgør hver med en begrundelse på siden Status.`;
  },
};
