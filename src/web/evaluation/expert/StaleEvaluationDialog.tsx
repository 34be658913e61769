/** A save that met a newer saved version: both side by side; the expert keeps theirs or takes the saved one, and nothing is lost. */

import type { Criterion } from '../../../contracts/evaluation-expert.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Stale } from './EvaluationTab.tsx';
import { StaleDifferences } from './StaleDifferences.tsx';

export function StaleDialog({
  stale,
  criteria,
  onClose,
  keepMine,
  takeSaved,
}: {
  stale: Stale;
  criteria: Criterion[];
  onClose(): void;
  keepMine(): Promise<void>;
  takeSaved(): void;
}) {
  const { t, pick } = useI18n();
  const nameOf = (id: string) => {
    const c = criteria.find((x) => x.id === id);
    return c ? pick(c.name) : id;
  };
  return (
    <Dialog title={t('evaluation.staleTitle')} onClose={onClose} wide>
      <p>{t('evaluation.staleLead', { version: stale.version })}</p>
      {stale.differences.length === 0 ? (
        <p className="notice notice--info">{t('evaluation.staleSame')}</p>
      ) : (
        <StaleDifferences differences={stale.differences} criterionName={nameOf} />
      )}
      <div className="button-row dialog__actions">
        <button
          type="button"
          className="button button--primary"
          data-autofocus
          onClick={() => void keepMine()}
        >
          {t('evaluation.keepMine')}
        </button>
        <button type="button" className="button button--secondary" onClick={takeSaved}>
          {t('evaluation.takeSaved')}
        </button>
      </div>
    </Dialog>
  );
}
