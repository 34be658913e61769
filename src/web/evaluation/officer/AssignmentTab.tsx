/**
 * Assignment: the call's evaluation settings, the optimal assignment the engine proposes (each
 * pair explained: topics matched, loads, who was kept off and why), an infeasibility report when
 * not every proposal can get its experts, confirming it, and changes by hand with a reason, logged.
 */
import { useState } from 'react';
import type { AssignmentProposal, Expert, ProgressItem } from '../../../contracts/evaluation-agency.ts';
import { api } from '../../api/client.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { useApi } from '../../api/use-api.ts';
import { useWrite } from '../../api/use-write.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useNotice } from '../../i18n/use-notice.ts';
import { SettingsForm } from './AssignmentSettings.tsx';
import { LoadState } from './Loading.tsx';
import { ChangeLog, ManualChange } from './ManualChanges.tsx';
import { ProposedAssignment } from './ProposedAssignment.tsx';

export function AssignmentTab({ callId }: { callId: string }) {
  const { t } = useI18n();
  const call = encodeURIComponent(callId);
  const progress = useApi<ProgressItem[]>(`/api/v1/evaluation/calls/${call}/progress`);
  const experts = useApi<Expert[]>('/api/v1/evaluation/experts');
  const [proposal, setProposal] = useState<AssignmentProposal>();
  const [busy, setBusy] = useState<'propose' | 'confirm'>();
  const [error, setError] = useState<unknown>();
  const done = useNotice();
  // Proposing writes nothing; confirming stores the assignment, which the whole call's evaluation
  // and the experts' lists read.
  const confirmation = useWrite(
    () => api.post(`/api/v1/evaluation/calls/${call}/assignment/confirm`),
    [queryKeys.callEvaluation(callId), queryKeys.proposals()],
  );

  const propose = async () => {
    setBusy('propose');
    setError(undefined);
    done.clear();
    try {
      setProposal(await api.post<AssignmentProposal>(`/api/v1/evaluation/calls/${call}/assignment/propose`));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(undefined);
    }
  };
  const confirm = async () => {
    setBusy('confirm');
    setError(undefined);
    try {
      await confirmation.mutateAsync(undefined);
      done.show('assignment.confirmed');
      setProposal(undefined);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <>
      <p className="tab-heading__intro">{t('assignment.intro')}</p>
      <SettingsForm callId={callId} />
      <section aria-labelledby="asg-current-h">
        <h3 id="asg-current-h">{t('assignment.current')}</h3>
        <LoadState loaded={progress}>{(items) => <CurrentAssignment items={items} />}</LoadState>
      </section>
      <section aria-labelledby="asg-propose-h">
        <h3 id="asg-propose-h">{t('assignment.optimal')}</h3>
        <p>{t('assignment.optimalIntro')}</p>
        <div className="button-row">
          <button
            type="button"
            className="button button--primary"
            onClick={() => void propose()}
            disabled={busy !== undefined}
          >
            {busy === 'propose' ? t('officerCall.working') : t('assignment.propose')}
          </button>
        </div>
        {!proposal && <ErrorMessage error={error} />}
        <p role="status" className={done.text ? 'notice notice--success' : 'visually-hidden'}>
          {done.text}
        </p>
        {proposal && (
          <ProposedAssignment proposal={proposal}>
            <ErrorMessage error={error} />
            {proposal.result.feasible && (
              <div className="button-row">
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => void confirm()}
                  disabled={busy !== undefined}
                >
                  {busy === 'confirm' ? t('officerCall.working') : t('assignment.confirm')}
                </button>
              </div>
            )}
          </ProposedAssignment>
        )}
      </section>
      {progress.data && experts.data && (
        <ManualChange callId={callId} progress={progress.data} experts={experts.data} />
      )}
      {progress.data && (
        <ChangeLog
          items={progress.data.filter((p) => p.screening === 'eligible')}
          experts={experts.data ?? []}
        />
      )}
    </>
  );
}

function CurrentAssignment({ items }: { items: ProgressItem[] }) {
  const { t } = useI18n();
  const eligible = items.filter((p) => p.screening === 'eligible');
  const assigned = eligible.filter((p) => p.experts.length > 0);
  if (eligible.length === 0) return <p className="panel">{t('assignment.noneScreened')}</p>;
  if (assigned.length === 0) return <p className="panel">{t('assignment.noneYet')}</p>;
  return (
    <ScrollRegion labelledBy="asg-current-caption">
      <table className="table current-assignment">
        <caption id="asg-current-caption">{t('assignment.currentCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('assignment.proposal')}</th>
            <th scope="col">{t('assignment.experts')}</th>
          </tr>
        </thead>
        <tbody>
          {eligible.map((p) => (
            <tr key={p.proposalId} data-proposal={p.acronym}>
              <th scope="row">{p.acronym}</th>
              <td>
                {p.experts.length === 0 ? (
                  t('assignment.nobody')
                ) : (
                  <ul className="officer-plain-list">
                    {p.experts.map((e) => (
                      <li key={e.expertId}>
                        {e.name}
                        {e.rapporteur && (
                          <>
                            {' '}
                            <span className="badge badge--submitted">{t('assignment.rapporteur')}</span>
                          </>
                        )}
                        {e.manual && (
                          <>
                            {' '}
                            <span className="badge badge--own">{t('assignment.manual')}</span>
                          </>
                        )}
                        {e.matched.length > 0 && (
                          <span className="muted small"> ({e.matched.join(', ')})</span>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
