/**
 * Choosing a new password from the e-mailed link (#/reset-password/<token>). Each problem is
 * said next to its field; a used or expired link offers to ask for a new one.
 */
import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../api/client.ts';
import { hrefOf } from '../app/routes.ts';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { TextField } from '../components/fields.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useI18n } from '../i18n/i18n.tsx';

/** Must match the server's minimum (src/server/auth/passwords.ts); the server decides the rest. */
const MIN_LENGTH = 12;

export default function ResetPasswordPage({ token }: { token: string }) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<{ password?: string; repeat?: string }>({});
  const [linkUnusable, setLinkUnusable] = useState(false);
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    const found: typeof errors = {};
    if (password.length < MIN_LENGTH) found.password = t('auth.passwordTooShort');
    if (repeat !== password) found.repeat = t('auth.passwordsDiffer');
    setErrors(found);
    if (found.password || found.repeat) return;
    setBusy(true);
    try {
      await api.post('/api/v1/auth/password-reset', { token, password });
      setDone(true);
    } catch (e) {
      const fields = e instanceof ApiError ? e.problems.map((p) => p.field) : [];
      if (fields.includes('token')) setLinkUnusable(true);
      else if (fields.includes('password')) setErrors({ password: t('auth.passwordRejected') });
      else setError(e);
    } finally {
      setBusy(false);
    }
  };
  if (done) {
    return (
      <div className="narrow">
        <PageHeading title={t('auth.resetTitle')} />
        <p className="notice notice--info" role="status">
          {t('auth.resetDone')}
        </p>
        <p className="aside-link">
          <a href={hrefOf({ name: 'sign-in' })}>{t('auth.signInLink')}</a>
        </p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <PageHeading title={t('auth.resetTitle')} />
      {linkUnusable && (
        <div className="notice notice--error" role="alert">
          <p>{t('auth.resetLinkUnusable')}</p>
          <p>
            <a href={hrefOf({ name: 'forgot-password' })}>{t('auth.resetAskAgain')}</a>
          </p>
        </div>
      )}
      <form className="form" onSubmit={submit} noValidate>
        <ErrorMessage error={error} />
        <TextField
          id="reset-password"
          label={t('auth.newPassword')}
          hint={t('auth.newPasswordHint')}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          error={errors.password}
          required
        />
        <TextField
          id="reset-repeat"
          label={t('auth.repeatPassword')}
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={setRepeat}
          error={errors.repeat}
          required
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('auth.resetSaving') : t('auth.resetSave')}
        </button>
      </form>
    </div>
  );
}
