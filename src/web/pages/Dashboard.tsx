/** An applicant's home: their proposals, the open calls with their deadlines, and import. */

import type { CallSummary } from '../../contracts/calls.ts';
import type { ProposalListItem } from '../../contracts/proposals.ts';
import { useApi } from '../api/use-api.ts';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useAccount } from '../session/session.tsx';
import { ImportProposal } from './dashboard/ImportProposal.tsx';
import { MyProposals } from './dashboard/MyProposals.tsx';
import { OpenCalls } from './dashboard/OpenCalls.tsx';

export function Dashboard() {
  const { t } = useI18n();
  const account = useAccount();
  const proposals = useApi<ProposalListItem[]>('/api/v1/proposals');
  const calls = useApi<CallSummary[]>('/api/v1/calls');
  return (
    <>
      <PageHeading title={t('dashboard.title')}>
        <p className="lead">{t('dashboard.welcome', { name: account.name })}</p>
        <p>
          <a href="#/grants">{t('grants.link')}</a>
        </p>
      </PageHeading>
      <div className="grid-2">
        <section aria-labelledby="my-proposals" className="panel">
          <h2 id="my-proposals">{t('dashboard.myProposals')}</h2>
          <ErrorMessage error={proposals.error} />
          {proposals.data && <MyProposals proposals={proposals.data} />}
        </section>
        <section aria-labelledby="open-calls" className="panel">
          <h2 id="open-calls">{t('dashboard.openCalls')}</h2>
          <ErrorMessage error={calls.error} />
          {calls.data && <OpenCalls calls={calls.data.filter((c) => c.open)} />}
        </section>
      </div>
      <ImportProposal />
    </>
  );
}
