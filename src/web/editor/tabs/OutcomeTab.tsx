/**
 * The outcome of the evaluation on the proposal page, in the reader's language: where the result
 * notice e-mail links. Before the agency sends the results it says they are still to come.
 */
import { ApiError } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { formatTime } from '../../i18n/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useEditorContext } from '../editor-context.tsx';
import { OutcomeScores } from '../outcome/OutcomeScores.tsx';
import type { ApplicantOutcome } from '../outcome/types.ts';
import { TabHeading } from './TabHeading.tsx';

export function OutcomeTab() {
  const { t, lang } = useI18n();
  const { view } = useEditorContext();
  const outcome = useApi<ApplicantOutcome>(
    `/api/v1/proposals/${encodeURIComponent(view.id)}/outcome?lang=${lang}`,
  );
  const notYet = outcome.error instanceof ApiError && outcome.error.status === 403;
  const o = outcome.data;
  return (
    <section aria-labelledby="outcome-h" aria-busy={outcome.loading}>
      <TabHeading id="outcome-h" title={t('tab.outcome')}>
        {t('outcome.intro')}
      </TabHeading>
      {notYet && <p>{view.submissions.length === 0 ? t('outcome.notSubmitted') : t('outcome.notYet')}</p>}
      {outcome.error !== undefined && !notYet && <ErrorMessage error={outcome.error} />}
      {o && (
        <>
          <p className={`outcome outcome--${o.decision}`} data-outcome={o.decision}>
            <strong>{t(`outcome.decision.${o.decision}`)}</strong>
          </p>
          <p>
            {o.ineligibleReason !== null
              ? t('outcome.ineligible', { reason: o.ineligibleReason })
              : t(`outcome.explain.${o.decision}`, { lot: o.lotName, rank: o.rank ?? '–' })}
          </p>
          <p>{t('outcome.sentAt', { time: formatTime(o.sentAt, lang, { seconds: true }) })}</p>
          {o.criteria.length > 0 && <OutcomeScores outcome={o} />}
          {o.reasons.length > 0 && (
            <>
              <h3>{t('outcome.reasons')}</h3>
              <ul>
                {o.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </>
          )}
          <p>{t('outcome.report')}</p>
        </>
      )}
    </section>
  );
}
