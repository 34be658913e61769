/** The page's <h1>, which also names the browser tab. The app moves the focus to it on arrival. */
import { type ReactNode, useEffect } from 'react';
import { useI18n } from '../i18n/i18n.tsx';

export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
  return (
    <div className="page-heading">
      <h1 tabIndex={-1}>{title}</h1>
      {children}
    </div>
  );
}
