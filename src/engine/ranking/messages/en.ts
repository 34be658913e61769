/**
 * The ranking's sentences in English: each reason says what was compared with what, with the
 * numbers, so a decision can be read without the spreadsheet beside it. ./da.ts has the same
 * keys with the same facts.
 */
import type { CriterionId, Lang } from '../../call-definition/types.ts';
import type { Catalogue } from '../../i18n/catalogue.ts';
import { euros } from '../../i18n/format.ts';
import type { Decision } from '../types.ts';
import type {
  AfterStop,
  CriterionThreshold,
  EcosystemTaken,
  EnvelopeParams,
  Move,
  OverallThreshold,
  Selected,
  Standing,
  ThresholdParams,
} from './params.ts';
import { lotLabel, points } from './scores.ts';

const LANG: Lang = 'en';

/** The short name of an award criterion inside a sentence. */
const CRITERIA: Record<CriterionId, string> = {
  relevance: 'relevance',
  quality: 'quality',
  partnership: 'partnership',
  impact: 'impact',
};

const DECISIONS: Record<Decision, string> = {
  selected: 'selected',
  reserve: 'reserve',
  'below-threshold': 'below threshold',
};

/** "70", or "75 (what-if; the call definition gives 70)" after a threshold the simulator replaced. */
function threshold(t: ThresholdParams): string {
  const value = points(t.value, LANG);
  return t.definitionValue === undefined
    ? value
    : `${value} (what-if; the call definition gives ${points(t.definitionValue, LANG)})`;
}

/** "EUR 1,000,000 requested; EUR 0 of the EUR 2,500,000 envelope remained". */
function money(p: EnvelopeParams): string {
  return `${euros(p.requested, LANG)} requested; ${euros(p.remaining, LANG)} of the ${euros(p.envelope, LANG)} envelope remained`;
}

function standing(s: Standing): string {
  if (!s) return 'not in the ranking';
  return `${DECISIONS[s.decision]}${s.rank === null ? '' : ` (rank ${s.rank})`}`;
}

export const en = {
  'ranking.overall-threshold': (p: OverallThreshold) =>
    `${points(p.total, LANG)}/${points(p.maximum, LANG)} ${p.met ? 'meets' : 'is under'} the overall threshold of ${threshold(p.threshold)}`,
  'ranking.criterion-threshold': (p: CriterionThreshold) =>
    `${CRITERIA[p.criterion]} ${points(p.score, LANG)}/${points(p.maximum, LANG)} ${p.met ? 'meets' : 'is under'} its threshold of ${threshold(p.threshold)}`,
  'ranking.not-ranked': () =>
    'not ranked: a proposal must meet the overall threshold and the threshold of every award criterion',
  'ranking.selected': (p: Selected) => `selected as rank ${p.rank} of ${lotLabel(p.lot)}: ${money(p)}`,
  'ranking.does-not-fit': (p: EnvelopeParams) => `reserve: the envelope ran out here: ${money(p)}`,
  'ranking.after-stop': (p: AfterStop) =>
    `reserve: the envelope ran out at rank ${p.stopRank} (${p.stopId}), the first proposal that did not fit; selection stops there, so a proposal ranked below it is not selected even if it would fit`,
  'ranking.ecosystem-taken': (p: EcosystemTaken) =>
    `reserve: only one proposal per industrial ecosystem is selected in ${lotLabel(p.lot)}, and ${p.holderId} (rank ${p.holderRank}) is already selected for ${p.ecosystem}`,
  'ranking.move': (p: Move) => `${p.id}: ${standing(p.before)} → ${standing(p.after)}`,
} satisfies Catalogue;

export type RankingMessageKey = keyof typeof en;
