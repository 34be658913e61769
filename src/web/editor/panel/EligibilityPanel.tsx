/**
 * The live check beside the editor: the same engines as the server, run in the browser on every
 * change before it is saved. One verdict from every finding (eligibility and form alike) and the
 * number fields: the proposal is ready only when all are clear. Counts are announced politely
 * once typing pauses.
 */
import './eligibility-panel.css';
import { useEffect, useState } from 'react';
import { FindingCard, findingKey } from '../../components/FindingCard.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useEditorContext } from '../editor-context.tsx';

export function EligibilityPanel() {
  const { t, tn } = useI18n();
  const editor = useEditorContext();
  const review = editor.review;
  const errors = review?.errors ?? editor.view.review.errors;
  const warnings = review?.warnings ?? editor.view.review.warnings;
  const findings = review?.findings ?? editor.view.review.findings;
  const eligible = review?.eligibility.eligible ?? editor.view.review.eligible;
  const ready = editor.ready;
  const invalid = Object.keys(editor.invalidFields).length > 0;
  const summary = t('panel.summary', { errors, warnings });
  const [announced, setAnnounced] = useState(summary);
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(summary), 1200);
    return () => clearTimeout(timer);
  }, [summary]);

  return (
    <section
      className="eligibility-panel"
      aria-labelledby="panel-h"
      data-errors={errors}
      data-warnings={warnings}
      data-eligible={eligible}
      data-ready={ready}
    >
      <h2 id="panel-h">{t('panel.title')}</h2>
      <p className={`verdict ${ready ? 'verdict--ok' : 'verdict--bad'}`}>
        {ready ? t('panel.ready') : eligible ? t('panel.notReady') : t('panel.notEligible')}
      </p>
      {!ready && eligible && errors > 0 && <p className="muted small">{t('panel.eligibleButErrors')}</p>}
      {invalid && <p className="field__error">{t('panel.invalidFields')}</p>}
      <p className="panel-counts">
        <span className="count count--error">{tn('panel.errors', errors)}</span>
        <span className="count count--warning">{tn('panel.warnings', warnings)}</span>
      </p>
      <p className="visually-hidden" role="status">
        {announced}
      </p>
      <p className="muted small">{editor.dirty.length > 0 ? t('panel.withUnsaved') : t('panel.saved')}</p>
      {findings.length === 0 && !invalid ? (
        <p className="notice notice--success">{t('panel.allClear')}</p>
      ) : (
        <ol className="finding-list">
          {findings.map((f) => (
            <FindingCard key={findingKey(f)} finding={f} proposalId={editor.view.id} />
          ))}
        </ol>
      )}
    </section>
  );
}
