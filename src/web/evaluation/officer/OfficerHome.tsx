/**
 * An officer's home: the calls whose deadline has passed, each with its deadline in Brussels
 * time, how many proposals were submitted and where its evaluation stands, linking to it; and
 * the submitted proposals of those calls.
 */
import './officer.css';
import type { CallSummary } from '../../../contracts/calls.ts';
import type { ProgressItem } from '../../../contracts/evaluation-agency.ts';
import type { ProposalListItem } from '../../../contracts/proposals.ts';
import { useApi, useApiEach } from '../../api/use-api.ts';
import { hrefOf } from '../../app/routes.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { lotLabel } from '../../components/labels.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import { StateBadge } from '../../components/StateBadge.tsx';
import { formatTime } from '../../i18n/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { closedCalls, type ProgressCounts, progressCounts } from './model.ts';

export default function OfficerHome() {
  const { t, lang, pick } = useI18n();
  const proposals = useApi<ProposalListItem[]>('/api/v1/proposals');
  const calls = useApi<CallSummary[]>('/api/v1/calls');
  const submitted = proposals.data?.filter((p) => p.closed && p.lastSubmittedAt) ?? [];
  const closed =
    calls.data && proposals.data ? closedCalls(calls.data, proposals.data, Date.now()) : undefined;
  const withProposals = closed?.filter((c) => c.submitted > 0).map((c) => c.id) ?? [];
  const summaries = useProgress(withProposals);
  return (
    <>
      <PageHeading title={t('officerHome.title')}>
        <p className="lead">{t('officerHome.intro')}</p>
        <p>
          <a href="#/grants">{t('grants.link')}</a>
        </p>
      </PageHeading>
      <section aria-labelledby="officer-calls-h">
        <h2 id="officer-calls-h">{t('officerHome.calls')}</h2>
        <ErrorMessage error={calls.error} />
        {!closed && !calls.error && !proposals.error && (
          <p className="loading" role="status">
            {t('common.loading')}
          </p>
        )}
        {closed && closed.length === 0 && <p className="panel">{t('officerHome.noCalls')}</p>}
        {closed && closed.length > 0 && (
          <ScrollRegion labelledBy="officer-calls-caption">
            <table className="table officer-calls">
              <caption id="officer-calls-caption" className="visually-hidden">
                {t('officerHome.callsCaption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('officerHome.call')}</th>
                  <th scope="col">{t('officerHome.deadline')}</th>
                  <th scope="col" className="num">
                    {t('officerHome.submitted')}
                  </th>
                  <th scope="col">{t('officerHome.progress')}</th>
                </tr>
              </thead>
              <tbody>
                {closed.map((c) => (
                  <tr key={c.id} data-call={c.id}>
                    <th scope="row">
                      {c.submitted > 0 ? (
                        <a href={hrefOf({ name: 'officer-call', callId: c.id, tab: 'screening' })}>
                          {t('officerHome.evaluate', { callId: c.id })}
                        </a>
                      ) : (
                        c.id
                      )}
                      <span className="muted small officer-block">{pick(c.titles)}</span>
                    </th>
                    <td>
                      <time dateTime={c.deadline.utc}>
                        {formatTime(c.deadline.utc, lang, { seconds: true })}
                      </time>
                    </td>
                    <td className="num">{c.submitted}</td>
                    <td>
                      <Summary counts={summaries[c.id]} none={c.submitted === 0} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>
      <section aria-labelledby="officer-proposals-h">
        <h2 id="officer-proposals-h">{t('officer.title')}</h2>
        <p>{t('officer.intro')}</p>
        <ErrorMessage error={proposals.error} />
        {proposals.data &&
          (submitted.length === 0 ? (
            <p className="panel">{t('officer.empty')}</p>
          ) : (
            <ScrollRegion label={t('officer.tableLabel')}>
              <table className="table">
                <caption className="visually-hidden">{t('officer.tableLabel')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('general.acronym')}</th>
                    <th scope="col">{t('general.title')}</th>
                    <th scope="col">{t('officer.call')}</th>
                    <th scope="col">{t('newProposal.lot')}</th>
                    <th scope="col">{t('officer.state')}</th>
                    <th scope="col">{t('officer.submittedAt')}</th>
                    <th scope="col">{t('receipt.code')}</th>
                  </tr>
                </thead>
                <tbody>
                  {submitted.map((p) => (
                    <tr key={p.id}>
                      <td>
                        <a href={hrefOf({ name: 'proposal', id: p.id, tab: 'review' })}>
                          {p.acronym || t('proposal.noAcronym')}
                        </a>
                      </td>
                      <td>{p.title}</td>
                      <td>{p.callId}</td>
                      <td>{t(lotLabel(p.lot))}</td>
                      <td>
                        <StateBadge state={p.state} />
                      </td>
                      <td>{formatTime(p.lastSubmittedAt!, lang)}</td>
                      <td>
                        <code>{p.lastReceiptCode}</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          ))}
      </section>
    </>
  );
}

/**
 * Each call's progress, one query per call with submitted proposals (a handful at most), cached
 * under the same key as the call's progress tab, so either page finds what the other read.
 */
function useProgress(callIds: string[]): Record<string, ProgressCounts | 'error' | undefined> {
  const progress = useApiEach<ProgressItem[]>(
    callIds.map((id) => `/api/v1/evaluation/calls/${encodeURIComponent(id)}/progress`),
  );
  return Object.fromEntries(
    callIds.map((id, i) => {
      const { data, error } = progress[i]!;
      return [id, error ? 'error' : data && progressCounts(data)];
    }),
  );
}

function Summary({ counts, none }: { counts: ProgressCounts | 'error' | undefined; none: boolean }) {
  const { t } = useI18n();
  if (none) return <span className="muted">—</span>;
  if (counts === 'error') return <span className="muted">{t('officerHome.noProgress')}</span>;
  if (!counts) return <span className="muted">{t('common.loading')}</span>;
  return (
    <span className="small">
      {t('officerHome.summary', {
        screened: counts.screened,
        proposals: counts.proposals,
        assigned: counts.assigned,
        submitted: counts.evaluationsSubmitted,
        expected: counts.evaluationsExpected,
        agreed: counts.consensusAgreed,
      })}
    </span>
  );
}
