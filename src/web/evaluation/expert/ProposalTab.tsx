/**
 * The proposal as submitted, for reading and printing: the essentials, the consortium with
 * countries and roles, the work packages, the budget totals and the answer to each award
 * criterion. Nothing here can be changed.
 */

import type { ProposalForExpert } from '../../../contracts/evaluation-expert.ts';
import { euros, integer } from '../../../engine/i18n/format.ts';
import { lotLabel, ROLE_LABEL } from '../../components/labels.ts';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import { formatTime } from '../../i18n/dates.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useCatalogueNames } from './catalogue-names.ts';
import { PackageFiles } from './package/PackageFiles.tsx';

const DELIVERABLE_KIND: Record<string, MessageKey> = {
  report: 'deliverable.report',
  curriculum: 'deliverable.curriculum',
  training: 'deliverable.training',
  tool: 'deliverable.tool',
  event: 'deliverable.event',
  other: 'deliverable.other',
};

export function ProposalTab({ data, proposalId }: { data: ProposalForExpert; proposalId: string }) {
  const { t, tn, lang, pick } = useI18n();
  const names = useCatalogueNames();
  const c = data.content;
  const participantName = (id: string | null) =>
    c.participants.find((p) => p.id === id)?.organisation.legalName ?? t('expertProposal.noLead');
  const totals = c.budgetTotals;
  return (
    <section aria-labelledby="proposal-h" className="expert-proposal">
      <div className="tab-heading">
        <h2 id="proposal-h" tabIndex={-1}>
          {t('expertProposal.tab.proposal')}
        </h2>
        <p className="tab-heading__intro">
          {t('expertProposal.submittedVersion', {
            number: data.submission.number,
            time: formatTime(data.submission.submittedAt, lang),
          })}
        </p>
        <p className="no-print">
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            {t('expertProposal.print')}
          </button>
        </p>
      </div>

      <PackageFiles proposalId={proposalId} />

      <section aria-labelledby="proposal-general-h" className="panel">
        <h3 id="proposal-general-h">{t('expertProposal.general')}</h3>
        <dl className="meta-list">
          <dt>{t('expertProposal.acronym')}</dt>
          <dd>{c.acronym}</dd>
          <dt>{t('expertProposal.titleLabel')}</dt>
          <dd>{c.title}</dd>
          <dt>{t('expertProposal.callIdentifier')}</dt>
          <dd>
            <code>{c.call.identifier}</code>
            {c.call.topic && (
              <>
                {' · '}
                <code>{c.call.topic}</code>
              </>
            )}
          </dd>
          <dt>{t('expertProposal.lot')}</dt>
          <dd>{t(lotLabel(c.lot))}</dd>
          <dt>{t('expertProposal.duration')}</dt>
          <dd>{tn('common.months', c.durationMonths)}</dd>
          <dt>{t('expertProposal.ecosystem')}</dt>
          <dd>{c.ecosystem ? names.ecosystem(c.ecosystem) : t('expertProposal.none')}</dd>
          <dt>{t('expertProposal.requestedGrant')}</dt>
          <dd>{euros(c.requestedGrant, lang)}</dd>
          <dt>{t('expertProposal.estimatedCosts')}</dt>
          <dd>{euros(totals.total.total, lang)}</dd>
        </dl>
        <h4>{t('expertProposal.summary')}</h4>
        <p className="expert-text">{c.summary || t('expertProposal.none')}</p>
      </section>

      <section aria-labelledby="proposal-consortium-h" className="panel">
        <h3 id="proposal-consortium-h">{tn('expertProposal.consortium', c.participants.length)}</h3>
        <ScrollRegion label={t('expertProposal.consortiumTable')}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('expertProposal.organisation')}</th>
                <th scope="col">{t('expertProposal.country')}</th>
                <th scope="col">{t('expertProposal.role')}</th>
                <th scope="col">{t('expertProposal.type')}</th>
                <th scope="col">{t('expertProposal.pic')}</th>
              </tr>
            </thead>
            <tbody>
              {c.participants.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    {p.organisation.legalName}
                    {p.organisation.city && <span className="muted"> · {p.organisation.city}</span>}
                  </th>
                  <td>{names.country(p.organisation.country)}</td>
                  <td>{t(ROLE_LABEL[p.role])}</td>
                  <td>{names.organisationType(p.organisation.type)}</td>
                  <td>
                    <code>{p.organisation.pic ?? '—'}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      <section aria-labelledby="proposal-wp-h" className="panel">
        <h3 id="proposal-wp-h">{t('expertProposal.workPackages', { n: c.workPackages.length })}</h3>
        {c.workPackages.map((wp) => (
          <article key={wp.id} className="expert-wp" aria-labelledby={`wp-${wp.id}-h`}>
            <h4 id={`wp-${wp.id}-h`}>{t('expertProposal.wpTitle', { n: wp.number, title: wp.title })}</h4>
            <p className="muted">
              {t('expertProposal.wpMeta', {
                start: wp.startMonth,
                end: wp.endMonth,
                lead: participantName(wp.leadParticipantId),
              })}
            </p>
            <p className="expert-text">{wp.description}</p>
            {wp.deliverables.length > 0 && (
              <ul className="expert-deliverables">
                {wp.deliverables.map((d) => (
                  <li key={d.id}>
                    {t('expertProposal.deliverable', {
                      title: d.title,
                      month: d.month,
                      kind: t(DELIVERABLE_KIND[d.kind] ?? 'deliverable.other'),
                    })}
                  </li>
                ))}
              </ul>
            )}
          </article>
        ))}
      </section>

      <section aria-labelledby="proposal-budget-h" className="panel">
        <h3 id="proposal-budget-h">{t('expertProposal.budget')}</h3>
        <ScrollRegion label={t('expertProposal.budgetTable')}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('expertProposal.wpColumn')}</th>
                <th scope="col" className="num">
                  {t('budget.direct')}
                </th>
                <th scope="col" className="num">
                  {t('budget.indirect', { rate: integer(totals.indirectCostRatePercent, lang) })}
                </th>
                <th scope="col" className="num">
                  {t('budget.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {c.workPackages.map((wp) => {
                const a = totals.byWorkPackage[wp.id];
                return (
                  <tr key={wp.id}>
                    <th scope="row">{t('expertProposal.wpTitle', { n: wp.number, title: wp.title })}</th>
                    <td className="num">{euros(a?.direct ?? 0, lang)}</td>
                    <td className="num">{euros(a?.indirect ?? 0, lang)}</td>
                    <td className="num">{euros(a?.total ?? 0, lang)}</td>
                  </tr>
                );
              })}
              <tr className="row--computed">
                <th scope="row">{t('budget.total')}</th>
                <td className="num">{euros(totals.total.direct, lang)}</td>
                <td className="num">{euros(totals.total.indirect, lang)}</td>
                <td className="num">{euros(totals.total.total, lang)}</td>
              </tr>
            </tbody>
          </table>
        </ScrollRegion>
        <h4 id="proposal-budget-ben-h">{t('expertProposal.byBeneficiary')}</h4>
        <ScrollRegion labelledBy="proposal-budget-ben-h">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('expertProposal.organisation')}</th>
                <th scope="col" className="num">
                  {t('budget.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(totals.byBeneficiary).map(([id, a]) => (
                <tr key={id}>
                  <th scope="row">{participantName(id)}</th>
                  <td className="num">{euros(a.total, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      <section aria-labelledby="proposal-answers-h" className="panel">
        <h3 id="proposal-answers-h">{t('expertProposal.answers')}</h3>
        {data.criteria.map((cr) => (
          <article key={cr.id} className="expert-answer" aria-labelledby={`answer-${cr.id}-h`}>
            <h4 id={`answer-${cr.id}-h`}>{pick(cr.name)}</h4>
            <p className="muted">
              {t('evaluation.maxThreshold', { max: cr.maximum, threshold: cr.threshold })}
            </p>
            <p className="expert-text">{c.answers[cr.id] || t('expertProposal.noAnswer')}</p>
          </article>
        ))}
      </section>
    </section>
  );
}
