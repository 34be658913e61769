/**
 * Asking for a password reset link. The page says the same whether the address has an account
 * or not, as the server does: nobody learns from it who has one.
 */
import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../api/client.ts';
import { hrefOf } from '../app/routes.ts';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { TextField } from '../components/fields.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useI18n } from '../i18n/i18n.tsx';

export default function ForgotPasswordPage() {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [fieldError, setFieldError] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [sentTo, setSentTo] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setFieldError(undefined);
    if (!/^\S+@\S+\.\S+$/.test(email.trim())) {
      setFieldError(t('auth.emailInvalid'));
      return;
    }
    setBusy(true);
    try {
      await api.post('/api/v1/auth/password-reset/request', { email: email.trim() });
      setSentTo(email.trim());
    } catch (e) {
      if (e instanceof ApiError && e.problems.some((p) => p.field === 'email'))
        setFieldError(t('auth.emailInvalid'));
      else setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="narrow">
      <PageHeading title={t('auth.forgotTitle')} />
      {sentTo ? (
        <p className="notice notice--info" role="status">
          {t('auth.forgotSent', { email: sentTo })}
        </p>
      ) : (
        <>
          <p>{t('auth.forgotIntro')}</p>
          <form className="form" onSubmit={submit} noValidate>
            <ErrorMessage error={error} />
            <TextField
              id="forgot-email"
              label={t('auth.email')}
              type="email"
              autoComplete="username"
              value={email}
              onChange={setEmail}
              error={fieldError}
              required
            />
            <button type="submit" className="button" disabled={busy}>
              {busy ? t('auth.forgotSending') : t('auth.forgotSend')}
            </button>
          </form>
        </>
      )}
      <p className="aside-link">
        <a href={hrefOf({ name: 'sign-in' })}>{t('auth.signInLink')}</a>
      </p>
    </div>
  );
}
