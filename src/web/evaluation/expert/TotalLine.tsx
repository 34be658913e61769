/** The total of the scores given so far against the overall threshold, and criteria under theirs. */

import type { Criterion } from '../../../contracts/evaluation-expert.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { totalOf } from './model.ts';

export function TotalLine({
  criteria,
  scores,
  overallThreshold,
}: {
  criteria: readonly Criterion[];
  scores: Record<string, number | null | undefined>;
  overallThreshold: number | undefined;
}) {
  const { t, pick } = useI18n();
  const total = totalOf(criteria, scores);
  const passes = overallThreshold === undefined ? undefined : total.total >= overallThreshold;
  const tone = !total.complete ? 'info' : passes === false || total.below.length > 0 ? 'warning' : 'success';
  return (
    <div className={`notice notice--${tone} total-line`} data-total={total.total}>
      <p className="notice__title">
        {t('evaluation.total', { total: total.total, max: total.maximum })}
        {overallThreshold !== undefined &&
          ` · ${t('evaluation.overallThreshold', { threshold: overallThreshold })}`}
      </p>
      <p>
        {!total.complete
          ? t('evaluation.totalIncomplete')
          : passes === false
            ? t('evaluation.totalBelow')
            : passes
              ? t('evaluation.totalAbove')
              : ''}
        {total.below.length > 0 &&
          ` ${t('evaluation.criteriaBelow', {
            criteria: total.below.map((id) => pick(criteria.find((c) => c.id === id)!.name)).join(', '),
          })}`}
      </p>
    </div>
  );
}
