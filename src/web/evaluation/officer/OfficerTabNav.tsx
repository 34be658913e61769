/** The five steps of the evaluation as links; the current one is marked for assistive technology. */
import { hrefOf, OFFICER_TABS, type OfficerTab } from '../../app/routes.ts';
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
  return (
    <nav className="tabs" aria-label={t('officerCall.steps')}>
      <ol className="tabs__list officer-steps">
        {OFFICER_TABS.map((tab, i) => (
          <li key={tab}>
            <a
              className="tabs__link"
              href={hrefOf({ name: 'officer-call', callId, tab })}
              aria-current={tab === current ? 'page' : undefined}
            >
              <span className="officer-steps__n" aria-hidden="true">
                {i + 1}.
              </span>{' '}
              {t(TAB_TITLE[tab])}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
