/** Registering an applicant account (agency staff and experts are created by the admin). */
import { hrefOf, safeNext } from '../app/routes.ts';
import { navigate } from '../app/use-route.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { RegisterForm } from '../session/AuthForms.tsx';

export function RegisterPage({ next }: { next?: string | undefined }) {
  const { t } = useI18n();
  const target = safeNext(next);
  return (
    <div className="narrow">
      <PageHeading title={t('auth.registerTitle')} />
      <p>{t('auth.registerIntro')}</p>
      <RegisterForm onDone={() => navigate(target ?? { name: 'dashboard' })} />
      <p className="aside-link">
        {t('auth.haveAccount')}{' '}
        <a href={hrefOf({ name: 'sign-in', ...(target && { next: target }) })}>{t('auth.signInLink')}</a>
      </p>
    </div>
  );
}
