/**
 * The consensus. The rapporteur drafts a score and a comment per criterion from the individual
 * evaluations shown beside each field, quoting expert statements with their references kept as
 * sources; the platform's flags for the chair are listed and change nothing. Saved, then agreed
 * (after which nothing changes). The other experts read it once agreed.
 */

import type { Assignment, ConsensusView } from '../../../contracts/evaluation-expert.ts';
import { ApiError } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { formatTime } from '../../i18n/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { FlagList, useNames } from './ConsensusFlags.tsx';
import { ConsensusForm } from './ConsensusForm.tsx';
import { TotalLine } from './TotalLine.tsx';

export function ConsensusTab({ proposalId, assignment }: { proposalId: string; assignment: Assignment }) {
  const { t } = useI18n();
  const path = `/api/v1/evaluation/proposals/${encodeURIComponent(proposalId)}/consensus`;
  const view = useApi<ConsensusView>(path);
  const notYet =
    view.error instanceof ApiError && view.error.status === 403 && view.error.code === 'own-evaluation-first';
  const data = view.data;
  return (
    <section aria-labelledby="consensus-h" className="expert-consensus">
      <div className="tab-heading">
        <h2 id="consensus-h" tabIndex={-1}>
          {t('consensus.title')}
        </h2>
        <p className="tab-heading__intro">
          {assignment.rapporteur ? t('consensus.introRapporteur') : t('consensus.introExpert')}
        </p>
      </div>
      {notYet ? (
        <p className="notice notice--info">{t('consensus.afterOwn')}</p>
      ) : (
        <ErrorMessage error={view.error} />
      )}
      {view.loading && !data && (
        <p className="loading" role="status">
          {t('common.loading')}
        </p>
      )}
      {data &&
        (data.canEdit ? (
          <ConsensusForm key={data.report?.version ?? 0} proposalId={proposalId} path={path} view={data} />
        ) : data.report?.status === 'agreed' ? (
          <AgreedConsensus view={data} />
        ) : (
          <p className="notice notice--info">{t('consensus.notAgreedYet')}</p>
        ))}
    </section>
  );
}

function AgreedConsensus({ view }: { view: ConsensusView }) {
  const { t, pick, lang } = useI18n();
  const names = useNames(view);
  const report = view.report!;
  const scores = Object.fromEntries(view.criteria.map((c) => [c.id, report.criteria[c.id]?.score ?? null]));
  return (
    <>
      <p className="notice notice--success">
        {t('consensus.agreedAt', { time: report.agreedAt ? formatTime(report.agreedAt, lang) : '—' })}
      </p>
      <FlagList view={view} />
      {view.criteria.map((c) => {
        const r = report.criteria[c.id];
        return (
          <section key={c.id} className="panel consensus-criterion" aria-labelledby={`agreed-${c.id}-h`}>
            <h3 id={`agreed-${c.id}-h`}>{pick(c.name)}</h3>
            <p className="score-figure">
              {t('evaluation.points', { score: r?.score ?? '—', max: c.maximum })}
            </p>
            <p className="expert-text">{r?.comment}</p>
            {r && r.sources.length > 0 && (
              <>
                <h4>{t('consensus.sources', { n: r.sources.length })}</h4>
                <ul className="sources">
                  {r.sources.map((ref) => {
                    const s = names.statements.get(ref);
                    return (
                      <li key={ref} className="source">
                        {s ? (
                          <>
                            <strong>
                              {t('consensus.sourceLabel', {
                                name: names.expertName(s.expertId),
                                n: s.index + 1,
                              })}
                            </strong>
                            {': '}
                            <q>{s.text}</q>
                          </>
                        ) : (
                          <code>{ref}</code>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </>
            )}
          </section>
        );
      })}
      <TotalLine criteria={view.criteria} scores={scores} overallThreshold={view.overallThreshold} />
    </>
  );
}
