/** Every account with its role and when it was created. */

import type { AdminAccount } from '../../../contracts/admin.ts';
import { ACCOUNT_ROLE_LABEL } from '../../components/labels.ts';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import { formatTime } from '../../i18n/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export function AccountsTable({ accounts }: { accounts: AdminAccount[] }) {
  const { t, lang } = useI18n();
  return (
    <ScrollRegion label={t('admin.accountsTable')}>
      <table className="table">
        <caption className="visually-hidden">{t('admin.accountsTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('auth.name')}</th>
            <th scope="col">{t('auth.email')}</th>
            <th scope="col">{t('admin.role')}</th>
            <th scope="col">{t('admin.created')}</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((a) => (
            <tr key={a.id}>
              <td>{a.name}</td>
              <td>{a.email}</td>
              <td>{t(ACCOUNT_ROLE_LABEL[a.role])}</td>
              <td>{formatTime(a.createdAt, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
