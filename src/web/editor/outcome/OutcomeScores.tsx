/** The consensus score per award criterion against its threshold, and the total. */
import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import type { MessageKey } from '../../i18n/en.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { ApplicantOutcome } from './types.ts';

export function OutcomeScores({ outcome }: { outcome: ApplicantOutcome }) {
  const { t } = useI18n();
  const yesNo = (met: boolean): MessageKey => (met ? 'outcome.yes' : 'outcome.no');
  return (
    <ScrollRegion labelledBy="outcome-scores">
      <table className="table outcome-scores">
        <caption id="outcome-scores">{t('outcome.scores')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('outcome.criterion')}</th>
            <th scope="col">{t('outcome.score')}</th>
            <th scope="col">{t('outcome.threshold')}</th>
            <th scope="col">{t('outcome.met')}</th>
          </tr>
        </thead>
        <tbody>
          {outcome.criteria.map((c) => (
            <tr key={c.id}>
              <th scope="row">{c.name}</th>
              <td>
                {c.score} / {c.maximum}
              </td>
              <td>{c.threshold}</td>
              <td>{t(yesNo(c.met))}</td>
            </tr>
          ))}
        </tbody>
        {outcome.total !== null && (
          <tfoot>
            <tr>
              <th scope="row">{t('outcome.total')}</th>
              <td colSpan={3}>
                {t('outcome.totalValue', {
                  score: outcome.total,
                  maximum: outcome.maximum,
                  threshold: outcome.overallThreshold,
                })}
              </td>
            </tr>
          </tfoot>
        )}
      </table>
    </ScrollRegion>
  );
}
