/** The steps of an expert's work on one proposal. */
import { EXPERT_TABS, type ExpertTab, hrefOf } from '../../app/routes.ts';
import { TabLinks } from '../../components/TabLinks.tsx';
import type { MessageKey } from '../../i18n/en.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export const EXPERT_TAB_LABEL: Record<ExpertTab, MessageKey> = {
  proposal: 'expertProposal.tab.proposal',
  evaluation: 'expertProposal.tab.evaluation',
  consensus: 'expertProposal.tab.consensus',
};

export function ExpertTabNav({ proposalId, current }: { proposalId: string; current: ExpertTab }) {
  const { t } = useI18n();
  const tabs = EXPERT_TABS.map((tab) => ({
    id: tab,
    href: hrefOf({ name: 'expert-proposal', id: proposalId, tab }),
    label: t(EXPERT_TAB_LABEL[tab]),
  }));
  return <TabLinks label={t('expertProposal.tabs')} tabs={tabs} current={current} />;
}
