/**
 * The expert registry (who evaluates, where they work, what they know, how much) and the
 * conflicts of interest found for this call, which an officer pins or lifts with a reason.
 */
import { useState } from 'react';
import type {
  ConflictKind,
  ConflictsView,
  Expert,
  ScreeningItem,
} from '../../../contracts/evaluation-agency.ts';
import { api } from '../../api/client.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { useApi } from '../../api/use-api.ts';
import { useWrite } from '../../api/use-write.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { SelectField, TextArea } from '../../components/fields.tsx';
import { lotLabel } from '../../components/labels.ts';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import type { MessageKey } from '../../i18n/en.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useNotice } from '../../i18n/use-notice.ts';
import { ExpertForm } from './ExpertForm.tsx';
import { LoadState } from './Loading.tsx';
import { fieldProblem } from './model.ts';

export const CONFLICT_LABEL: Record<ConflictKind, MessageKey> = {
  'employer-takes-part': 'experts.kind.employer-takes-part',
  declared: 'experts.kind.declared',
  'coordinator-country': 'experts.kind.coordinator-country',
  pinned: 'experts.kind.pinned',
};

export function ExpertsTab({ callId }: { callId: string }) {
  const { t } = useI18n();
  const experts = useApi<Expert[]>('/api/v1/evaluation/experts');
  const conflicts = useApi<ConflictsView>(`/api/v1/evaluation/calls/${encodeURIComponent(callId)}/conflicts`);
  const proposals = useApi<ScreeningItem[]>(
    `/api/v1/evaluation/calls/${encodeURIComponent(callId)}/screening`,
  );
  const [editing, setEditing] = useState<string>();
  const saved = useNotice();
  return (
    <>
      <p className="tab-heading__intro">{t('experts.intro')}</p>
      <section aria-labelledby="experts-registry-h">
        <h3 id="experts-registry-h">{t('experts.registry')}</h3>
        <LoadState loaded={experts}>
          {(list) => (
            <>
              <ScrollRegion labelledBy="experts-caption">
                <table className="table experts-table">
                  <caption id="experts-caption">{t('experts.caption', { n: list.length })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('experts.name')}</th>
                      <th scope="col">{t('experts.country')}</th>
                      <th scope="col">{t('experts.pic')}</th>
                      <th scope="col">{t('experts.topics')}</th>
                      <th scope="col">{t('experts.lots')}</th>
                      <th scope="col">{t('experts.languages')}</th>
                      <th scope="col" className="num">
                        {t('experts.maxLoad')}
                      </th>
                      <th scope="col">{t('experts.actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((e) => (
                      <tr key={e.id} data-expert={e.name}>
                        <th scope="row">
                          {e.name}
                          <br />
                          <span className="muted small">{e.email}</span>
                        </th>
                        <td>{e.country}</td>
                        <td>{e.employerPic ? <code>{e.employerPic}</code> : '—'}</td>
                        <td>{e.topics.join(', ')}</td>
                        <td>{e.lots.map((l) => t(lotLabel(l))).join(', ')}</td>
                        <td>{e.languages.join(', ')}</td>
                        <td className="num">{e.maxLoad}</td>
                        <td>
                          <button
                            type="button"
                            className="button button--secondary button--small"
                            aria-expanded={editing === e.id}
                            aria-controls={editing === e.id ? `exp-edit-${e.id}-h` : undefined}
                            onClick={() => setEditing(editing === e.id ? undefined : e.id)}
                          >
                            {t('experts.edit', { name: e.name })}
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
              {editing && list.find((e) => e.id === editing) && (
                <ExpertForm
                  key={editing}
                  expert={list.find((e) => e.id === editing)!}
                  onCancel={() => setEditing(undefined)}
                  onSaved={(e) => {
                    setEditing(undefined);
                    saved.show('experts.saved', { name: e.name });
                  }}
                />
              )}
            </>
          )}
        </LoadState>
        <p role="status" className={saved.text ? 'notice notice--success' : 'visually-hidden'}>
          {saved.text}
        </p>
        <ExpertForm onSaved={(e) => saved.show('experts.added', { name: e.name })} />
      </section>
      <section aria-labelledby="conflicts-h">
        <h3 id="conflicts-h">{t('experts.conflicts')}</h3>
        <LoadState loaded={conflicts}>
          {(view) => (
            <Conflicts
              view={view}
              experts={experts.data ?? []}
              proposals={proposals.data ?? []}
              callId={callId}
            />
          )}
        </LoadState>
      </section>
    </>
  );
}

function Conflicts({
  view,
  experts,
  proposals,
  callId,
}: {
  view: ConflictsView;
  experts: Expert[];
  proposals: ScreeningItem[];
  callId: string;
}) {
  const { t } = useI18n();
  const nameOf = (id: string) => experts.find((e) => e.id === id)?.name ?? id;
  const acronymOf = (id: string) => proposals.find((p) => p.proposalId === id)?.acronym ?? id;
  const [expertId, setExpertId] = useState('');
  const [proposalId, setProposalId] = useState('');
  const [action, setAction] = useState<'pin' | 'lift' | 'clear'>('pin');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const done = useNotice();
  // A pinned or lifted conflict changes what the call's assignment may do.
  const conflict = useWrite(
    (body: { expertId: string; proposalId: string; action: string; reason: string }) =>
      api.post('/api/v1/evaluation/conflicts', body),
    [queryKeys.callEvaluation(callId)],
  );

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    done.clear();
    try {
      await conflict.mutateAsync({ expertId, proposalId, action, reason });
      done.show(`experts.done.${action}`, { name: nameOf(expertId), acronym: acronymOf(proposalId) });
      setReason('');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const choose = (id: string, pid: string, a: 'pin' | 'lift' | 'clear') => {
    setExpertId(id);
    setProposalId(pid);
    setAction(a);
    document.getElementById('coi-reason')?.focus();
  };

  return (
    <>
      <p>{view.countryConflict ? t('experts.countryRuleOn') : t('experts.countryRuleOff')}</p>
      {view.conflicts.length === 0 ? (
        <p className="panel">{t('experts.noConflicts')}</p>
      ) : (
        <ScrollRegion labelledBy="coi-caption">
          <table className="table conflicts-table">
            <caption id="coi-caption">{t('experts.conflictsCaption', { n: view.conflicts.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('experts.expert')}</th>
                <th scope="col">{t('experts.proposal')}</th>
                <th scope="col">{t('experts.why')}</th>
                <th scope="col">{t('experts.status')}</th>
                <th scope="col">{t('experts.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {view.conflicts.map((c) => {
                const liftable =
                  c.active &&
                  c.reasons.every(
                    (r) => r.kind === 'employer-takes-part' || r.kind === 'coordinator-country',
                  );
                return (
                  <tr
                    key={`${c.expertId}/${c.proposalId}`}
                    data-conflict={`${nameOf(c.expertId)}/${acronymOf(c.proposalId)}`}
                  >
                    <th scope="row">{nameOf(c.expertId)}</th>
                    <td>{acronymOf(c.proposalId)}</td>
                    <td>
                      <ul className="officer-plain-list">
                        {c.reasons.map((r) => (
                          <li key={`${r.kind}|${r.detail}`}>
                            {t(CONFLICT_LABEL[r.kind])}: <q>{r.detail}</q>
                          </li>
                        ))}
                      </ul>
                      {c.lifted && (
                        <p className="small">
                          {t('experts.liftedBecause')} <q>{c.lifted.reason}</q>
                        </p>
                      )}
                    </td>
                    <td>
                      <span className={`badge ${c.active ? 'badge--withdrawn' : 'badge--confirmed'}`}>
                        {c.active ? t('experts.active') : t('experts.lifted')}
                      </span>
                    </td>
                    <td>
                      {liftable && (
                        <button
                          type="button"
                          className="button button--secondary button--small"
                          onClick={() => choose(c.expertId, c.proposalId, 'lift')}
                        >
                          {t('experts.liftThis', {
                            name: nameOf(c.expertId),
                            acronym: acronymOf(c.proposalId),
                          })}
                        </button>
                      )}
                      {(c.lifted || c.reasons.some((r) => r.kind === 'pinned')) && (
                        <button
                          type="button"
                          className="button button--secondary button--small"
                          onClick={() => choose(c.expertId, c.proposalId, 'clear')}
                        >
                          {t('experts.clearThis', {
                            name: nameOf(c.expertId),
                            acronym: acronymOf(c.proposalId),
                          })}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <form
        className="form subpanel"
        onSubmit={(e) => void submit(e)}
        noValidate
        aria-labelledby="coi-form-h"
      >
        <h4 id="coi-form-h" className="officer-h4">
          {t('experts.pinOrLift')}
        </h4>
        <div className="grid-2">
          <SelectField
            id="coi-expert"
            label={t('experts.expert')}
            value={expertId}
            onChange={setExpertId}
            error={fieldProblem(error, 'expertId')}
            options={[
              { value: '', label: t('common.choose') },
              ...experts.map((e) => ({ value: e.id, label: e.name })),
            ]}
          />
          <SelectField
            id="coi-proposal"
            label={t('experts.proposal')}
            value={proposalId}
            onChange={setProposalId}
            error={fieldProblem(error, 'proposalId')}
            options={[
              { value: '', label: t('common.choose') },
              ...proposals.map((p) => ({ value: p.proposalId, label: p.acronym })),
            ]}
          />
          <SelectField
            id="coi-action"
            label={t('experts.action')}
            value={action}
            onChange={setAction}
            options={[
              { value: 'pin', label: t('experts.action.pin') },
              { value: 'lift', label: t('experts.action.lift') },
              { value: 'clear', label: t('experts.action.clear') },
            ]}
          />
        </div>
        <TextArea
          id="coi-reason"
          label={t('experts.reason')}
          hint={t('experts.reasonHint')}
          value={reason}
          onChange={setReason}
          rows={2}
          error={fieldProblem(error, 'reason')}
        />
        {!fieldProblem(error, 'reason') && <ErrorMessage error={error} />}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('officerCall.working') : t('experts.record')}
          </button>
        </div>
        <p role="status" className={done.text ? 'notice notice--success' : 'visually-hidden'}>
          {done.text}
        </p>
      </form>
    </>
  );
}
