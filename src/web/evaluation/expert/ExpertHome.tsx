/**
 * An expert's home: the proposals assigned to them, where each stands (declare, evaluate, draft,
 * submitted), whether they are the rapporteur and where the consensus stands, each linking to
 * the proposal's page.
 */
import './expert.css';
import type { CallSummary } from '../../../contracts/calls.ts';
import type { Assignment } from '../../../contracts/evaluation-expert.ts';
import { useApi } from '../../api/use-api.ts';
import { hrefOf } from '../../app/routes.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { lotLabel } from '../../components/labels.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useAccount } from '../../session/session.tsx';
import { assignmentState } from './model.ts';
import { StateBadge } from './StateBadge.tsx';

export default function ExpertHome() {
  const { t, tn, pick } = useI18n();
  const account = useAccount();
  const assignments = useApi<Assignment[]>('/api/v1/evaluation/my-assignments');
  const calls = useApi<CallSummary[]>('/api/v1/calls');
  const callTitle = (id: string) => {
    const call = calls.data?.find((c) => c.id === id);
    return call ? pick(call.titles) : id;
  };
  const list = assignments.data ?? [];
  const open = list.filter((a) => assignmentState(a) !== 'submitted' && assignmentState(a) !== 'conflict');
  return (
    <div className="expert-home">
      <PageHeading title={t('expertHome.title')}>
        <p className="lead">{t('dashboard.welcome', { name: account.name })}</p>
        {assignments.data && list.length > 0 && (
          <p>{tn('expertHome.summary', list.length, { open: open.length })}</p>
        )}
      </PageHeading>
      <ErrorMessage error={assignments.error} />
      {assignments.loading && !assignments.data && (
        <p className="loading" role="status">
          {t('common.loading')}
        </p>
      )}
      {assignments.data &&
        (list.length === 0 ? (
          <div className="notice notice--info">
            <p>{t('expertHome.empty')}</p>
          </div>
        ) : (
          <ul className="card-list assignment-list">
            {list.map((a) => {
              const state = assignmentState(a);
              // Where the work continues: the declaration shows on every tab; the rapporteur goes on to the consensus.
              const next =
                state === 'submitted' && a.rapporteur
                  ? 'consensus'
                  : state === 'to-declare' || state === 'conflict'
                    ? 'proposal'
                    : 'evaluation';
              return (
                <li key={a.proposalId} className="card assignment" data-proposal={a.acronym}>
                  <h2 className="card__title">
                    <a href={hrefOf({ name: 'expert-proposal', id: a.proposalId, tab: next })}>{a.acronym}</a>
                  </h2>
                  <p>{a.title}</p>
                  <dl className="meta-list">
                    <dt>{t('expertHome.state')}</dt>
                    <dd>
                      <StateBadge state={state} />
                    </dd>
                    <dt>{t('expertHome.call')}</dt>
                    <dd>{callTitle(a.callId)}</dd>
                    <dt>{t('expertHome.lot')}</dt>
                    <dd>{t(lotLabel(a.lot))}</dd>
                    <dt>{t('expertHome.role')}</dt>
                    <dd>{a.rapporteur ? t('expertHome.rapporteur') : t('expertHome.evaluator')}</dd>
                    <dt>{t('expertHome.consensus')}</dt>
                    <dd>
                      <ConsensusState assignment={a} />
                    </dd>
                  </dl>
                </li>
              );
            })}
          </ul>
        ))}
    </div>
  );
}

/** The consensus can be read once the expert's own evaluation is in; before that, say so. */
function ConsensusState({ assignment }: { assignment: Assignment }) {
  const { t } = useI18n();
  const consensus = assignment.consensus;
  if (!consensus) return <>{t('expertHome.consensusAfter')}</>;
  return (
    <>
      {consensus.status === 'agreed'
        ? t('expertHome.consensusAgreed')
        : consensus.status === 'draft'
          ? t('expertHome.consensusDraft')
          : t('expertHome.consensusNone')}
      {' · '}
      {t('consensus.submitted', { submitted: consensus.submitted, expected: consensus.expected })}
    </>
  );
}
