/** The receipts of every submission (the last one counts) and the differences between versions. */
import { useI18n } from '../../i18n/i18n.tsx';
import { useEditorContext } from '../editor-context.tsx';
import { ReceiptCard } from '../submissions/ReceiptCard.tsx';
import { VersionDiff } from '../submissions/VersionDiff.tsx';
import { VersionFiles } from '../submissions/VersionFiles.tsx';
import { TabHeading } from './TabHeading.tsx';

export function SubmissionsTab() {
  const { t } = useI18n();
  const { view } = useEditorContext();
  const receipts = [...view.submissions].sort((a, b) => b.number - a.number);
  return (
    <section aria-labelledby="submissions-h">
      <TabHeading id="submissions-h" title={t('tab.submissions')}>
        {t('submissions.intro')}
      </TabHeading>
      {receipts.length === 0 ? (
        <p>{t('submissions.none')}</p>
      ) : (
        <ol className="receipt-list">
          {receipts.map((r, i) => (
            <li key={r.number} className="receipt-item">
              <h3>
                {t('submissions.version', { n: r.number })}
                {i === 0 && <span className="badge badge--submitted">{t('submissions.counts')}</span>}
              </h3>
              <ReceiptCard receipt={r} />
              <VersionFiles proposalId={view.id} acronym={view.document.general.acronym} number={r.number} />
            </li>
          ))}
        </ol>
      )}
      {receipts.length >= 2 && <VersionDiff numbers={receipts.map((r) => r.number)} />}
    </section>
  );
}
