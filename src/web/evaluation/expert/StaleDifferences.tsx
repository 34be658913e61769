/** What a stale save would change, criterion by criterion: the saved value struck out beside the expert's own. */
import { useI18n } from '../../i18n/i18n.tsx';
import type { Difference } from './model.ts';

export function StaleDifferences({
  differences,
  criterionName,
}: {
  differences: readonly Difference[];
  criterionName(id: string): string;
}) {
  const { t } = useI18n();
  return (
    <ul className="change-list stale-list">
      {differences.map((d) => (
        <li key={`${d.criterion}.${d.field}`}>
          <strong>
            {criterionName(d.criterion)} ·{' '}
            {d.field === 'score' ? t('evaluation.scoreWord') : t('evaluation.commentWord')}
          </strong>
          <div className="stale-pair">
            <div>
              <span className="muted">{t('evaluation.staleSaved')}</span> <del>{d.saved || '—'}</del>
            </div>
            <div>
              <span className="muted">{t('evaluation.staleMine')}</span> <ins>{d.mine || '—'}</ins>
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
