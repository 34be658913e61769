/** The other experts' submitted scores and comments: shown only once the expert's own is submitted. */

import type { Criterion, SubmittedEvaluation } from '../../../contracts/evaluation-expert.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

export function OtherEvaluations({
  proposalId,
  criteria,
  ownEvaluationId,
}: {
  proposalId: string;
  criteria: Criterion[];
  ownEvaluationId: string | null;
}) {
  const { t, pick } = useI18n();
  const all = useApi<SubmittedEvaluation[]>(
    `/api/v1/evaluation/proposals/${encodeURIComponent(proposalId)}/evaluations`,
  );
  const others = all.data?.filter((e) => e.evaluationId !== ownEvaluationId) ?? [];
  return (
    <section aria-labelledby="others-h" className="panel others">
      <h3 id="others-h">{t('evaluation.othersTitle')}</h3>
      <ErrorMessage error={all.error} />
      {all.loading && !all.data && (
        <p className="loading" role="status">
          {t('common.loading')}
        </p>
      )}
      {all.data && others.length === 0 && <p className="muted">{t('evaluation.othersNone')}</p>}
      {others.length > 0 &&
        criteria.map((c) => (
          <section key={c.id} aria-labelledby={`others-${c.id}-h`} className="others__criterion">
            <h4 id={`others-${c.id}-h`}>{pick(c.name)}</h4>
            <ul className="expert-opinions">
              {others.map((e) => (
                <li key={e.evaluationId} className="expert-opinion">
                  <p className="expert-opinion__who">
                    <strong>{e.expertName}</strong>{' '}
                    <span className="score-figure">
                      {t('evaluation.points', { score: e.criteria[c.id]?.score ?? '—', max: c.maximum })}
                    </span>
                  </p>
                  <p className="expert-text">{e.criteria[c.id]?.comment}</p>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </section>
  );
}
