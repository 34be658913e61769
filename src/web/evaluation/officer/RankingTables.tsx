/** A ranking per lot: the envelope, the ranked list with its scores, the cut-off line, the decisions. */

import type { RankingComparison } from '../../../engine/ranking/compare.ts';
import type { Decision, Ranking } from '../../../engine/ranking/types.ts';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import type { MessageKey } from '../../i18n/en.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { money } from './format.ts';

export const DECISION_LABEL: Record<Decision, MessageKey> = {
  selected: 'ranking.decision.selected',
  reserve: 'ranking.decision.reserve',
  'below-threshold': 'ranking.decision.below-threshold',
};

export function RankingTables({
  ranking,
  acronyms,
  idPrefix,
}: {
  ranking: Ranking;
  acronyms: Record<string, string>;
  idPrefix: string;
}) {
  const { t, tn, lang, pick } = useI18n();
  return (
    <>
      <p className="small">
        {t('ranking.thresholds', {
          overall: ranking.overallThreshold.value,
          max: ranking.maximumTotal,
          criteria: ranking.criteria
            .map((c) => `${pick(c.name)} ${c.threshold.value}/${c.maximum.value}`)
            .join(', '),
        })}
      </p>
      {Object.values(ranking.lots).map((lot) => {
        if (!lot) return null;
        const rows = ranking.proposals.filter((p) => p.lot === lot.lot);
        const lastSelected = rows.filter((p) => p.decision === 'selected').at(-1)?.id;
        const captionId = `${idPrefix}-${lot.lot}-caption`;
        return (
          <div key={lot.lot} className="ranking-lot" data-lot={lot.lot}>
            <h4 className="officer-h4">{pick(lot.name)}</h4>
            <dl className="meta-list officer-facts">
              <dt>{t('ranking.envelope')}</dt>
              <dd data-envelope={lot.envelope.value}>
                {money(lot.envelope.value, lang)}{' '}
                <span className="muted small">({t(`ranking.origin.${lot.envelope.origin}`)})</span>
              </dd>
              <dt>{t('ranking.committed')}</dt>
              <dd>{money(lot.committed, lang)}</dd>
              <dt>{t('ranking.remaining')}</dt>
              <dd>{money(lot.remaining, lang)}</dd>
              <dt>{t('ranking.cutOff')}</dt>
              <dd>{lot.cutOff === null ? t('ranking.noneSelected') : tn('ranking.points', lot.cutOff)}</dd>
            </dl>
            <ScrollRegion labelledBy={captionId}>
              <table className="table ranking-table">
                <caption id={captionId}>{t('ranking.caption', { lot: pick(lot.name) })}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="num">
                      {t('ranking.rank')}
                    </th>
                    <th scope="col">{t('ranking.proposal')}</th>
                    {ranking.criteria.map((c) => (
                      <th scope="col" className="num" key={c.id}>
                        {pick(c.name)}
                        <span className="muted small officer-block">
                          {t('ranking.ofThreshold', { max: c.maximum.value, threshold: c.threshold.value })}
                        </span>
                      </th>
                    ))}
                    <th scope="col" className="num">
                      {t('ranking.total')}
                    </th>
                    <th scope="col" className="num">
                      {t('ranking.requested')}
                    </th>
                    <th scope="col" className="num">
                      {t('ranking.cumulative')}
                    </th>
                    <th scope="col">{t('ranking.decision')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((p) => (
                    <tr
                      key={p.id}
                      data-proposal={acronyms[p.id] ?? p.id}
                      data-decision={p.decision}
                      className={`ranking-row--${p.decision}${p.id === lastSelected ? ' ranking-row--cut' : ''}`}
                    >
                      <td className="num">{p.rank ?? '—'}</td>
                      <th scope="row">{acronyms[p.id] ?? p.id}</th>
                      {ranking.criteria.map((c) => {
                        const score = p.scores[c.id];
                        const missed = score !== undefined && score < c.threshold.value;
                        return (
                          <td key={c.id} className={`num${missed ? ' score--missed' : ''}`}>
                            {score ?? '—'}
                            {missed && <span className="score__flag"> {t('ranking.missed')}</span>}
                          </td>
                        );
                      })}
                      <td
                        className={`num${p.total < ranking.overallThreshold.value ? ' score--missed' : ''}`}
                      >
                        <strong>{p.total}</strong>
                      </td>
                      <td className="num">{money(p.requestedGrant, lang)}</td>
                      <td className="num">{p.cumulative === null ? '—' : money(p.cumulative, lang)}</td>
                      <td>
                        <span className={`badge decision--${p.decision}`}>
                          {t(DECISION_LABEL[p.decision])}
                        </span>
                        {p.id === lastSelected && (
                          <span className="cutoff-note small officer-block">{t('ranking.cutOffLine')}</span>
                        )}
                        {p.reasons.length > 0 && (
                          <details className="ranking-why small">
                            <summary>{t('ranking.why', { acronym: acronyms[p.id] ?? p.id })}</summary>
                            <ul className="officer-plain-list">
                              {p.reasons.map((r) => (
                                <li key={r.en}>{pick(r)}</li>
                              ))}
                            </ul>
                          </details>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </div>
        );
      })}
    </>
  );
}

export function Moves({
  comparison,
  acronyms,
}: {
  comparison: RankingComparison;
  acronyms: Record<string, string>;
}) {
  const { t } = useI18n();
  const moved = comparison.proposals.filter((m) => m.change !== 'unchanged');
  const at = (p: { decision: Decision; rank: number | null } | null) =>
    p
      ? `${t(DECISION_LABEL[p.decision])}${p.rank === null ? '' : ` (${t('ranking.rankN', { n: p.rank })})`}`
      : t('ranking.notRanked');
  if (moved.length === 0) return <p className="notice">{t('ranking.nobodyMoves')}</p>;
  return (
    <ul className="officer-moves">
      {moved.map((m) => (
        <li key={m.id} data-moved={acronyms[m.id] ?? m.id} data-change={m.change}>
          <strong>{acronyms[m.id] ?? m.id}</strong>: {at(m.before)} → {at(m.after)}
        </li>
      ))}
    </ul>
  );
}
