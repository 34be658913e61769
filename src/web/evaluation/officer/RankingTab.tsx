/**
 * Ranking and selection: per lot the envelope and the ranked list; a what-if (another envelope or
 * threshold) that shows who moves and saves nothing; confirming; sending the evaluation summary
 * reports; and the files (the ranking as XLSX, each proposal's report as PDF in English and Danish).
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { ConfirmedRanking, ReportsSent, Simulation } from '../../../contracts/evaluation-agency.ts';
import type { CriterionId, LotId } from '../../../engine/call-definition/types.ts';
import { compareRankings } from '../../../engine/ranking/compare.ts';
import { ApiError, api } from '../../api/client.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { useWrite } from '../../api/use-write.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { NumberInput } from '../../components/NumberInput.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { when } from './format.ts';
import { formOf, type RankingForm, requestOf } from './model.ts';
import { OfficerDownloads } from './OfficerDownloads.tsx';
import { Moves, RankingTables } from './RankingTables.tsx';

/**
 * The confirmed ranking (null before one is), and the ranking its envelopes and thresholds give
 * today: what the tab starts from. Simulating saves nothing, so it is read like any other data.
 */
async function standingOf(call: string, signal: AbortSignal) {
  let confirmed: ConfirmedRanking | null = null;
  try {
    confirmed = await api.get<ConfirmedRanking>(`/api/v1/evaluation/calls/${call}/ranking`, signal);
  } catch (e) {
    if (!(e instanceof ApiError && e.status === 404)) throw e;
  }
  const baseline = await api.request<Simulation>(
    'POST',
    `/api/v1/evaluation/calls/${call}/ranking/simulate`,
    {
      envelopes: confirmed?.envelopes ?? {},
      ...(confirmed?.overrides.overallThreshold !== undefined && {
        overallThreshold: confirmed.overrides.overallThreshold,
      }),
      ...(confirmed?.overrides.criterionThresholds && {
        criterionThresholds: confirmed.overrides.criterionThresholds,
      }),
    },
    signal,
  );
  return { confirmed, baseline };
}

export function RankingTab({ callId }: { callId: string }) {
  const { t, tn, lang, pick } = useI18n();
  const call = encodeURIComponent(callId);
  const standing = useQuery({
    queryKey: [...queryKeys.callEvaluation(callId), 'ranking', 'standing'],
    queryFn: ({ signal }) => standingOf(call, signal),
  });
  const confirmed = standing.data?.confirmed;
  const baseline = standing.data?.baseline;
  const [form, setForm] = useState<RankingForm>();
  const [whatIf, setWhatIf] = useState<Simulation>();
  // The values the what-if was computed from: once the form differs, its result is marked stale.
  const [whatIfOf, setWhatIfOf] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState<'simulate' | 'confirm' | 'send'>();
  // What just happened, kept as facts (not text) so a language switch rewords it.
  const [confirmedNow, setConfirmedNow] = useState(false);
  const [noticesSent, setNoticesSent] = useState<number>();
  const [sending, setSending] = useState(false);

  // Confirming or sending changes the standing: the form starts again from the new one.
  useEffect(() => {
    if (standing.data) setForm(formOf(standing.data.confirmed?.ranking ?? standing.data.baseline.ranking));
  }, [standing.data]);
  const confirmation = useWrite(
    (request: ReturnType<typeof requestOf>) =>
      api.post(`/api/v1/evaluation/calls/${call}/ranking/confirm`, request),
    [queryKeys.callEvaluation(callId), queryKeys.proposals()],
  );
  const reportSending = useWrite(
    () => api.post<ReportsSent>(`/api/v1/evaluation/calls/${call}/reports/send`),
    [queryKeys.callEvaluation(callId), queryKeys.proposals()],
  );

  if (standing.error) return <ErrorMessage error={standing.error} />;
  if (!baseline || !form || confirmed === undefined)
    return (
      <p className="loading" role="status">
        {t('common.loading')}
      </p>
    );

  const shown = confirmed ?? { ranking: baseline.ranking, acronyms: baseline.acronyms };
  const acronyms = { ...baseline.acronyms, ...(confirmed?.acronyms ?? {}) };
  const pending = baseline.pending;

  const simulate = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy('simulate');
    setError(undefined);
    setConfirmedNow(false);
    try {
      const request = requestOf(form, baseline.ranking);
      setWhatIf(await api.post<Simulation>(`/api/v1/evaluation/calls/${call}/ranking/simulate`, request));
      setWhatIfOf(JSON.stringify(form));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(undefined);
    }
  };
  const confirm = async () => {
    setBusy('confirm');
    setError(undefined);
    setConfirmedNow(false);
    try {
      await confirmation.mutateAsync(requestOf(form, baseline.ranking));
      setWhatIf(undefined);
      setConfirmedNow(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(undefined);
    }
  };
  const send = async () => {
    setBusy('send');
    setError(undefined);
    try {
      const result = await reportSending.mutateAsync(undefined);
      setSending(false);
      setNoticesSent(result.sent);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(undefined);
    }
  };
  const comparison = whatIf && (whatIf.changes ?? compareRankings(baseline.ranking, whatIf.ranking));
  const lots = Object.keys(form.envelopes) as LotId[];
  const whatIfStale = whatIf !== undefined && whatIfOf !== JSON.stringify(form);

  return (
    <>
      <p className="tab-heading__intro">{t('ranking.intro')}</p>
      {pending.length > 0 && (
        <p className="notice notice--warning">
          {tn('ranking.pending', pending.length, { acronyms: pending.map((p) => p.acronym).join(', ') })}
        </p>
      )}
      <section aria-labelledby="rank-current-h" data-confirmed={confirmed ? 'yes' : 'no'}>
        <h3 id="rank-current-h">{confirmed ? t('ranking.confirmedTitle') : t('ranking.provisionalTitle')}</h3>
        <p>
          {confirmed
            ? t('ranking.confirmedAt', { at: when(confirmed.confirmedAt, lang) })
            : t('ranking.provisional')}
          {confirmed?.reportsSentAt && (
            <> {t('ranking.sentAt', { at: when(confirmed.reportsSentAt, lang) })}</>
          )}
        </p>
        <RankingTables ranking={shown.ranking} acronyms={acronyms} idPrefix="rank-current" />
      </section>

      <section aria-labelledby="rank-whatif-h">
        <h3 id="rank-whatif-h">{t('ranking.whatIf')}</h3>
        <form
          className="form subpanel"
          onSubmit={(e) => void simulate(e)}
          noValidate
          aria-labelledby="rank-whatif-h"
        >
          <p>{t('ranking.whatIfIntro')}</p>
          <div className="grid-2">
            {lots.map((lot) => (
              <NumberInput
                key={lot}
                id={`rank-env-${lot}`}
                kind="euros"
                label={t('ranking.envelopeOf', {
                  lot: pick(baseline.ranking.lots[lot]?.name ?? { en: lot, da: lot }),
                })}
                value={form.envelopes[lot] ?? 0}
                onChange={(v) => setForm({ ...form, envelopes: { ...form.envelopes, [lot]: v } })}
              />
            ))}
            <NumberInput
              id="rank-overall"
              kind="integer"
              label={t('ranking.overallThreshold', { max: baseline.ranking.maximumTotal })}
              value={form.overallThreshold}
              max={baseline.ranking.maximumTotal}
              onChange={(v) => setForm({ ...form, overallThreshold: v })}
            />
            {baseline.ranking.criteria.map((c) => (
              <NumberInput
                key={c.id}
                id={`rank-thr-${c.id}`}
                kind="integer"
                label={t('ranking.criterionThreshold', { name: pick(c.name), max: c.maximum.value })}
                value={form.criterionThresholds[c.id as CriterionId] ?? c.threshold.value}
                max={c.maximum.value}
                onChange={(v) =>
                  setForm({ ...form, criterionThresholds: { ...form.criterionThresholds, [c.id]: v } })
                }
              />
            ))}
          </div>
          <ErrorMessage
            error={error}
            inputFor={(f) =>
              f.startsWith('envelopes.')
                ? `rank-env-${f.slice(10)}`
                : f === 'overallThreshold'
                  ? 'rank-overall'
                  : undefined
            }
          />
          <div className="button-row">
            <button type="submit" className="button button--secondary" disabled={busy !== undefined}>
              {busy === 'simulate' ? t('officerCall.working') : t('ranking.simulate')}
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={busy !== undefined || pending.length > 0}
              onClick={() => void confirm()}
            >
              {busy === 'confirm'
                ? t('officerCall.working')
                : confirmed
                  ? t('ranking.confirmAgain')
                  : t('ranking.confirm')}
            </button>
          </div>
          <p role="status" className={confirmedNow ? 'notice notice--success' : 'visually-hidden'}>
            {confirmedNow && t('ranking.confirmedNow')}
          </p>
        </form>
        {whatIf && comparison && (
          <section
            className={`what-if${whatIfStale ? ' what-if--stale' : ''}`}
            aria-labelledby="rank-moves-h"
            data-stale={whatIfStale ? 'yes' : 'no'}
          >
            <h4 id="rank-moves-h" className="officer-h4">
              {whatIf.comparedWith === 'confirmed'
                ? t('ranking.movesConfirmed')
                : t('ranking.movesProvisional')}
            </h4>
            <p className="muted">{t('ranking.nothingSaved')}</p>
            {whatIfStale && (
              <p className="notice notice--warning" role="status">
                {t('ranking.whatIfStale')}
              </p>
            )}
            <Moves comparison={comparison} acronyms={acronyms} />
            <details className="details">
              <summary>{t('ranking.whatIfTable')}</summary>
              <RankingTables ranking={whatIf.ranking} acronyms={acronyms} idPrefix="rank-whatif" />
            </details>
          </section>
        )}
      </section>

      {confirmed && (
        <section aria-labelledby="rank-send-h">
          <h3 id="rank-send-h">{t('ranking.reports')}</h3>
          <p
            role="status"
            className={noticesSent === undefined ? 'visually-hidden' : 'notice notice--success'}
          >
            {noticesSent !== undefined && tn('ranking.sentNow', noticesSent)}
          </p>
          {confirmed.reportsSentAt ? (
            <p className="notice notice--success">
              {t('ranking.sentAt', { at: when(confirmed.reportsSentAt, lang) })}
            </p>
          ) : (
            <>
              <p>{t('ranking.reportsIntro')}</p>
              <div className="button-row">
                <button type="button" className="button button--primary" onClick={() => setSending(true)}>
                  {t('ranking.send')}
                </button>
              </div>
            </>
          )}
          {sending && (
            <ConfirmDialog
              title={t('ranking.sendDialog')}
              confirmLabel={t('ranking.sendConfirm')}
              onConfirm={() => void send()}
              onClose={() => setSending(false)}
              busy={busy === 'send'}
              busyLabel={t('officerCall.working')}
            >
              <ul className="what-happens">
                <li>{t('ranking.sendWhat1')}</li>
                <li>{t('ranking.sendWhat2')}</li>
                <li>{t('ranking.sendWhat3')}</li>
                <li>{t('ranking.sendWhat4')}</li>
              </ul>
              <ErrorMessage error={error} />
            </ConfirmDialog>
          )}
          <OfficerDownloads
            callId={callId}
            proposals={confirmed.ranking.proposals.map((p) => ({
              id: p.id,
              acronym: acronyms[p.id] ?? p.id,
            }))}
          />
        </section>
      )}
    </>
  );
}
