/** The loading state and error of a tab's data, said the same way on every tab. */
import type { ReactNode } from 'react';
import type { Loaded } from '../../api/use-api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

export function LoadState<T>({ loaded, children }: { loaded: Loaded<T>; children: (data: T) => ReactNode }) {
  const { t } = useI18n();
  if (loaded.error) return <ErrorMessage error={loaded.error} />;
  if (loaded.data === undefined)
    return (
      <p className="loading" role="status">
        {t('common.loading')}
      </p>
    );
  return <>{children(loaded.data)}</>;
}
