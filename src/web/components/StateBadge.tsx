/** A proposal's state as a coloured badge with its name in words. */
import type { ProposalState } from '../../contracts/proposals.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { STATE_LABEL } from './labels.ts';

export function StateBadge({ state }: { state: ProposalState }) {
  const { t } = useI18n();
  return <span className={`badge badge--${state}`}>{t(STATE_LABEL[state])}</span>;
}
