/**
 * The review page: every error and warning the engines find, each linked to the field that
 * fixes it, what was checked, and submitting, resubmitting or withdrawing.
 */

import { FindingCard, findingKey } from '../../components/FindingCard.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useEditorContext } from '../editor-context.tsx';
import { ChecksList } from '../review/ChecksList.tsx';
import { SubmitActions } from '../review/SubmitActions.tsx';
import { TabHeading } from './TabHeading.tsx';

export function ReviewTab() {
  const { t, tn } = useI18n();
  const editor = useEditorContext();
  const findings = editor.review?.findings ?? editor.view.review.findings;
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  const eligible = editor.review?.eligibility.eligible ?? editor.view.review.eligible;
  return (
    <section aria-labelledby="review-h" data-errors={errors.length} data-warnings={warnings.length}>
      <TabHeading id="review-h" title={t('tab.review')}>
        {t('review.intro')}
      </TabHeading>
      <p className={`verdict ${editor.ready ? 'verdict--ok' : 'verdict--bad'}`}>
        {editor.ready ? t('panel.ready') : eligible ? t('panel.notReady') : t('panel.notEligible')} ·{' '}
        {tn('panel.errors', errors.length)} · {tn('panel.warnings', warnings.length)}
      </p>
      {editor.dirty.length > 0 && <p className="muted">{t('panel.withUnsaved')}</p>}
      <h3>{t('review.errors', { n: errors.length })}</h3>
      {errors.length === 0 ? (
        <p className="notice notice--success">{t('review.noErrors')}</p>
      ) : (
        <ol className="finding-list">
          {errors.map((f) => (
            <FindingCard key={findingKey(f)} finding={f} proposalId={editor.view.id} />
          ))}
        </ol>
      )}
      <h3>{t('review.warnings', { n: warnings.length })}</h3>
      {warnings.length === 0 ? (
        <p>{t('review.noWarnings')}</p>
      ) : (
        <ol className="finding-list">
          {warnings.map((f) => (
            <FindingCard key={findingKey(f)} finding={f} proposalId={editor.view.id} />
          ))}
        </ol>
      )}
      <ChecksList />
      <SubmitActions />
    </section>
  );
}
