/** Where the expert's work on a proposal stands, as a badge with its name in words. */
import type { MessageKey } from '../../i18n/en.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { AssignmentState } from './model.ts';

export const ASSIGNMENT_STATE_LABEL: Record<AssignmentState, MessageKey> = {
  'to-declare': 'expertHome.state.to-declare',
  conflict: 'expertHome.state.conflict',
  'to-evaluate': 'expertHome.state.to-evaluate',
  draft: 'expertHome.state.draft',
  submitted: 'expertHome.state.submitted',
};

const TONE: Record<AssignmentState, string> = {
  'to-declare': 'badge--unconfirmed',
  conflict: 'badge--withdrawn',
  'to-evaluate': 'badge--secondary',
  draft: 'badge--draft',
  submitted: 'badge--submitted',
};

export function StateBadge({ state }: { state: AssignmentState }) {
  const { t } = useI18n();
  return (
    <span className={`badge ${TONE[state]}`} data-state={state}>
      {t(ASSIGNMENT_STATE_LABEL[state])}
    </span>
  );
}
