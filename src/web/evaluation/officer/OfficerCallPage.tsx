/** The officer's evaluation of one closed call: one tab per step, each tab a route. */
import './officer.css';
import type { CallSummary } from '../../../contracts/calls.ts';
import { useApi } from '../../api/use-api.ts';
import { hrefOf, type OfficerTab } from '../../app/routes.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { formatTime } from '../../i18n/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { AssignmentTab } from './AssignmentTab.tsx';
import { ExpertsTab } from './ExpertsTab.tsx';
import { OfficerTabNav, TAB_TITLE } from './OfficerTabNav.tsx';
import { ProgressTab } from './ProgressTab.tsx';
import { RankingTab } from './RankingTab.tsx';
import { ScreeningTab } from './ScreeningTab.tsx';

export default function OfficerCallPage({ callId, tab }: { callId: string; tab: OfficerTab }) {
  const { t, lang, pick } = useI18n();
  const calls = useApi<CallSummary[]>('/api/v1/calls');
  const call = calls.data?.find((c) => c.id === callId);
  return (
    <>
      <p className="officer-back">
        <a href={hrefOf({ name: 'officer' })}>{t('officerCall.back')}</a>
      </p>
      <PageHeading title={`${t('officerCall.title', { callId })}: ${t(TAB_TITLE[tab])}`}>
        {call && (
          <p className="lead">
            {pick(call.titles)}.{' '}
            {t('officerCall.deadline', { deadline: formatTime(call.deadline.utc, lang, { seconds: true }) })}
          </p>
        )}
      </PageHeading>
      <OfficerTabNav callId={callId} current={tab} />
      <section className="officer-tab" aria-labelledby="officer-tab-h">
        <h2 id="officer-tab-h">{t(TAB_TITLE[tab])}</h2>
        {tab === 'screening' && <ScreeningTab callId={callId} />}
        {tab === 'experts' && <ExpertsTab callId={callId} />}
        {tab === 'assignment' && <AssignmentTab callId={callId} />}
        {tab === 'progress' && <ProgressTab callId={callId} />}
        {tab === 'ranking' && <RankingTab callId={callId} />}
      </section>
    </>
  );
}
