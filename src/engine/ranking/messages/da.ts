/** The ranking's sentences in Danish: the keys and facts of ./en.ts. */
import type { CriterionId, Lang } from '../../call-definition/types.ts';
import type { Translation } from '../../i18n/catalogue.ts';
import { euros } from '../../i18n/format.ts';
import type { Decision } from '../types.ts';
import type { en } from './en.ts';
import type { EnvelopeParams, Standing, ThresholdParams } from './params.ts';
import { lotLabel, points } from './scores.ts';

const LANG: Lang = 'da';

const CRITERIA: Record<CriterionId, string> = {
  relevance: 'relevans',
  quality: 'kvalitet',
  partnership: 'partnerskab',
  impact: 'virkning',
};

const DECISIONS: Record<Decision, string> = {
  selected: 'udvalgt',
  reserve: 'reserve',
  'below-threshold': 'under tærsklen',
};

/** "70", or "75 (simulering; indkaldelsen angiver 70)". */
function threshold(t: ThresholdParams): string {
  const value = points(t.value, LANG);
  return t.definitionValue === undefined
    ? value
    : `${value} (simulering; indkaldelsen angiver ${points(t.definitionValue, LANG)})`;
}

/** "1.000.000 EUR ansøgt; 0 EUR af rammen på 2.500.000 EUR var tilbage". */
function money(p: EnvelopeParams): string {
  return `${euros(p.requested, LANG)} ansøgt; ${euros(p.remaining, LANG)} af rammen på ${euros(p.envelope, LANG)} var tilbage`;
}

function standing(s: Standing): string {
  if (!s) return 'ikke i rangordningen';
  return `${DECISIONS[s.decision]}${s.rank === null ? '' : ` (nr. ${s.rank})`}`;
}

export const da: Translation<typeof en> = {
  'ranking.overall-threshold': (p) =>
    `${points(p.total, LANG)}/${points(p.maximum, LANG)} ${p.met ? 'opfylder' : 'er under'} den samlede tærskel på ${threshold(p.threshold)}`,
  'ranking.criterion-threshold': (p) =>
    `${CRITERIA[p.criterion]} ${points(p.score, LANG)}/${points(p.maximum, LANG)} ${p.met ? 'opfylder' : 'er under'} tærsklen på ${threshold(p.threshold)}`,
  'ranking.not-ranked': () =>
    'ikke rangeret: en ansøgning skal opfylde den samlede tærskel og tærsklen for hvert tildelingskriterium',
  'ranking.selected': (p) => `udvalgt som nr. ${p.rank} i ${lotLabel(p.lot)}: ${money(p)}`,
  'ranking.does-not-fit': (p) => `reserve: rammen slap op her: ${money(p)}`,
  'ranking.after-stop': (p) =>
    `reserve: rammen slap op ved nr. ${p.stopRank} (${p.stopId}), den første ansøgning, der ikke kunne rummes; udvælgelsen stopper dér, så en lavere rangeret ansøgning udvælges ikke, selv om det kunne rummes`,
  'ranking.ecosystem-taken': (p) =>
    `reserve: der udvælges kun én ansøgning pr. industrielt økosystem i ${lotLabel(p.lot)}, og ${p.holderId} (nr. ${p.holderRank}) er allerede udvalgt for ${p.ecosystem}`,
  'ranking.move': (p) => `${p.id}: ${standing(p.before)} → ${standing(p.after)}`,
};
