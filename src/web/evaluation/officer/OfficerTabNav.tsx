/** The five steps of the evaluation of a call, in order. */
import { hrefOf, OFFICER_TABS, type OfficerTab } from '../../app/routes.ts';
import { TabLinks } from '../../components/TabLinks.tsx';
import type { MessageKey } from '../../i18n/en.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export const TAB_TITLE: Record<OfficerTab, MessageKey> = {
  screening: 'officerCall.tab.screening',
  experts: 'officerCall.tab.experts',
  assignment: 'officerCall.tab.assignment',
  progress: 'officerCall.tab.progress',
  ranking: 'officerCall.tab.ranking',
};

export function OfficerTabNav({ callId, current }: { callId: string; current: OfficerTab }) {
  const { t } = useI18n();
  const tabs = OFFICER_TABS.map((tab) => ({
    id: tab,
    href: hrefOf({ name: 'officer-call', callId, tab }),
    label: t(TAB_TITLE[tab]),
  }));
  return <TabLinks label={t('officerCall.steps')} tabs={tabs} current={current} numbered />;
}
