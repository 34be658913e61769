/**
 * The sign-in and registration forms. The invitation page shows them inline, the sign-in and
 * register pages on their own; either way a success continues to `onDone`.
 */
import { type FormEvent, useState } from 'react';
import type { Account } from '../../contracts/auth.ts';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { TextField } from '../components/fields.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from './session.tsx';

export function SignInForm({
  onDone,
  idPrefix = 'sign-in',
}: {
  onDone: (a: Account) => void;
  idPrefix?: string;
}) {
  const { t } = useI18n();
  const session = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      onDone(await session.signIn(email, password));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const ids = { email: `${idPrefix}-email`, password: `${idPrefix}-password` };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorMessage error={error} inputFor={(f) => ids[f as keyof typeof ids]} />
      <TextField
        id={ids.email}
        label={t('auth.email')}
        type="email"
        autoComplete="username"
        value={email}
        onChange={setEmail}
        required
      />
      <TextField
        id={ids.password}
        label={t('auth.password')}
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        required
      />
      <button type="submit" className="button" disabled={busy}>
        {busy ? t('auth.signingIn') : t('auth.signIn')}
      </button>
    </form>
  );
}

export function RegisterForm({
  onDone,
  idPrefix = 'register',
}: {
  onDone: (a: Account) => void;
  idPrefix?: string;
}) {
  const { t } = useI18n();
  const session = useSession();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      onDone(await session.register(name, email, password));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const ids = { name: `${idPrefix}-name`, email: `${idPrefix}-email`, password: `${idPrefix}-password` };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorMessage error={error} inputFor={(f) => ids[f as keyof typeof ids]} />
      <TextField
        id={ids.name}
        label={t('auth.name')}
        autoComplete="name"
        value={name}
        onChange={setName}
        required
      />
      <TextField
        id={ids.email}
        label={t('auth.email')}
        type="email"
        autoComplete="email"
        value={email}
        onChange={setEmail}
        required
      />
      <TextField
        id={ids.password}
        label={t('auth.password')}
        hint={t('auth.passwordHint')}
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={setPassword}
        required
      />
      <button type="submit" className="button" disabled={busy}>
        {busy ? t('auth.registering') : t('auth.register')}
      </button>
    </form>
  );
}
