/** A grant's state as a badge with its name in words. */
import type { GrantView } from '../../contracts/grants.ts';
import type { MessageKey } from '../i18n/en.ts';
import { useI18n } from '../i18n/i18n.tsx';

export function GrantStateBadge({ state }: { state: GrantView['state'] }) {
  const { t } = useI18n();
  return (
    <span className={`badge badge--grant-${state}`} data-state={state}>
      {t(`grantPage.state.${state}` as MessageKey)}
    </span>
  );
}
