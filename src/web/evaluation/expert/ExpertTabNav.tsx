/** The steps of an expert's work on one proposal, as links (each tab is a route). */
import { EXPERT_TABS, type ExpertTab, hrefOf } from '../../app/routes.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export const EXPERT_TAB_LABEL: Record<ExpertTab, MessageKey> = {
  proposal: 'expertProposal.tab.proposal',
  evaluation: 'expertProposal.tab.evaluation',
  consensus: 'expertProposal.tab.consensus',
};

export function ExpertTabNav({ proposalId, current }: { proposalId: string; current: ExpertTab }) {
  const { t } = useI18n();
  return (
    <nav className="tabs" aria-label={t('expertProposal.tabs')}>
      <ul className="tabs__list">
        {EXPERT_TABS.map((tab) => (
          <li key={tab}>
            <a
              className="tabs__link"
              href={hrefOf({ name: 'expert-proposal', id: proposalId, tab })}
              aria-current={tab === current ? 'page' : undefined}
            >
              {t(EXPERT_TAB_LABEL[tab])}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
