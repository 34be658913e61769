/**
 * An expert's work on one assigned proposal: one tab per step (read it, score it, the
 * consensus). Until the expert has declared no conflict of interest and confidentiality, every
 * tab shows the declaration; a declared conflict keeps the proposal closed.
 */
import './expert.css';
import { useEffect, useRef } from 'react';
import type { Assignment, ProposalForExpert } from '../../../contracts/evaluation-expert.ts';
import { useCallDefinition } from '../../api/catalogue.ts';
import { useApi } from '../../api/use-api.ts';
import { type ExpertTab, hrefOf } from '../../app/routes.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { lotLabel } from '../../components/labels.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { ConsensusTab } from './ConsensusTab.tsx';
import { DeclarationForm } from './DeclarationForm.tsx';
import { EvaluationTab } from './EvaluationTab.tsx';
import { ExpertTabNav } from './ExpertTabNav.tsx';
import { assignmentState } from './model.ts';
import { ProposalTab } from './ProposalTab.tsx';
import { StateBadge } from './StateBadge.tsx';

export default function ExpertProposalPage({ proposalId, tab }: { proposalId: string; tab: ExpertTab }) {
  const { t } = useI18n();
  const assignments = useApi<Assignment[]>('/api/v1/evaluation/my-assignments');
  const assignment = assignments.data?.find((a) => a.proposalId === proposalId);
  const state = assignment ? assignmentState(assignment) : undefined;
  const open = state !== undefined && state !== 'to-declare' && state !== 'conflict';
  const content = useApi<ProposalForExpert>(
    open ? `/api/v1/evaluation/proposals/${encodeURIComponent(proposalId)}/content` : undefined,
  );
  const call = useCallDefinition(assignment?.callId);
  const firstRender = useRef(true);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the tab changes, on purpose.
  useEffect(() => {
    const arrival = firstRender.current;
    firstRender.current = false;
    // On arrival the app focuses the page heading; a tab change lands on the tab's heading.
    if (!arrival) setTimeout(() => document.querySelector<HTMLElement>('#tab-panel h2')?.focus(), 0);
  }, [tab]);

  if (assignments.loading && !assignments.data) {
    return (
      <p className="loading" role="status">
        {t('common.loading')}
      </p>
    );
  }
  if (!assignment) {
    return (
      <div className="narrow">
        <PageHeading title={t('expertProposal.title')} />
        <ErrorMessage error={assignments.error} />
        {assignments.data && <p className="notice notice--warning">{t('expertProposal.notAssigned')}</p>}
        <p>
          <a href={hrefOf({ name: 'expert' })}>{t('expertProposal.back')}</a>
        </p>
      </div>
    );
  }

  let body: React.ReactNode;
  if (state === 'to-declare') body = <DeclarationForm assignment={assignment} />;
  else if (state === 'conflict')
    body = (
      <div className="notice notice--warning" role="status">
        <p className="notice__title">{t('declaration.conflictDeclared')}</p>
        <p>{t('declaration.whatHappens')}</p>
      </div>
    );
  else if (content.error) body = <ErrorMessage error={content.error} />;
  else if (!content.data)
    body = (
      <p className="loading" role="status">
        {t('common.loading')}
      </p>
    );
  else if (tab === 'proposal') body = <ProposalTab data={content.data} proposalId={proposalId} />;
  else if (tab === 'evaluation')
    body = (
      <EvaluationTab
        proposalId={proposalId}
        criteria={content.data.criteria}
        overallThreshold={call.data?.awardCriteria.overallThreshold.value}
        answers={content.data.content.answers}
      />
    );
  else body = <ConsensusTab proposalId={proposalId} assignment={assignment} />;

  return (
    <div className="expert-page">
      <p className="no-print">
        <a href={hrefOf({ name: 'expert' })}>{t('expertProposal.back')}</a>
      </p>
      <PageHeading title={`${assignment.acronym}: ${assignment.title}`}>
        <p className="expert-page__meta">
          <StateBadge state={state!} /> <span>{t(lotLabel(assignment.lot))}</span>
          {' · '}
          <span>{assignment.callId}</span>
          {assignment.rapporteur && (
            <>
              {' · '}
              <span className="badge badge--secondary">{t('expertHome.rapporteur')}</span>
            </>
          )}
        </p>
      </PageHeading>
      <ExpertTabNav proposalId={proposalId} current={tab} />
      <div id="tab-panel">{body}</div>
    </div>
  );
}
