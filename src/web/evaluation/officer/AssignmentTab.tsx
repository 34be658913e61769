/**
 * Assignment: the call's evaluation settings, the optimal assignment the engine proposes (each
 * pair explained: topics matched, loads, who was kept off and why), an infeasibility report when
 * not every proposal can get its experts, confirming it, and changes by hand with a reason, logged.
 */
import { useEffect, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Checkbox, SelectField, TextArea, TextField } from '../../components/fields.tsx';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { when } from './format.ts';
import { LoadState } from './Loading.tsx';
import { fieldProblem, reasonOf } from './model.ts';
import type { AssignmentProposal, EvaluationSettings, Expert, ProgressItem } from './types.ts';

export function AssignmentTab({ callId }: { callId: string }) {
  const { t } = useI18n();
  const call = encodeURIComponent(callId);
  const progress = useApi<ProgressItem[]>(`/api/v1/evaluation/calls/${call}/progress`);
  const experts = useApi<Expert[]>('/api/v1/evaluation/experts');
  const [proposal, setProposal] = useState<AssignmentProposal>();
  const [busy, setBusy] = useState<'propose' | 'confirm'>();
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<string>();
  const [logKey, setLogKey] = useState(0);

  const propose = async () => {
    setBusy('propose');
    setError(undefined);
    setDone(undefined);
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
      await api.post(`/api/v1/evaluation/calls/${call}/assignment/confirm`);
      setDone(t('assignment.confirmed'));
      setProposal(undefined);
      await progress.reload();
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
        <p role="status" className={done ? 'notice notice--success' : 'visually-hidden'}>
          {done}
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
        <ManualChange
          callId={callId}
          progress={progress.data}
          experts={experts.data}
          onChanged={async () => {
            await progress.reload();
            setLogKey((k) => k + 1);
          }}
        />
      )}
      {progress.data && (
        <ChangeLog
          key={logKey}
          items={progress.data.filter((p) => p.screening === 'eligible')}
          experts={experts.data ?? []}
        />
      )}
    </>
  );
}

function SettingsForm({ callId }: { callId: string }) {
  const { t } = useI18n();
  const path = `/api/v1/evaluation/calls/${encodeURIComponent(callId)}/settings`;
  const loaded = useApi<EvaluationSettings>(path);
  return (
    <section aria-labelledby="asg-settings-h">
      <h3 id="asg-settings-h">{t('assignment.settings')}</h3>
      <LoadState loaded={loaded}>
        {(s) => <SettingsFields key={s.version} settings={s} path={path} onSaved={loaded.reload} />}
      </LoadState>
    </section>
  );
}

function SettingsFields({
  settings,
  path,
  onSaved,
}: {
  settings: EvaluationSettings;
  path: string;
  onSaved: () => Promise<void>;
}) {
  const { t } = useI18n();
  const [per, setPer] = useState(String(settings.expertsPerProposal));
  const [country, setCountry] = useState(settings.countryConflict);
  const [spread, setSpread] = useState(String(settings.spreadPoints));
  const [near, setNear] = useState(String(settings.nearThresholdPoints));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<string>();
  const ids: Record<string, string> = {
    expertsPerProposal: 'set-per',
    spreadPoints: 'set-spread',
    nearThresholdPoints: 'set-near',
  };
  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      await api.put(path, {
        version: settings.version,
        expertsPerProposal: Number(per),
        countryConflict: country,
        spreadPoints: Number(spread),
        nearThresholdPoints: Number(near),
      });
      setDone(t('assignment.settingsSaved'));
      await onSaved();
    } catch (e) {
      setError(e);
      if (e instanceof ApiError && e.status === 409) await onSaved();
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="form subpanel"
      onSubmit={(e) => void save(e)}
      noValidate
      aria-label={t('assignment.settings')}
    >
      <div className="grid-2">
        <TextField
          id={ids.expertsPerProposal}
          label={t('assignment.perProposal')}
          value={per}
          onChange={setPer}
          inputMode="numeric"
          error={fieldProblem(error, 'expertsPerProposal')}
        />
        <TextField
          id={ids.spreadPoints}
          label={t('assignment.spread')}
          hint={t('assignment.spreadHint')}
          value={spread}
          onChange={setSpread}
          inputMode="numeric"
          error={fieldProblem(error, 'spreadPoints')}
        />
        <TextField
          id={ids.nearThresholdPoints}
          label={t('assignment.near')}
          hint={t('assignment.nearHint')}
          value={near}
          onChange={setNear}
          inputMode="numeric"
          error={fieldProblem(error, 'nearThresholdPoints')}
        />
        <Checkbox
          id="set-country"
          label={t('assignment.countryRule')}
          hint={t('assignment.countryRuleHint')}
          checked={country}
          onChange={setCountry}
        />
      </div>
      <ErrorMessage error={error} inputFor={(f) => ids[f]} />
      <div className="button-row">
        <button type="submit" className="button button--secondary" disabled={busy}>
          {busy ? t('officerCall.working') : t('assignment.saveSettings')}
        </button>
      </div>
      <p role="status" className={done ? 'notice notice--success' : 'visually-hidden'}>
        {done}
      </p>
    </form>
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

const EXCLUSION_KEY = {
  'employer-takes-part': 'assignment.excluded.employer',
  'declared-conflict': 'assignment.excluded.declared',
} as const;

function ProposedAssignment({
  proposal,
  children,
}: {
  proposal: AssignmentProposal;
  children: React.ReactNode;
}) {
  const { t, tn } = useI18n();
  const { result } = proposal;
  const name = (id: string) => proposal.experts.find((e) => e.id === id)?.name ?? id;
  const acronym = (id: string) => proposal.proposals.find((p) => p.id === id)?.acronym ?? id;
  /** The engine says "declared-conflict" for every conflict it is given; the reasons say which. */
  const why = (proposalId: string, expertId: string, fallback: string) => {
    const c = proposal.conflicts.find((x) => x.proposalId === proposalId && x.expertId === expertId);
    return c ? c.reasons.map((r) => `${t(`experts.kind.${r.kind}`)}: ${r.detail}`).join('; ') : fallback;
  };
  return (
    <div className="proposed" data-feasible={result.feasible}>
      {result.feasible ? (
        <p className="notice notice--success">
          {t('assignment.feasible', { score: result.score, n: proposal.settings.expertsPerProposal })}
        </p>
      ) : (
        <div className="notice notice--error infeasible" role="alert">
          <p className="notice__title">{t('assignment.infeasible')}</p>
          <ul>
            {result.uncovered.map((u) => (
              <li key={u.proposal}>
                <strong>{acronym(u.proposal)}</strong>:{' '}
                {t('assignment.uncovered', { needed: u.needed, assigned: u.assigned, eligible: u.eligible })}{' '}
                {u.cause === 'too-few-eligible'
                  ? t('assignment.cause.too-few-eligible')
                  : t('assignment.cause.experts-full')}
                {u.excluded.length > 0 && (
                  <>
                    {' '}
                    {t('assignment.keptOff', {
                      names: u.excluded
                        .map((x) => `${name(x.expert)} (${why(u.proposal, x.expert, x.reason)})`)
                        .join(', '),
                    })}
                  </>
                )}
                {u.full.length > 0 && <> {t('assignment.full', { names: u.full.map(name).join(', ') })}</>}
                {u.unavailable.length > 0 && (
                  <> {t('assignment.unavailable', { names: u.unavailable.map(name).join(', ') })}</>
                )}
              </li>
            ))}
          </ul>
          <p>{t('assignment.infeasibleHelp')}</p>
        </div>
      )}
      <ScrollRegion labelledBy="asg-proposed-caption">
        <table className="table proposed-table">
          <caption id="asg-proposed-caption">{t('assignment.proposedCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('assignment.proposal')}</th>
              <th scope="col">{t('assignment.topics')}</th>
              <th scope="col">{t('assignment.experts')}</th>
              <th scope="col">{t('assignment.excludedCol')}</th>
            </tr>
          </thead>
          <tbody>
            {proposal.proposals.map((p) => {
              const a = result.assignments.find((x) => x.proposal === p.id);
              const excluded = result.explanations.proposals.find((x) => x.proposal === p.id)?.excluded ?? [];
              return (
                <tr key={p.id} data-proposal={p.acronym}>
                  <th scope="row">{p.acronym}</th>
                  <td>{p.topics.join(', ')}</td>
                  <td>
                    {!a || a.experts.length === 0 ? (
                      t('assignment.nobody')
                    ) : (
                      <ul className="officer-plain-list">
                        {a.experts.map((e) => {
                          const load = result.loads[e.id] ?? 0;
                          const max = proposal.experts.find((x) => x.id === e.id)?.maxLoad ?? 0;
                          return (
                            <li key={e.id} data-expert={name(e.id)}>
                              <strong>{name(e.id)}</strong>
                              {e.pinned && (
                                <>
                                  {' '}
                                  <span className="badge badge--own">{t('assignment.kept')}</span>
                                </>
                              )}
                              <br />
                              <span className="small">
                                {e.matched.length > 0
                                  ? tn('assignment.matched', e.matched.length, {
                                      topics: e.matched.join(', '),
                                    })
                                  : t('assignment.noMatch')}
                                {' · '}
                                {t('assignment.load', { load, max })}
                              </span>
                            </li>
                          );
                        })}
                      </ul>
                    )}
                  </td>
                  <td>
                    {excluded.length === 0 ? (
                      '—'
                    ) : (
                      <ul className="officer-plain-list">
                        {excluded.map((x) => (
                          <li key={x.expert}>
                            {name(x.expert)}:{' '}
                            {x.reason === 'employer-takes-part'
                              ? t(EXCLUSION_KEY[x.reason])
                              : why(p.id, x.expert, t(EXCLUSION_KEY[x.reason]))}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <ScrollRegion labelledBy="asg-loads-caption">
        <table className="table loads-table">
          <caption id="asg-loads-caption">{t('assignment.loadsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('assignment.expert')}</th>
              <th scope="col" className="num">
                {t('assignment.loadCol')}
              </th>
              <th scope="col" className="num">
                {t('experts.maxLoad')}
              </th>
            </tr>
          </thead>
          <tbody>
            {result.explanations.experts.map((e) => (
              <tr key={e.id} data-expert={name(e.id)}>
                <th scope="row">{name(e.id)}</th>
                <td className="num">{e.load}</td>
                <td className="num">{e.maxLoad}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {children}
    </div>
  );
}

function ManualChange({
  callId,
  progress,
  experts,
  onChanged,
}: {
  callId: string;
  progress: ProgressItem[];
  experts: Expert[];
  onChanged: () => Promise<void>;
}) {
  const { t } = useI18n();
  const eligible = progress.filter((p) => p.screening === 'eligible');
  const [action, setAction] = useState<'add' | 'remove'>('add');
  const [proposalId, setProposalId] = useState('');
  const [expertId, setExpertId] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<string>();
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      await api.post(`/api/v1/evaluation/calls/${encodeURIComponent(callId)}/assignment/changes`, {
        action,
        proposalId,
        expertId,
        reason,
      });
      const names = {
        name: experts.find((e) => e.id === expertId)?.name ?? expertId,
        acronym: eligible.find((p) => p.proposalId === proposalId)?.acronym ?? proposalId,
      };
      setDone(t(action === 'add' ? 'assignment.added' : 'assignment.removed', names));
      setReason('');
      await onChanged();
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
        <p role="status" className={done ? 'notice notice--success' : 'visually-hidden'}>
          {done}
        </p>
      </form>
    </section>
  );
}

interface AuditEntry {
  id: number;
  at: string;
  actor: { name: string | null } | null;
  action: string;
  entity: { type: string; id: string };
  changes: { path: string; old?: unknown; new?: unknown }[];
}

/** Every change by hand, from the proposals' audit trails: who, when, what, and why. */
function ChangeLog({ items, experts }: { items: ProgressItem[]; experts: Expert[] }) {
  const { t, lang } = useI18n();
  const [entries, setEntries] = useState<(AuditEntry & { acronym: string })[]>();
  const [error, setError] = useState<unknown>();
  const ids = items.map((p) => p.proposalId).join(',');
  useEffectOnce(ids, async () => {
    try {
      const all = await Promise.all(
        items.map(async (p) =>
          (await api.get<AuditEntry[]>(`/api/v1/proposals/${encodeURIComponent(p.proposalId)}/audit`))
            .filter((e) => e.action === 'assignment.add' || e.action === 'assignment.remove')
            .map((e) => ({ ...e, acronym: p.acronym })),
        ),
      );
      setEntries(all.flat().sort((a, b) => a.id - b.id));
    } catch (e) {
      setError(e);
    }
  });
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

function useEffectOnce(key: string, run: () => Promise<void>) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs again only when the key changes.
  useEffect(() => {
    void run();
  }, [key]);
}
