/** A submission receipt: its code, when (Brussels time and the reader's own), and the SHA-256. */
import './submissions.css';
import type { ReceiptView } from '../../../contracts/proposals.ts';
import { formatTime, userTimeZone } from '../../i18n/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export function ReceiptCard({ receipt }: { receipt: ReceiptView }) {
  const { t, lang } = useI18n();
  const zone = userTimeZone();
  return (
    <dl className="receipt" data-receipt={receipt.receiptCode}>
      <dt>{t('receipt.code')}</dt>
      <dd>
        <code className="receipt__code">{receipt.receiptCode}</code>
      </dd>
      <dt>{t('receipt.number')}</dt>
      <dd>{receipt.number}</dd>
      <dt>{t('receipt.brussels')}</dt>
      <dd>
        <time dateTime={receipt.submittedAt}>{formatTime(receipt.submittedAt, lang, { seconds: true })}</time>
      </dd>
      <dt>{t('deadline.yours', { zone })}</dt>
      <dd>
        <time dateTime={receipt.submittedAt}>
          {formatTime(receipt.submittedAt, lang, { seconds: true, timeZone: zone })}
        </time>
      </dd>
      {receipt.submittedBy && (
        <>
          <dt>{t('receipt.by')}</dt>
          <dd>{receipt.submittedBy}</dd>
        </>
      )}
      <dt>{t('receipt.sha256')}</dt>
      <dd>
        <code className="hash">{receipt.sha256}</code>
      </dd>
      {receipt.files && receipt.files.length > 0 && (
        <>
          <dt>{t('receipt.files')}</dt>
          <dd>
            <ul className="receipt__files">
              {receipt.files.map((f) => (
                <li key={`${f.kind}-${f.sha256}`} data-file-hash={f.sha256}>
                  {f.name}: <code className="hash">{f.sha256}</code>
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
    </dl>
  );
}
