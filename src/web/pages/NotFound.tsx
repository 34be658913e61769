/** A route the app does not know. */
import { PageHeading } from '../components/PageHeading.tsx';
import { useI18n } from '../i18n/i18n.tsx';

export function NotFound() {
  const { t } = useI18n();
  return (
    <div className="narrow">
      <PageHeading title={t('notFound.title')} />
      <p>{t('notFound.text')}</p>
      <p>
        <a href="#/">{t('notFound.home')}</a>
      </p>
    </div>
  );
}
