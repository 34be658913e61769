/** The administrator's home: the accounts (and creating agency and expert accounts), the outbox. */
import type { AdminAccount, OutboxMail } from '../../contracts/admin.ts';
import { useApi } from '../api/use-api.ts';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { AccountsTable } from './admin/AccountsTable.tsx';
import { CreateAccount } from './admin/CreateAccount.tsx';
import { Outbox } from './admin/Outbox.tsx';

export default function AdminHome() {
  const { t } = useI18n();
  const accounts = useApi<AdminAccount[]>('/api/v1/admin/accounts');
  const outbox = useApi<OutboxMail[]>('/api/v1/admin/outbox');
  return (
    <>
      <PageHeading title={t('admin.title')} />
      <section className="panel" aria-labelledby="admin-accounts">
        <h2 id="admin-accounts">{t('admin.accounts')}</h2>
        <ErrorMessage error={accounts.error} />
        {accounts.data && <AccountsTable accounts={accounts.data} />}
        <CreateAccount />
      </section>
      <section className="panel" aria-labelledby="admin-outbox">
        <h2 id="admin-outbox">{t('admin.outbox')}</h2>
        <p>{t('admin.outboxIntro')}</p>
        <button type="button" className="button button--secondary" onClick={() => void outbox.reload()}>
          {t('admin.refresh')}
        </button>
        <ErrorMessage error={outbox.error} />
        {outbox.data && <Outbox mails={outbox.data} />}
      </section>
    </>
  );
}
