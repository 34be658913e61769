/** An officer's home: the submitted proposals of the calls that have closed. */

import type { ProposalListItem } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';
import { hrefOf } from '../app/routes.ts';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { lotLabel } from '../components/labels.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { ScrollRegion } from '../components/ScrollRegion.tsx';
import { StateBadge } from '../components/StateBadge.tsx';
import { formatShort } from '../i18n/dates.ts';
import { useI18n } from '../i18n/i18n.tsx';

export default function OfficerHome() {
  const { t, lang } = useI18n();
  const proposals = useApi<ProposalListItem[]>('/api/v1/proposals');
  const submitted = proposals.data?.filter((p) => p.closed && p.lastSubmittedAt) ?? [];
  return (
    <>
      <PageHeading title={t('officer.title')}>
        <p className="lead">{t('officer.intro')}</p>
      </PageHeading>
      <ErrorMessage error={proposals.error} />
      {proposals.data &&
        (submitted.length === 0 ? (
          <p className="panel">{t('officer.empty')}</p>
        ) : (
          <ScrollRegion label={t('officer.tableLabel')}>
            <table className="table">
              <caption className="visually-hidden">{t('officer.tableLabel')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('general.acronym')}</th>
                  <th scope="col">{t('general.title')}</th>
                  <th scope="col">{t('officer.call')}</th>
                  <th scope="col">{t('newProposal.lot')}</th>
                  <th scope="col">{t('officer.state')}</th>
                  <th scope="col">{t('officer.submittedAt')}</th>
                  <th scope="col">{t('receipt.code')}</th>
                </tr>
              </thead>
              <tbody>
                {submitted.map((p) => (
                  <tr key={p.id}>
                    <td>
                      <a href={hrefOf({ name: 'proposal', id: p.id, tab: 'review' })}>
                        {p.acronym || t('proposal.noAcronym')}
                      </a>
                    </td>
                    <td>{p.title}</td>
                    <td>{p.callId}</td>
                    <td>{t(lotLabel(p.lot))}</td>
                    <td>
                      <StateBadge state={p.state} />
                    </td>
                    <td>{formatShort(p.lastSubmittedAt!, lang)}</td>
                    <td>
                      <code>{p.lastReceiptCode}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        ))}
    </>
  );
}
