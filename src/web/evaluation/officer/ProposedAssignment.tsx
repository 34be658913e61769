/** The assignment the engine proposes, each pair explained (topics matched, loads, who was kept off and why), or why it cannot be done. */

import type { AssignmentProposal } from '../../../contracts/evaluation-agency.ts';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

const EXCLUSION_KEY = {
  'employer-takes-part': 'assignment.excluded.employer',
  'declared-conflict': 'assignment.excluded.declared',
} as const;

export function ProposedAssignment({
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
  // How even the work is: the range of loads among the experts who can take any, and who has none.
  const available = result.explanations.experts.filter((e) => e.maxLoad > 0);
  const loads = available.map((e) => e.load);
  const idle = available.filter((e) => e.load === 0).map((e) => name(e.id));
  const why = (proposalId: string, expertId: string, fallback: string) => {
    const c = proposal.conflicts.find((x) => x.proposalId === proposalId && x.expertId === expertId);
    return c ? c.reasons.map((r) => `${t(`experts.kind.${r.kind}`)}: ${r.detail}`).join('; ') : fallback;
  };
  return (
    <div className="proposed" data-feasible={result.feasible}>
      {result.feasible ? (
        <p className="notice notice--success">
          {tn('assignment.feasible', proposal.settings.expertsPerProposal, { score: result.score })}
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
      {loads.length > 0 && (
        <p
          className="evenness"
          data-min={Math.min(...loads)}
          data-max={Math.max(...loads)}
          data-idle={idle.length}
        >
          {t('assignment.evenness', {
            min: Math.min(...loads),
            max: Math.max(...loads),
            n: available.length,
          })}{' '}
          {idle.length > 0 ? t('assignment.idle', { names: idle.join(', ') }) : t('assignment.noneIdle')}
        </p>
      )}
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
