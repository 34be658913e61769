/**
 * The expert's individual evaluation: per award criterion a score in whole points and a comment
 * that says why, the total against the overall threshold as it is typed, save as draft, and
 * submit (after which nothing changes). A save that finds a newer version saved elsewhere shows
 * both and loses neither. The other experts' evaluations appear only after submitting.
 */

import { useEffect, useState } from 'react';
import type {
  Assessment,
  Criterion,
  EvaluationSaved,
  MyEvaluation,
} from '../../../contracts/evaluation-expert.ts';
import { ApiError, api } from '../../api/client.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { useApi } from '../../api/use-api.ts';
import { useWrite } from '../../api/use-write.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { TextArea } from '../../components/fields.tsx';
import { useProblemWords } from '../../components/problem-words.ts';
import { useLeaveWarning } from '../../components/use-leave-warning.ts';
import { formatTime } from '../../i18n/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { problemSentence } from '../../i18n/problems.ts';
import { CharCount, ScoreField } from './fields.tsx';
import { type Difference, differences, problemsByField, readScore } from './model.ts';
import { OtherEvaluations } from './OtherEvaluations.tsx';
import { PackageFiles } from './package/PackageFiles.tsx';
import { StaleDialog } from './StaleEvaluationDialog.tsx';
import { SubmittedEvaluation } from './SubmittedEvaluation.tsx';
import { TotalLine } from './TotalLine.tsx';

export type Form = Record<string, { scoreText: string; comment: string }>;

function formOf(
  criteria: readonly Criterion[],
  saved: Record<string, Partial<Assessment> | undefined>,
): Form {
  return Object.fromEntries(
    criteria.map((c) => {
      const s = saved[c.id];
      return [
        c.id,
        {
          scoreText: s?.score === null || s?.score === undefined ? '' : String(s.score),
          comment: s?.comment ?? '',
        },
      ];
    }),
  );
}

function bodyOf(criteria: readonly Criterion[], form: Form): Record<string, Assessment> {
  return Object.fromEntries(
    criteria.map((c) => {
      const f = form[c.id]!;
      const r = readScore(f.scoreText, c.maximum);
      return [c.id, { score: r.ok ? r.value : null, comment: f.comment }];
    }),
  );
}

export interface Stale {
  saved: Record<string, Assessment>;
  version: number;
  differences: Difference[];
}

export interface EvaluationTabProps {
  proposalId: string;
  criteria: Criterion[];
  overallThreshold: number | undefined;
  answers: Record<string, string>;
}

export function EvaluationTab(props: EvaluationTabProps) {
  const { t } = useI18n();
  const path = `/api/v1/evaluation/proposals/${encodeURIComponent(props.proposalId)}/my-evaluation`;
  const mine = useApi<MyEvaluation>(path);
  return (
    <section aria-labelledby="evaluation-h" className="expert-evaluation">
      <div className="tab-heading">
        <h2 id="evaluation-h" tabIndex={-1}>
          {t('evaluation.title')}
        </h2>
        <p className="tab-heading__intro">{t('evaluation.intro')}</p>
      </div>
      <ErrorMessage error={mine.error} />
      {mine.loading && !mine.data && (
        <p className="loading" role="status">
          {t('common.loading')}
        </p>
      )}
      {mine.data &&
        (mine.data.status === 'submitted' ? (
          <>
            <SubmittedEvaluation {...props} evaluation={mine.data} />
            <OtherEvaluations
              proposalId={props.proposalId}
              criteria={props.criteria}
              ownEvaluationId={mine.data.id}
            />
          </>
        ) : (
          <>
            <EvaluationForm {...props} path={path} evaluation={mine.data} />
            <section aria-labelledby="others-h" className="panel">
              <h3 id="others-h">{t('evaluation.othersTitle')}</h3>
              <p className="notice notice--info others-hidden">{t('evaluation.othersHidden')}</p>
            </section>
          </>
        ))}
    </section>
  );
}

function EvaluationForm({
  criteria,
  overallThreshold,
  answers,
  path,
  proposalId,
  evaluation,
}: EvaluationTabProps & { path: string; evaluation: MyEvaluation }) {
  const { t, pick, lang } = useI18n();
  const [form, setForm] = useState<Form>(() => formOf(criteria, evaluation.criteria));
  const [savedForm, setSavedForm] = useState<Form>(() => formOf(criteria, evaluation.criteria));
  const [version, setVersion] = useState(evaluation.version);
  const [savedAt, setSavedAt] = useState<string>();
  const [busy, setBusy] = useState<'saving' | 'submitting'>();
  const [error, setError] = useState<unknown>();
  const [stale, setStale] = useState<Stale>();
  const [confirming, setConfirming] = useState(false);
  // The comment a citation from the PDF viewer goes into: the one last worked on.
  const [citeTo, setCiteTo] = useState(criteria[0]?.id);
  const cite = (page: number) => {
    if (!citeTo) return;
    setForm((prev) => {
      const comment = prev[citeTo]!.comment;
      const sep = comment === '' || comment.endsWith(' ') ? '' : ' ';
      return { ...prev, [citeTo]: { ...prev[citeTo]!, comment: `${comment}${sep}(p. ${page})` } };
    });
  };
  const dirty = JSON.stringify(form) !== JSON.stringify(savedForm);
  useLeaveWarning(dirty, t('evaluation.leaveWarning'));
  const serverProblems = error instanceof ApiError ? error.problems : [];
  const words = useProblemWords(serverProblems);
  // Each problem as a sentence in the reader's language, next to its input.
  const problems = problemsByField(serverProblems, (p) => problemSentence(p, words));
  const scores = Object.fromEntries(
    criteria.map((c) => {
      const r = readScore(form[c.id]!.scoreText, c.maximum);
      return [c.id, r.ok ? r.value : null];
    }),
  );
  const idOf = (criterion: string, field: string) => `ev-${criterion}-${field}`;
  // Submitting needs a whole score in range for every criterion; the server would refuse less.
  const scored = criteria.every((c) => scores[c.id] !== null && scores[c.id] !== undefined);

  // A saved draft changes the expert's list (its state); a submission this proposal's pages too.
  const draft = useWrite(
    (request: { version: number; criteria: Record<string, Assessment> }) =>
      api.put<EvaluationSaved>(path, request),
    [queryKeys.myAssignments()],
  );
  const submission = useWrite(
    () => api.post(`${path}/submit`),
    [queryKeys.expertProposal(proposalId), queryKeys.myAssignments()],
  );

  const put = async (atVersion: number, body: Record<string, Assessment>, shown: Form) => {
    const res = await draft.mutateAsync({ version: atVersion, criteria: body });
    setVersion(res.version);
    setSavedForm(shown);
    setSavedAt(new Date().toISOString());
    setError(undefined);
    return res.version;
  };

  /** Saves what is on screen; true when saved. A stale version opens the comparison instead. */
  const save = async (): Promise<boolean> => {
    setBusy('saving');
    try {
      await put(version, bodyOf(criteria, form), form);
      return true;
    } catch (e) {
      if (
        e instanceof ApiError &&
        e.status === 409 &&
        e.body.current &&
        typeof e.body.currentVersion === 'number'
      ) {
        const saved = e.body.current as Record<string, Assessment>;
        setStale({
          saved,
          version: e.body.currentVersion,
          differences: differences(criteria, saved, bodyOf(criteria, form)),
        });
      } else setError(e);
      return false;
    } finally {
      setBusy(undefined);
    }
  };

  const submit = async () => {
    setConfirming(false);
    setBusy('submitting');
    try {
      await submission.mutateAsync(undefined);
      setError(undefined);
    } catch (e) {
      setError(e);
      setBusy(undefined);
    }
  };

  const askSubmit = async () => {
    if (dirty && !(await save())) return;
    setConfirming(true);
  };

  useEffect(() => {
    if (error) document.getElementById('evaluation-error')?.focus();
  }, [error]);

  return (
    <>
      <PackageFiles
        proposalId={proposalId}
        onCite={cite}
        citeTarget={pick(criteria.find((c) => c.id === citeTo)?.name ?? { en: '', da: '' })}
      />
      <form
        className="evaluation-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        noValidate
      >
        {criteria.map((c) => {
          const f = form[c.id]!;
          const set = (change: Partial<Form[string]>) =>
            setForm((prev) => ({ ...prev, [c.id]: { ...prev[c.id]!, ...change } }));
          const commentId = idOf(c.id, 'comment');
          return (
            <fieldset
              key={c.id}
              className="fieldset panel criterion"
              aria-describedby={`ev-${c.id}-meta`}
              onFocus={() => setCiteTo(c.id)}
            >
              <legend className="fieldset__title">{pick(c.name)}</legend>
              <p className="muted" id={`ev-${c.id}-meta`}>
                {t('evaluation.maxThreshold', { max: c.maximum, threshold: c.threshold })}
              </p>
              <details className="details">
                <summary>{t('evaluation.applicantAnswer')}</summary>
                <p className="expert-text">{answers[c.id] || t('expertProposal.noAnswer')}</p>
              </details>
              <ScoreField
                id={idOf(c.id, 'score')}
                label={t('evaluation.score', { criterion: pick(c.name) })}
                value={f.scoreText}
                maximum={c.maximum}
                onChange={(scoreText) => set({ scoreText })}
                serverErrors={problems.get(`${c.id}.score`)}
              />
              <TextArea
                id={commentId}
                label={t('evaluation.comment', { criterion: pick(c.name) })}
                hint={t('evaluation.commentHint')}
                value={f.comment}
                rows={6}
                onChange={(comment) => set({ comment })}
                describedBy={`${commentId}-count`}
                error={problems.get(`${c.id}.comment`)?.join(' ')}
              />
              <CharCount id={`${commentId}-count`} text={f.comment} />
            </fieldset>
          );
        })}
        <TotalLine criteria={criteria} scores={scores} overallThreshold={overallThreshold} />
        <div className="evaluation-actions">
          <p className="save-bar__state" role="status">
            {busy === 'saving'
              ? t('evaluation.saving')
              : busy === 'submitting'
                ? t('evaluation.submitting')
                : dirty
                  ? t('evaluation.unsaved')
                  : savedAt
                    ? t('evaluation.savedAt', { time: formatTime(savedAt, lang) })
                    : version > 0
                      ? t('evaluation.draftSaved')
                      : t('evaluation.nothingSaved')}
          </p>
          <div className="button-row">
            <button type="submit" className="button button--secondary" disabled={busy !== undefined}>
              {t('evaluation.saveDraft')}
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={busy !== undefined || !scored}
              aria-describedby={scored ? undefined : 'ev-submit-needs'}
              onClick={() => void askSubmit()}
            >
              {t('evaluation.submit')}
            </button>
          </div>
          {!scored && (
            <p className="muted small" id="ev-submit-needs">
              {t('evaluation.submitNeedsScores')}
            </p>
          )}
        </div>
        <div id="evaluation-error" tabIndex={-1}>
          <ErrorMessage
            error={error}
            inputFor={(field) => {
              const m = /^criteria\.([A-Za-z0-9_-]+)(?:\.(score|comment))?/.exec(field);
              return m ? idOf(m[1]!, m[2] ?? 'score') : undefined;
            }}
          />
        </div>
      </form>
      {confirming && (
        <ConfirmDialog
          title={t('evaluation.confirmTitle')}
          confirmLabel={t('evaluation.confirmSubmit')}
          onConfirm={() => void submit()}
          onClose={() => setConfirming(false)}
        >
          <p>{t('evaluation.confirmText')}</p>
          <TotalLine criteria={criteria} scores={scores} overallThreshold={overallThreshold} />
        </ConfirmDialog>
      )}
      {stale && (
        <StaleDialog
          stale={stale}
          criteria={criteria}
          onClose={() => setStale(undefined)}
          keepMine={async () => {
            const current = stale;
            setStale(undefined);
            setBusy('saving');
            try {
              await put(current.version, bodyOf(criteria, form), form);
            } catch (e) {
              setError(e);
            } finally {
              setBusy(undefined);
            }
          }}
          takeSaved={() => {
            const next = formOf(criteria, stale.saved);
            setForm(next);
            setSavedForm(next);
            setVersion(stale.version);
            setStale(undefined);
          }}
        />
      )}
    </>
  );
}
