/** The grant's ledger: every payment in whole euros, with its reason, who recorded it and when; a total row. */
import type { GrantView } from '../../contracts/grants.ts';
import { ScrollRegion } from '../components/ScrollRegion.tsx';
import { formatTime } from '../i18n/dates.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ledgerTotal, money } from './model.ts';

export function LedgerTable({ grant: g }: { grant: GrantView }) {
  const { t, lang } = useI18n();
  // The ledger's own reason is the agency's record (in English); the page says it in the reader's language.
  const reasonOf = (e: GrantView['ledger'][number]) => {
    if (e.kind === 'pre-financing')
      return t('grantPage.reason.preFinancing', { percent: String(g.schedule.preFinancingPercent.value) });
    const payment = g.reports.find((r) => r.period === e.period)?.payment;
    return payment
      ? t('grantPage.reason.payment', {
          accepted: money(payment.accepted, lang),
          paidBefore: money(payment.paidBefore, lang),
        })
      : '';
  };
  return (
    <section className="grant-section" aria-labelledby="grant-ledger-h">
      <h2 id="grant-ledger-h">{t('grantPage.ledger')}</h2>
      {g.ledger.length === 0 ? (
        <p>{t('grantPage.ledgerNone')}</p>
      ) : (
        <ScrollRegion labelledBy="grant-ledger-caption">
          <table className="table grant-ledger">
            <caption id="grant-ledger-caption">{t('grantPage.ledgerCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('grantPage.entry')}</th>
                <th scope="col" className="num">
                  {t('grants.amount')}
                </th>
                <th scope="col">{t('grantPage.entryReason')}</th>
                <th scope="col">{t('grantPage.entryBy')}</th>
                <th scope="col">{t('grantPage.entryAt')}</th>
              </tr>
            </thead>
            <tbody>
              {g.ledger.map((e) => (
                <tr key={e.seq} data-kind={e.kind} data-amount={e.amount}>
                  <th scope="row">
                    {e.kind === 'pre-financing'
                      ? t('grantPage.entry.pre-financing')
                      : t(e.kind === 'final' ? 'grantPage.entry.final' : 'grantPage.entry.interim', {
                          period: e.period ?? '',
                        })}
                  </th>
                  <td className="num">{money(e.amount, lang)}</td>
                  <td>{reasonOf(e)}</td>
                  <td>{e.recordedBy}</td>
                  <td>
                    <time dateTime={e.recordedAt}>{formatTime(e.recordedAt, lang, { seconds: true })}</time>
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="grant-total" data-total={ledgerTotal(g)}>
                <th scope="row">{t('grantPage.totalPaid')}</th>
                <td className="num">{money(ledgerTotal(g), lang)}</td>
                <td colSpan={3}>{t('grantPage.remaining', { amount: money(g.remaining, lang) })}</td>
              </tr>
            </tfoot>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
