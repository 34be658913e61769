/** Signing in; afterwards the page asked for, or the account's own home page. */
import { homeOf, hrefOf, safeNext } from '../app/routes.ts';
import { navigate } from '../app/use-route.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { SignInForm } from '../session/AuthForms.tsx';

export function SignInPage({ next, expired }: { next?: string | undefined; expired?: boolean }) {
  const { t } = useI18n();
  const target = safeNext(next);
  return (
    <div className="narrow">
      <PageHeading title={t('auth.signInTitle')} />
      {expired && (
        <p className="notice notice--info" role="status">
          {t('auth.expired')}
        </p>
      )}
      <SignInForm onDone={(account) => navigate(target ?? homeOf(account.role))} />
      <p className="aside-link">
        <a href={hrefOf({ name: 'forgot-password' })}>{t('auth.forgotLink')}</a>
      </p>
      <p className="aside-link">
        {t('auth.noAccount')}{' '}
        <a href={hrefOf({ name: 'register', ...(target && { next: target }) })}>{t('auth.registerLink')}</a>
      </p>
    </div>
  );
}
