/**
 * Screening: every submitted proposal's last submitted version with the engine's findings; the
 * officer confirms or overrides the verdict, always with a written reason (the server says how long).
 */
import { useState } from 'react';
import type {
  ScreeningDecision,
  ScreeningItem,
  ScreeningResult,
} from '../../../contracts/evaluation-agency.ts';
import { api } from '../../api/client.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { useApi } from '../../api/use-api.ts';
import { useWrite } from '../../api/use-write.ts';
import { hrefOf } from '../../app/routes.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { TextArea } from '../../components/fields.tsx';
import { lotLabel } from '../../components/labels.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { Findings } from './Findings.tsx';
import { money, when } from './format.ts';
import { LoadState } from './Loading.tsx';
import { defaultDecision, fieldProblem, overridesEngine, screeningCounts } from './model.ts';

export function ScreeningTab({ callId }: { callId: string }) {
  const { t, tn } = useI18n();
  const list = useApi<ScreeningItem[]>(`/api/v1/evaluation/calls/${encodeURIComponent(callId)}/screening`);
  return (
    <LoadState loaded={list}>
      {(items) => {
        const c = screeningCounts(items);
        return (
          <>
            <p className="tab-heading__intro">{t('screening.intro')}</p>
            <p className="officer-summary" role="status">
              {tn('screening.counts', c.total, {
                decided: c.decided,
                eligible: c.eligible,
                ineligible: c.ineligible,
                overridden: c.overridden,
              })}
            </p>
            {items.length === 0 && <p className="panel">{t('screening.empty')}</p>}
            {items.map((item) => (
              <ScreeningCard key={item.proposalId} item={item} callId={callId} />
            ))}
          </>
        );
      }}
    </LoadState>
  );
}

function ScreeningCard({ item, callId }: { item: ScreeningItem; callId: string }) {
  const { t, lang } = useI18n();
  const [decision, setDecision] = useState<ScreeningDecision>(defaultDecision(item));
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState<ScreeningResult>();
  const base = `scr-${item.proposalId}`;
  const errors = item.engine.findings.filter((f) => f.severity === 'error').length;
  const warnings = item.engine.findings.length - errors;
  // A decision changes the call's evaluation (screening, progress) and the proposal's state.
  const screening = useWrite(
    (body: { decision: ScreeningDecision; reason: string }) =>
      api.post<ScreeningResult>(
        `/api/v1/evaluation/proposals/${encodeURIComponent(item.proposalId)}/screening`,
        body,
      ),
    [queryKeys.callEvaluation(callId), queryKeys.proposals()],
  );

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setSaved(undefined);
    try {
      const result = await screening.mutateAsync({ decision, reason });
      setSaved(result);
      setReason('');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const reasonError = fieldProblem(error, 'reason');

  return (
    <article
      className="panel screening-card"
      aria-labelledby={`${base}-h`}
      data-proposal={item.acronym}
      data-decision={item.decision?.decision ?? 'none'}
    >
      <h3 id={`${base}-h`} className="card__title">
        {item.acronym} <span className="muted screening-card__title">{item.title}</span>
      </h3>
      <dl className="meta-list officer-facts">
        <dt>{t('screening.coordinator')}</dt>
        <dd>{item.coordinator ? `${item.coordinator.name} (${item.coordinator.country})` : '—'}</dd>
        <dt>{t('screening.lot')}</dt>
        <dd>{t(lotLabel(item.lot))}</dd>
        <dt>{t('screening.participants')}</dt>
        <dd>{item.participants}</dd>
        <dt>{t('screening.requested')}</dt>
        <dd>{money(item.requestedGrant, lang)}</dd>
        <dt>{t('screening.version')}</dt>
        <dd>
          {t('screening.versionText', {
            n: item.submission.number,
            at: when(item.submission.submittedAt, lang),
          })}{' '}
          <a href={hrefOf({ name: 'proposal', id: item.proposalId, tab: 'review' })}>
            {t('screening.read', { acronym: item.acronym })}
          </a>
        </dd>
      </dl>
      <h4 className="officer-h4">{t('screening.engine')}</h4>
      <p
        className={`verdict ${item.engine.eligible ? 'verdict--ok' : 'verdict--bad'}`}
        data-engine={item.engine.eligible}
      >
        {item.engine.eligible ? t('screening.engineEligible') : t('screening.engineIneligible')}{' '}
        <span className="muted">{t('screening.findingCounts', { errors, warnings })}</span>
      </p>
      <Findings findings={item.engine.findings} />
      <h4 className="officer-h4">{t('screening.decision')}</h4>
      {item.decision ? (
        <div className="notice notice--success screening-decision" data-overridden={item.decision.overridden}>
          <p className="notice__title">
            {item.decision.decision === 'eligible'
              ? t('screening.decidedEligible')
              : t('screening.decidedIneligible')}
            {item.decision.overridden && (
              <>
                {' '}
                <span className="badge badge--unconfirmed">{t('screening.overridden')}</span>
              </>
            )}
          </p>
          <p>
            {t('screening.decidedBy', {
              name: item.decision.decidedBy,
              at: when(item.decision.decidedAt, lang),
            })}
          </p>
          <blockquote className="officer-quote">{item.decision.reason}</blockquote>
        </div>
      ) : (
        <p className="muted">{t('screening.noDecision')}</p>
      )}
      <form className="form screening-form" onSubmit={(e) => void submit(e)} noValidate>
        <fieldset className="fieldset">
          <legend>{item.decision ? t('screening.change') : t('screening.decide')}</legend>
          {(['eligible', 'ineligible'] as const).map((d) => (
            <div className="radio" key={d}>
              <input
                type="radio"
                id={`${base}-${d}`}
                name={`${base}-decision`}
                value={d}
                checked={decision === d}
                onChange={() => setDecision(d)}
              />
              <label htmlFor={`${base}-${d}`}>
                {d === 'eligible' ? t('screening.confirmEligible') : t('screening.confirmIneligible')}
              </label>
            </div>
          ))}
          {overridesEngine(item, decision) && (
            <p className="notice notice--warning">{t('screening.willOverride')}</p>
          )}
          <TextArea
            id={`${base}-reason`}
            label={t('screening.reason')}
            hint={t('screening.reasonHint')}
            value={reason}
            onChange={setReason}
            rows={3}
            error={reasonError}
          />
        </fieldset>
        {!reasonError && <ErrorMessage error={error} />}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('officerCall.working') : t('screening.record', { acronym: item.acronym })}
          </button>
        </div>
        <p role="status" className={saved ? 'notice notice--success' : 'visually-hidden'}>
          {saved &&
            t(saved.overridden ? 'screening.savedOverride' : 'screening.saved', {
              acronym: item.acronym,
            })}
        </p>
      </form>
    </article>
  );
}
