/**
 * The rapporteur's draft: per criterion a score and a comment from the experts' statements, each
 * quoted statement kept as a source; saved with its version, then agreed.
 */

import { useState } from 'react';
import type {
  ConsensusCriterion,
  ConsensusSaved,
  ConsensusView,
  Criterion,
} from '../../../contracts/evaluation-expert.ts';
import { ApiError, api } from '../../api/client.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { useRefresh, useWrite } from '../../api/use-write.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { TextArea } from '../../components/fields.tsx';
import { useProblemWords } from '../../components/problem-words.ts';
import { useLeaveWarning } from '../../components/use-leave-warning.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { problemSentence } from '../../i18n/problems.ts';
import {
  FLAG_LABEL,
  FlagList,
  focusTarget,
  OpenFlagsRefusal,
  openFlagsOf,
  Progress,
  useNames,
} from './ConsensusFlags.tsx';
import { CharCount, ScoreField } from './fields.tsx';
import {
  type ConsensusEntry,
  differences,
  initialConsensus,
  problemsByField,
  quote,
  readScore,
  statementAnchor,
} from './model.ts';
import { StaleDifferences } from './StaleDifferences.tsx';
import { TotalLine } from './TotalLine.tsx';

interface Stale {
  saved: Record<string, ConsensusCriterion> | null;
  version: number;
}

function bodyOf(criteria: readonly Criterion[], form: Record<string, ConsensusEntry>) {
  return Object.fromEntries(
    criteria.flatMap((c) => {
      const f = form[c.id]!;
      const r = readScore(f.scoreText, c.maximum);
      // A criterion without a readable score is left out of the draft (the server wants a number).
      if (!r.ok || r.value === null) return [];
      return [[c.id, { score: r.value, comment: f.comment, sources: f.sources }]];
    }),
  );
}

export function ConsensusForm({
  proposalId,
  path,
  view,
}: {
  proposalId: string;
  path: string;
  view: ConsensusView;
}) {
  const { t, tn, pick } = useI18n();
  const names = useNames(view);
  const [form, setForm] = useState(() => initialConsensus(view));
  const [saved, setSaved] = useState(() => JSON.stringify(initialConsensus(view)));
  const [version, setVersion] = useState(view.report?.version ?? 0);
  const [busy, setBusy] = useState<'saving' | 'agreeing'>();
  const [error, setError] = useState<unknown>();
  const [stale, setStale] = useState<Stale>();
  const [confirming, setConfirming] = useState(false);
  const dirty = JSON.stringify(form) !== saved || version === 0;
  useLeaveWarning(JSON.stringify(form) !== saved, t('evaluation.leaveWarning'));
  const serverProblems = error instanceof ApiError ? error.problems : [];
  const words = useProblemWords(serverProblems);
  // Each problem as a sentence in the reader's language, next to its input.
  const problems = problemsByField(serverProblems, (p) => problemSentence(p, words));
  const idOf = (criterion: string, field: string) => `cons-${criterion}-${field}`;
  const scores = Object.fromEntries(
    view.criteria.map((c) => {
      const r = readScore(form[c.id]!.scoreText, c.maximum);
      return [c.id, r.ok ? r.value : null];
    }),
  );
  const update = (id: string, change: (e: ConsensusEntry) => ConsensusEntry) =>
    setForm((prev) => ({ ...prev, [id]: change(prev[id]!) }));

  // What a consensus write changes: this proposal's pages and the expert's list (its state).
  const changed = [queryKeys.expertProposal(proposalId), queryKeys.myAssignments()];
  const refresh = useRefresh();
  const reload = () => refresh(changed);
  // A draft saved on the way to agreeing changes nothing shown yet: the agreement refreshes.
  const draft = useWrite(
    ({ request }: { request: { version: number; criteria: unknown }; thenReload: boolean }) =>
      api.put<ConsensusSaved>(path, request),
    ({ thenReload }) => (thenReload ? changed : []),
  );
  const agreement = useWrite(() => api.post(`${path}/agree`), changed);

  const put = async (atVersion: number, thenReload = true) => {
    const res = await draft.mutateAsync({
      request: { version: atVersion, criteria: bodyOf(view.criteria, form) },
      thenReload,
    });
    setError(undefined);
    return res.version;
  };

  /**
   * Saves what is on screen. Reloading remounts this form (its key is the version), so saving on
   * the way to agreeing keeps the page as it is and reloads once agreed: one step, not two.
   */
  const save = async ({ thenReload = true } = {}): Promise<boolean> => {
    setBusy('saving');
    try {
      const next = await put(version, thenReload);
      if (!thenReload) {
        setVersion(next);
        setSaved(JSON.stringify(form));
      }
      return true;
    } catch (e) {
      if (e instanceof ApiError && e.status === 409 && typeof e.body.currentVersion === 'number') {
        setStale({
          saved: (e.body.current as Record<string, ConsensusCriterion> | null) ?? null,
          version: e.body.currentVersion,
        });
      } else setError(e);
      return false;
    } finally {
      setBusy(undefined);
    }
  };

  const agree = async () => {
    setConfirming(false);
    setBusy('agreeing');
    try {
      await agreement.mutateAsync(undefined);
    } catch (e) {
      setError(e);
      setBusy(undefined);
    }
  };

  const askAgree = async () => {
    if (dirty && !(await save({ thenReload: false }))) return;
    setConfirming(true);
  };

  const draftOf = (id: string) => view.draft?.criteria.find((c) => c.criterion === id);
  const openFlags = openFlagsOf(error);
  const stillOpen = view.flags.filter((f) => !f.resolution).length;

  return (
    <>
      <Progress view={view} />
      <FlagList view={view} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        noValidate
      >
        {view.criteria.map((c) => {
          const f = form[c.id]!;
          const draft = draftOf(c.id);
          const commentId = idOf(c.id, 'comment');
          const flags = view.flags.filter((x) => x.criterion === c.id);
          return (
            <section key={c.id} className="panel consensus-criterion" aria-labelledby={`cons-${c.id}-h`}>
              <h3 id={`cons-${c.id}-h`}>{pick(c.name)}</h3>
              <p className="muted">
                {t('evaluation.maxThreshold', { max: c.maximum, threshold: c.threshold })}
                {draft &&
                  ` · ${t('consensus.median', { median: draft.median, proposed: draft.proposedScore })}`}
              </p>
              <div className="consensus-grid">
                <div className="consensus-experts">
                  <h4>{t('consensus.expertsSaid')}</h4>
                  {view.evaluations.map((e) => {
                    const mine = draft?.statements.filter((s) => s.evaluationId === e.evaluationId) ?? [];
                    return (
                      <div key={e.evaluationId} className="expert-opinion">
                        <p className="expert-opinion__who">
                          <strong>{e.expertName}</strong>{' '}
                          <span className="score-figure">
                            {t('evaluation.points', {
                              score: e.criteria[c.id]?.score ?? '—',
                              max: c.maximum,
                            })}
                          </span>
                        </p>
                        <ol className="statements">
                          {mine.map((s) => (
                            <li key={s.ref} id={statementAnchor(s.ref)} tabIndex={-1} className="statement">
                              <span className="statement__text">{s.text}</span>{' '}
                              <button
                                type="button"
                                className="button button--secondary button--small"
                                onClick={() => update(c.id, (entry) => quote(entry, s))}
                              >
                                {t('consensus.quote')}
                                <span className="visually-hidden">
                                  {' '}
                                  {t('consensus.quoteWhose', { name: e.expertName, n: s.index + 1 })}
                                </span>
                              </button>
                            </li>
                          ))}
                        </ol>
                      </div>
                    );
                  })}
                </div>
                <div className="consensus-fields">
                  {flags.length > 0 && (
                    <ul className="flag-list flag-list--inline" aria-label={t('consensus.flagsHere')}>
                      {flags.map((x, i) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: flags have no id of their own.
                        <li key={i} className={`flag flag--${x.id}`}>
                          <span className="badge flag__kind">{t(FLAG_LABEL[x.id])}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                  <ScoreField
                    id={idOf(c.id, 'score')}
                    label={t('consensus.score', { criterion: pick(c.name) })}
                    value={f.scoreText}
                    maximum={c.maximum}
                    onChange={(scoreText) => update(c.id, (entry) => ({ ...entry, scoreText }))}
                    serverErrors={problems.get(`${c.id}.score`)}
                  />
                  <TextArea
                    id={commentId}
                    label={t('consensus.comment', { criterion: pick(c.name) })}
                    hint={t('consensus.commentHint')}
                    value={f.comment}
                    rows={7}
                    onChange={(comment) => update(c.id, (entry) => ({ ...entry, comment }))}
                    describedBy={`${commentId}-count`}
                    error={problems.get(`${c.id}.comment`)?.join(' ')}
                  />
                  <CharCount id={`${commentId}-count`} text={f.comment} minimum={0} />
                  <h4 id={`${idOf(c.id, 'sources')}-h`}>{t('consensus.sources', { n: f.sources.length })}</h4>
                  {problems.get(`${c.id}.sources`) && (
                    <p className="field__error">{problems.get(`${c.id}.sources`)!.join(' ')}</p>
                  )}
                  {f.sources.length === 0 ? (
                    <p className="muted">{t('consensus.noSources')}</p>
                  ) : (
                    <ul className="sources" aria-labelledby={`${idOf(c.id, 'sources')}-h`}>
                      {f.sources.map((ref) => {
                        const s = names.statements.get(ref);
                        const label = s
                          ? t('consensus.sourceLabel', { name: names.expertName(s.expertId), n: s.index + 1 })
                          : ref;
                        return (
                          <li key={ref} className="source">
                            <a href={`#${statementAnchor(ref)}`} onClick={focusTarget(statementAnchor(ref))}>
                              {label}
                            </a>{' '}
                            <button
                              type="button"
                              className="button button--secondary button--small"
                              onClick={() =>
                                update(c.id, (entry) => ({
                                  ...entry,
                                  sources: entry.sources.filter((x) => x !== ref),
                                }))
                              }
                            >
                              {t('consensus.removeSource')}
                              <span className="visually-hidden"> {label}</span>
                            </button>
                          </li>
                        );
                      })}
                    </ul>
                  )}
                </div>
              </div>
            </section>
          );
        })}
        <TotalLine criteria={view.criteria} scores={scores} overallThreshold={view.overallThreshold} />
        <div className="evaluation-actions">
          <p className="save-bar__state" role="status">
            {busy === 'saving'
              ? t('evaluation.saving')
              : busy === 'agreeing'
                ? t('consensus.agreeing')
                : JSON.stringify(form) !== saved
                  ? t('evaluation.unsaved')
                  : version > 0
                    ? t('consensus.savedVersion', { version })
                    : t('evaluation.nothingSaved')}
          </p>
          <div className="button-row">
            <button type="submit" className="button button--secondary" disabled={busy !== undefined}>
              {t('consensus.save')}
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={busy !== undefined}
              onClick={() => void askAgree()}
            >
              {t('consensus.agree')}
            </button>
          </div>
        </div>
        {openFlags && <OpenFlagsRefusal flags={openFlags} />}
        <ErrorMessage
          error={openFlags ? undefined : error}
          inputFor={(field) => {
            const m = /^criteria\.([A-Za-z0-9_-]+)(?:\.(score|comment))?/.exec(field);
            return m ? idOf(m[1]!, m[2] ?? 'score') : undefined;
          }}
        />
      </form>
      {confirming && (
        <ConfirmDialog
          title={t('consensus.confirmTitle')}
          confirmLabel={t('consensus.confirmAgree')}
          onConfirm={() => void agree()}
          onClose={() => setConfirming(false)}
        >
          <p>{t('consensus.confirmText')}</p>
          {stillOpen > 0 && (
            <p className="notice notice--warning">{tn('consensus.confirmFlags', stillOpen)}</p>
          )}
        </ConfirmDialog>
      )}
      {stale && (
        <Dialog title={t('consensus.staleTitle')} onClose={() => setStale(undefined)} wide>
          <p>{t('evaluation.staleLead', { version: stale.version })}</p>
          <StaleDifferences
            differences={differences(view.criteria, stale.saved ?? {}, bodyOf(view.criteria, form))}
            criterionName={names.criterionName}
          />
          <div className="button-row dialog__actions">
            <button
              type="button"
              className="button button--primary"
              data-autofocus
              onClick={() => {
                const at = stale.version;
                setStale(undefined);
                setVersion(at);
                void (async () => {
                  setBusy('saving');
                  try {
                    await put(at);
                  } catch (e) {
                    setError(e);
                  } finally {
                    setBusy(undefined);
                  }
                })();
              }}
            >
              {t('evaluation.keepMine')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setStale(undefined);
                void reload();
              }}
            >
              {t('evaluation.takeSaved')}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
