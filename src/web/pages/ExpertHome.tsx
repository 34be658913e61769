/** An expert's home: their assignments will be listed here once the agency assigns proposals. */
import { PageHeading } from '../components/PageHeading.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useAccount } from '../session/session.tsx';

export default function ExpertHome() {
  const { t } = useI18n();
  const account = useAccount();
  return (
    <div className="narrow">
      <PageHeading title={t('expert.title')}>
        <p className="lead">{t('dashboard.welcome', { name: account.name })}</p>
      </PageHeading>
      <div className="notice notice--info">
        <p>{t('expert.empty')}</p>
      </div>
    </div>
  );
}
