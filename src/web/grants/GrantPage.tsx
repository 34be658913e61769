/**
 * One grant, for the officer, the coordinator and the partners: where it stands and what comes
 * next, the consortium with its shares and the eligibility check, the split, the bank account,
 * the payment schedule from the call data, reports with assessments and payments, the ledger.
 * Each section shows the steps the reader may take now (the server's `viewer.actions`).
 */
import './grants.css';
import type { GrantView } from '../../contracts/grants.ts';
import { useApi } from '../api/use-api.ts';
import { hrefOf } from '../app/routes.ts';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { lotLabel } from '../components/labels.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import type { MessageKey } from '../i18n/en.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { BankAccountSection } from './BankAccountSection.tsx';
import { AmendmentList, ConsortiumChange } from './ConsortiumChange.tsx';
import { ConsortiumSection } from './ConsortiumSection.tsx';
import { GrantActions } from './GrantActions.tsx';
import { GrantStateBadge } from './GrantStateBadge.tsx';
import { LedgerTable } from './LedgerTable.tsx';
import { grantPath, money } from './model.ts';
import { ReportsSection } from './ReportsSection.tsx';
import { ScheduleSection } from './ScheduleSection.tsx';

export default function GrantPage({ grantId }: { grantId: string }) {
  const { t, lang } = useI18n();
  const grant = useApi<GrantView>(grantPath(grantId));
  const g = grant.data;
  return (
    <>
      <p>
        <a href={hrefOf({ name: 'grants' })}>{t('grantPage.back')}</a>
      </p>
      <PageHeading title={t('grantPage.title', { acronym: g?.acronym ?? '' })}>
        {g && (
          <>
            <p className="lead">
              <GrantStateBadge state={g.state} /> {t('grantPage.amount', { amount: money(g.amount, lang) })}
            </p>
            <p>
              {t('grantPage.summary', {
                title: g.title,
                lot: t(lotLabel(g.lot)),
                months: g.durationMonths,
                periods: g.periods,
              })}
            </p>
            <p className="notice notice--info" data-next>
              {t(nextStep(g))}
            </p>
            <p>
              <a href={`${grantPath(g.id)}/agreement.pdf?lang=en`} download>
                {t('grantPage.pdf')}
              </a>
              {' · '}
              <a href={`${grantPath(g.id)}/agreement.pdf?lang=da`} download>
                {t('grantPage.pdfDa')}
              </a>
            </p>
          </>
        )}
      </PageHeading>
      <ErrorMessage error={grant.error} />
      {grant.loading && !g && (
        <p className="loading" role="status">
          {t('common.loading')}
        </p>
      )}
      {g && (
        <>
          <GrantActions grant={g} />
          <ConsortiumSection grant={g} />
          {(g.viewer.actions.includes('edit-consortium') || g.viewer.actions.includes('amend')) && (
            <ConsortiumChange grant={g} />
          )}
          <AmendmentList grant={g} />
          <BankAccountSection grant={g} />
          <ScheduleSection grant={g} />
          {(g.state === 'signed' || g.state === 'closed') && <ReportsSection grant={g} />}
          <LedgerTable grant={g} />
        </>
      )}
    </>
  );
}

function nextStep(g: GrantView): MessageKey {
  if (g.state === 'closed') return 'grantPage.next.closed';
  if (g.state === 'cancelled') return 'grantPage.next.cancelled';
  if (g.viewer.role === 'partner') return 'grantPage.next.partner';
  return `grantPage.next.${g.state}.${g.viewer.role}` as MessageKey;
}
