/**
 * Reports and payments: the coordinator reports on the next period; the officer assesses each
 * work package of a report, sees the payment the assessment gives (the completed shares less
 * what was paid, within the interim ceiling), and approves it into the ledger.
 */
import { useState } from 'react';
import type { GrantView } from '../../contracts/grants.ts';
import { api } from '../api/client.ts';
import { useWrite } from '../api/use-write.ts';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { formatTime } from '../i18n/dates.ts';
import type { MessageKey } from '../i18n/en.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { AssessmentForm } from './AssessmentForm.tsx';
import { GRANTS_KEY, grantPath, may, money } from './model.ts';

type Report = GrantView['reports'][number];

export function ReportsSection({ grant: g }: { grant: GrantView }) {
  const { t, lang } = useI18n();
  return (
    <section className="grant-section" aria-labelledby="grant-reports-h">
      <h2 id="grant-reports-h">{t('grantPage.reports')}</h2>
      {g.reports.length === 0 && <p>{t('grantPage.noReports')}</p>}
      {g.reports.map((r) => (
        <article
          key={r.period}
          className="grant-report"
          data-period={r.period}
          aria-labelledby={`grant-report-${r.period}`}
        >
          <h3 id={`grant-report-${r.period}`}>
            {t(r.final ? 'grantPage.reportFinal' : 'grantPage.report', { period: r.period })}
            {' · '}
            <span data-report-state={r.state}>{t(`grantPage.reportState.${r.state}` as MessageKey)}</span>
          </h3>
          <p className="muted small">
            {t('grantPage.reportBy', {
              name: r.submittedBy,
              date: formatTime(r.submittedAt, lang, { seconds: true }),
            })}
          </p>
          <p className="prewrap">{r.summary}</p>
          {r.state !== 'paid' && may(g, 'assess') ? (
            <AssessmentForm grant={g} report={r} />
          ) : (
            <Assessments grant={g} report={r} />
          )}
          {r.payment && <Payment report={r} />}
          {r.state === 'assessed' && may(g, 'approve-payment') && <ApprovePayment grant={g} report={r} />}
        </article>
      ))}
      {g.nextPeriod !== null && may(g, 'submit-report') && <ReportForm grant={g} period={g.nextPeriod} />}
    </section>
  );
}

function Assessments({ grant: g, report }: { grant: GrantView; report: Report }) {
  const { t } = useI18n();
  if (report.assessments.length === 0) return null;
  return (
    <ul>
      {report.assessments.map((a) => {
        const wp = g.workPackages.find((w) => w.id === a.workPackageId);
        return (
          <li key={a.workPackageId} data-wp-status={a.status}>
            WP{wp?.number} {wp?.title}: {t(`grantPage.status.${a.status}` as MessageKey)}
            {a.percent !== null && ` (${a.percent} %)`}
            {a.comment && ` · ${a.comment}`}
          </li>
        );
      })}
    </ul>
  );
}

function Payment({ report }: { report: Report }) {
  const { t, lang } = useI18n();
  const p = report.payment!;
  return (
    <div className="panel grant-payment" data-payment={p.amount}>
      <p className="notice__title">{t('grantPage.payment')}</p>
      <ul>
        <li>{t('grantPage.payment.accepted', { amount: money(p.accepted, lang) })}</li>
        <li>{t('grantPage.payment.paidBefore', { amount: money(p.paidBefore, lang) })}</li>
        <li>
          <strong>{t('grantPage.payment.amount', { amount: money(p.amount, lang) })}</strong>
        </li>
        {p.ceilingApplied && <li>{t('grantPage.payment.ceiling')}</li>}
        {p.toRecover > 0 && <li>{t('grantPage.payment.recover', { amount: money(p.toRecover, lang) })}</li>}
      </ul>
    </div>
  );
}

function ApprovePayment({ grant: g, report }: { grant: GrantView; report: Report }) {
  const { t, lang } = useI18n();
  const approve = useWrite(
    () => api.post(`${grantPath(g.id)}/reports/${report.period}/payment`, { version: g.version }),
    [GRANTS_KEY],
  );
  return (
    <>
      <ErrorMessage error={approve.error} />
      <button
        type="button"
        className="button button--primary"
        disabled={approve.isPending}
        onClick={() => approve.mutate(undefined)}
      >
        {t('grantPage.approve', { amount: money(report.payment?.amount ?? 0, lang) })}
      </button>
    </>
  );
}

function ReportForm({ grant: g, period }: { grant: GrantView; period: number }) {
  const { t } = useI18n();
  const [summary, setSummary] = useState('');
  const submit = useWrite(
    () => api.post(`${grantPath(g.id)}/reports`, { version: g.version, summary }),
    [GRANTS_KEY],
  );
  return (
    <form
      className="form grant-report"
      onSubmit={(e) => {
        e.preventDefault();
        submit.mutate(undefined);
      }}
    >
      <ErrorMessage
        error={submit.error}
        inputFor={(f) => (f === 'summary' ? 'grant-report-summary' : undefined)}
      />
      <div className="field">
        <label className="field__label" htmlFor="grant-report-summary">
          {t('grantPage.reportSummary', { period })}
        </label>
        <textarea
          id="grant-report-summary"
          className="input textarea"
          value={summary}
          onChange={(e) => setSummary(e.target.value)}
        />
      </div>
      <button type="submit" className="button button--primary" disabled={submit.isPending}>
        {t('grantPage.reportSubmit', { period })}
      </button>
    </form>
  );
}
