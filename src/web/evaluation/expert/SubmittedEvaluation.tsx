/** The expert's own submitted evaluation, read only, and then the other experts' evaluations. */

import type { MyEvaluation } from '../../../contracts/evaluation-expert.ts';
import { formatTime } from '../../i18n/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { EvaluationTabProps } from './EvaluationTab.tsx';
import { TotalLine } from './TotalLine.tsx';

export function SubmittedEvaluation({
  criteria,
  overallThreshold,
  evaluation,
}: EvaluationTabProps & { evaluation: MyEvaluation }) {
  const { t, pick, lang } = useI18n();
  const scores = Object.fromEntries(criteria.map((c) => [c.id, evaluation.criteria[c.id]?.score ?? null]));
  return (
    <section aria-labelledby="mine-h" className="panel">
      <h3 id="mine-h">{t('evaluation.mineTitle')}</h3>
      <p className="notice notice--success">
        {t('evaluation.submittedAt', {
          time: evaluation.submittedAt ? formatTime(evaluation.submittedAt, lang) : '—',
        })}
      </p>
      <dl className="expert-scores">
        {criteria.map((c) => (
          <div key={c.id} className="expert-scores__item">
            <dt>{pick(c.name)}</dt>
            <dd>
              <p className="score-figure">
                {t('evaluation.points', { score: evaluation.criteria[c.id]?.score ?? '—', max: c.maximum })}
              </p>
              <p className="expert-text">{evaluation.criteria[c.id]?.comment}</p>
            </dd>
          </div>
        ))}
      </dl>
      <TotalLine criteria={criteria} scores={scores} overallThreshold={overallThreshold} />
    </section>
  );
}
