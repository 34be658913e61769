/**
 * Progress: per proposal who declared and submitted, the consensus state, and the chair's flags
 * (experts far apart, a score near a threshold, a comment that reads against its score).
 */

import type { ProgressItem } from '../../../contracts/evaluation-agency.ts';
import type { FlagId } from '../../../engine/evaluation/types.ts';
import { useApi } from '../../api/use-api.ts';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import type { MessageKey } from '../../i18n/en.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { FlagResolution } from './FlagResolution.tsx';
import { LoadState } from './Loading.tsx';
import { progressCounts } from './model.ts';

const FLAG_LABEL: Record<FlagId, MessageKey> = {
  spread: 'progress.flag.spread',
  'near-threshold': 'progress.flag.near-threshold',
  'comment-contradicts-score': 'progress.flag.comment-contradicts-score',
};

const EVALUATION_LABEL: Record<string, MessageKey> = {
  'not-started': 'progress.evaluation.not-started',
  draft: 'progress.evaluation.draft',
  submitted: 'progress.evaluation.submitted',
};

const DECLARATION_LABEL: Record<string, MessageKey> = {
  pending: 'progress.declaration.pending',
  'no-conflict': 'progress.declaration.no-conflict',
  conflict: 'progress.declaration.conflict',
};

export function ProgressTab({ callId }: { callId: string }) {
  const { t } = useI18n();
  const progress = useApi<ProgressItem[]>(`/api/v1/evaluation/calls/${encodeURIComponent(callId)}/progress`);
  return (
    <>
      <p className="tab-heading__intro">{t('progress.intro')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => void progress.reload()}
        >
          {t('progress.refresh')}
        </button>
      </div>
      <LoadState loaded={progress}>
        {(items) => <ProgressTable items={items} onResolved={() => progress.reload()} />}
      </LoadState>
    </>
  );
}

function ProgressTable({
  items,
  onResolved,
}: {
  items: ProgressItem[];
  onResolved: () => Promise<unknown> | undefined;
}) {
  const { t, pick } = useI18n();
  const c = progressCounts(items);

  return (
    <>
      <p className="officer-summary">
        {t('progress.counts', {
          screened: c.screened,
          proposals: c.proposals,
          assigned: c.assigned,
          submitted: c.evaluationsSubmitted,
          expected: c.evaluationsExpected,
          agreed: c.consensusAgreed,
        })}
      </p>
      <ScrollRegion labelledBy="progress-caption">
        <table className="table progress-table">
          <caption id="progress-caption">{t('progress.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('progress.proposal')}</th>
              <th scope="col">{t('progress.screening')}</th>
              <th scope="col">{t('progress.experts')}</th>
              <th scope="col">{t('progress.consensus')}</th>
              <th scope="col">{t('progress.flags')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((p) => {
              const submitted = p.experts.filter((e) => e.evaluation === 'submitted').length;
              return (
                <tr key={p.proposalId} data-proposal={p.acronym} data-consensus={p.consensus ?? 'none'}>
                  <th scope="row">{p.acronym}</th>
                  <td>
                    {p.screening === 'eligible'
                      ? t('progress.screening.eligible')
                      : p.screening === 'ineligible'
                        ? t('progress.screening.ineligible')
                        : t('progress.screening.pending')}
                  </td>
                  <td>
                    {p.experts.length === 0 ? (
                      '—'
                    ) : (
                      <>
                        <p className="small">
                          {t('progress.submittedOf', { n: submitted, total: p.experts.length })}
                        </p>
                        <ul className="officer-plain-list">
                          {p.experts.map((e) => (
                            <li key={e.expertId} data-expert={e.name} data-evaluation={e.evaluation}>
                              {e.name}
                              {e.rapporteur && (
                                <>
                                  {' '}
                                  <span className="badge badge--submitted">{t('assignment.rapporteur')}</span>
                                </>
                              )}
                              <br />
                              <span className="small muted">
                                {t(DECLARATION_LABEL[e.declaration] ?? 'progress.declaration.pending')} ·{' '}
                                {t(EVALUATION_LABEL[e.evaluation] ?? 'progress.evaluation.not-started')}
                              </span>
                            </li>
                          ))}
                        </ul>
                      </>
                    )}
                  </td>
                  <td>
                    {p.consensus === 'agreed'
                      ? t('progress.consensus.agreed')
                      : p.consensus === 'draft'
                        ? t('progress.consensus.draft')
                        : t('progress.consensus.none')}
                  </td>
                  <td>
                    {!p.flags ? (
                      '—'
                    ) : p.flags.length === 0 ? (
                      t('progress.noFlags')
                    ) : (
                      <ul className="officer-plain-list officer-flags">
                        {p.flags.map((f) => (
                          <li
                            key={f.key}
                            data-flag={`${f.id}:${f.criterion}`}
                            data-open={f.resolution ? 'false' : 'true'}
                          >
                            <span className="badge badge--unconfirmed">{t(FLAG_LABEL[f.id])}</span>{' '}
                            {pick(f.message)}
                            <FlagResolution
                              proposalId={p.proposalId}
                              flag={f}
                              agreed={p.consensus === 'agreed'}
                              label={`${p.acronym}: ${pick(f.message)}`}
                              onResolved={onResolved}
                            />
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
    </>
  );
}
