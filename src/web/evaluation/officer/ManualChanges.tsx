/** Changes to a stored assignment by hand, each with a reason, and the log of them read from the proposals' audit trails. */
import { useState } from 'react';
import type { Expert, ProgressItem } from '../../../contracts/evaluation-agency.ts';
import type { AuditEntry } from '../../../contracts/proposals.ts';
import { api } from '../../api/client.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { useApiEach } from '../../api/use-api.ts';
import { useWrite } from '../../api/use-write.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { SelectField, TextArea } from '../../components/fields.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useNotice } from '../../i18n/use-notice.ts';
import { when } from './format.ts';
import { fieldProblem, reasonOf } from './model.ts';

export function ManualChange({
  callId,
  progress,
  experts,
}: {
  callId: string;
  progress: ProgressItem[];
  experts: Expert[];
}) {
  const { t } = useI18n();
  const eligible = progress.filter((p) => p.screening === 'eligible');
  const [action, setAction] = useState<'add' | 'remove'>('add');
  const [proposalId, setProposalId] = useState('');
  const [expertId, setExpertId] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const done = useNotice();
  // A change by hand changes the call's assignment and the proposal's audit trail (the log).
  const change = useWrite(
    (body: { action: 'add' | 'remove'; proposalId: string; expertId: string; reason: string }) =>
      api.post(`/api/v1/evaluation/calls/${encodeURIComponent(callId)}/assignment/changes`, body),
    ({ proposalId: changed }) => [queryKeys.callEvaluation(callId), queryKeys.proposal(changed)],
  );
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    done.clear();
    try {
      await change.mutateAsync({ action, proposalId, expertId, reason });
      const names = {
        name: experts.find((e) => e.id === expertId)?.name ?? expertId,
        acronym: eligible.find((p) => p.proposalId === proposalId)?.acronym ?? proposalId,
      };
      done.show(action === 'add' ? 'assignment.added' : 'assignment.removed', names);
      setReason('');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="asg-manual-h">
      <h3 id="asg-manual-h">{t('assignment.manualTitle')}</h3>
      <form
        className="form subpanel"
        onSubmit={(e) => void submit(e)}
        noValidate
        aria-labelledby="asg-manual-h"
      >
        <p>{t('assignment.manualIntro')}</p>
        <div className="grid-2">
          <SelectField
            id="chg-action"
            label={t('assignment.action')}
            value={action}
            onChange={setAction}
            options={[
              { value: 'add', label: t('assignment.action.add') },
              { value: 'remove', label: t('assignment.action.remove') },
            ]}
          />
          <SelectField
            id="chg-proposal"
            label={t('assignment.proposal')}
            value={proposalId}
            onChange={setProposalId}
            error={fieldProblem(error, 'proposalId')}
            options={[
              { value: '', label: t('common.choose') },
              ...eligible.map((p) => ({ value: p.proposalId, label: p.acronym })),
            ]}
          />
          <SelectField
            id="chg-expert"
            label={t('assignment.expert')}
            value={expertId}
            onChange={setExpertId}
            error={fieldProblem(error, 'expertId')}
            options={[
              { value: '', label: t('common.choose') },
              ...experts.map((e) => ({ value: e.id, label: e.name })),
            ]}
          />
        </div>
        <TextArea
          id="chg-reason"
          label={t('assignment.reason')}
          hint={t('assignment.reasonHint')}
          value={reason}
          onChange={setReason}
          rows={2}
          error={fieldProblem(error, 'reason')}
        />
        {!fieldProblem(error, 'reason') && <ErrorMessage error={error} />}
        <div className="button-row">
          <button type="submit" className="button button--secondary" disabled={busy}>
            {busy ? t('officerCall.working') : t('assignment.record')}
          </button>
        </div>
        <p role="status" className={done.text ? 'notice notice--success' : 'visually-hidden'}>
          {done.text}
        </p>
      </form>
    </section>
  );
}

/** Every change by hand, from the proposals' audit trails: who, when, what, and why. */
export function ChangeLog({ items, experts }: { items: ProgressItem[]; experts: Expert[] }) {
  const { t, lang } = useI18n();
  const trails = useApiEach<AuditEntry[]>(
    items.map((p) => `/api/v1/proposals/${encodeURIComponent(p.proposalId)}/audit`),
  );
  const error = trails.find((trail) => trail.error)?.error;
  const entries = trails.every((trail) => trail.data)
    ? trails
        .flatMap((trail, i) =>
          trail
            .data!.filter((e) => e.action === 'assignment.add' || e.action === 'assignment.remove')
            .map((e) => ({ ...e, acronym: items[i]!.acronym })),
        )
        .sort((a, b) => a.id - b.id)
    : undefined;
  const expertOf = (entity: string) => {
    const id = entity.split('/')[1] ?? '';
    return experts.find((e) => e.id === id)?.name ?? id;
  };
  return (
    <section aria-labelledby="asg-log-h">
      <h3 id="asg-log-h">{t('assignment.log')}</h3>
      <ErrorMessage error={error} />
      {entries && entries.length === 0 && <p className="muted">{t('assignment.logEmpty')}</p>}
      {entries && entries.length > 0 && (
        <ul className="officer-log">
          {entries.map((e) => (
            <li key={e.id}>
              <time dateTime={e.at}>{when(e.at, lang)}</time>{' '}
              {t(e.action === 'assignment.add' ? 'assignment.logAdd' : 'assignment.logRemove', {
                who: e.actor?.name ?? '—',
                name: expertOf(e.entity.id),
                acronym: e.acronym,
              })}{' '}
              {reasonOf(e.changes) && <q>{reasonOf(e.changes)}</q>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
