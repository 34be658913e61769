/** Creating an account with a role: how officers, experts and other admins get one. */
import { type FormEvent, useState } from 'react';
import type { GlobalRole } from '../../../contracts/common.ts';
import { api } from '../../api/client.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { useWrite } from '../../api/use-write.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { SelectField, TextField } from '../../components/fields.tsx';
import { ACCOUNT_ROLE_LABEL } from '../../components/labels.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useNotice } from '../../i18n/use-notice.ts';

const ROLES: GlobalRole[] = ['officer', 'expert', 'admin', 'applicant'];

/** The accounts' list refreshes itself once the account exists (its query is invalidated). */
export function CreateAccount() {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<GlobalRole>('officer');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>();
  const done = useNotice();
  const create = useWrite(
    (account: { name: string; email: string; role: GlobalRole; password: string }) =>
      api.post('/api/v1/admin/accounts', account),
    [queryKeys.adminAccounts()],
  );
  const ids = { name: 'acc-name', email: 'acc-email', role: 'acc-role', password: 'acc-password' };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    done.clear();
    try {
      await create.mutateAsync({ name, email, role, password });
      done.show('admin.createdAccount', { email });
      setName('');
      setEmail('');
      setPassword('');
    } catch (e) {
      setError(e);
    }
  };

  return (
    <form className="form subpanel" onSubmit={submit} noValidate aria-labelledby="acc-create-h">
      <h3 id="acc-create-h">{t('admin.createAccount')}</h3>
      <ErrorMessage error={error} inputFor={(f) => ids[f as keyof typeof ids]} />
      <p role="status">{done.text}</p>
      <TextField id={ids.name} label={t('auth.name')} value={name} onChange={setName} required />
      <TextField
        id={ids.email}
        label={t('auth.email')}
        type="email"
        value={email}
        onChange={setEmail}
        required
      />
      <SelectField
        id={ids.role}
        label={t('admin.role')}
        value={role}
        onChange={setRole}
        options={ROLES.map((r) => ({ value: r, label: t(ACCOUNT_ROLE_LABEL[r]) }))}
      />
      <TextField
        id={ids.password}
        label={t('admin.initialPassword')}
        hint={t('auth.passwordHint')}
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={setPassword}
        required
      />
      <button type="submit" className="button">
        {t('admin.create')}
      </button>
    </form>
  );
}
