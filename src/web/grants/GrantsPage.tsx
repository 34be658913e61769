/**
 * The grants the reader may see, and for agency staff the selected (and reserve) proposals of
 * rankings whose reports are sent, each with a button to open its grant preparation.
 */
import './grants.css';
import type { GrantCandidate, GrantList, GrantOpened } from '../../contracts/grants.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { useWrite } from '../api/use-write.ts';
import { hrefOf } from '../app/routes.ts';
import { navigate } from '../app/use-route.ts';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { lotLabel } from '../components/labels.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { ScrollRegion } from '../components/ScrollRegion.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { GrantStateBadge } from './GrantStateBadge.tsx';
import { GRANTS_KEY, money } from './model.ts';

export default function GrantsPage() {
  const { t, lang } = useI18n();
  const list = useApi<GrantList>('/api/v1/grants');
  const open = useWrite(
    (proposalId: string) => api.post<GrantOpened>('/api/v1/grants', { proposalId }),
    [GRANTS_KEY],
  );
  return (
    <>
      <PageHeading title={t('grants.title')}>
        <p className="lead">{t('grants.intro')}</p>
      </PageHeading>
      <ErrorMessage error={list.error ?? open.error} />
      {list.loading && !list.data && (
        <p className="loading" role="status">
          {t('common.loading')}
        </p>
      )}
      {list.data && (
        <>
          <section aria-labelledby="grants-h">
            <h2 id="grants-h">{t('grants.title')}</h2>
            {list.data.grants.length === 0 ? (
              <p className="panel">{t('grants.none')}</p>
            ) : (
              <ScrollRegion labelledBy="grants-caption">
                <table className="table grants-table">
                  <caption id="grants-caption" className="visually-hidden">
                    {t('grants.caption')}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('grants.acronym')}</th>
                      <th scope="col">{t('grants.coordinator')}</th>
                      <th scope="col">{t('grants.state')}</th>
                      <th scope="col" className="num">
                        {t('grants.amount')}
                      </th>
                      <th scope="col" className="num">
                        {t('grants.paid')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.data.grants.map((g) => (
                      <tr key={g.id} data-grant={g.id}>
                        <th scope="row">
                          <a href={hrefOf({ name: 'grant', id: g.id })}>{g.acronym}</a>
                          <span className="muted small grants-block">
                            {g.callId} · {t(lotLabel(g.lot))}
                          </span>
                        </th>
                        <td>{g.coordinator}</td>
                        <td>
                          <GrantStateBadge state={g.state} />
                        </td>
                        <td className="num">{money(g.amount, lang)}</td>
                        <td className="num">{money(g.paid, lang)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            )}
          </section>
          {list.data.candidates.length > 0 && (
            <Candidates
              candidates={list.data.candidates}
              busy={open.isPending}
              onOpen={async (id) => {
                const opened = await open.mutateAsync(id).catch(() => undefined);
                if (opened) navigate({ name: 'grant', id: opened.id });
              }}
            />
          )}
        </>
      )}
    </>
  );
}

function Candidates({
  candidates,
  busy,
  onOpen,
}: {
  candidates: (GrantCandidate & { acronym: string; title: string })[];
  busy: boolean;
  onOpen: (proposalId: string) => void;
}) {
  const { t, lang } = useI18n();
  return (
    <section aria-labelledby="candidates-h">
      <h2 id="candidates-h">{t('grants.candidates')}</h2>
      <ScrollRegion labelledBy="candidates-caption">
        <table className="table grants-table">
          <caption id="candidates-caption" className="visually-hidden">
            {t('grants.candidatesCaption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('grants.acronym')}</th>
              <th scope="col">{t('grants.decision')}</th>
              <th scope="col" className="num">
                {t('grants.requested')}
              </th>
              <th scope="col">{t('grants.action')}</th>
            </tr>
          </thead>
          <tbody>
            {candidates.map((c) => (
              <tr key={c.proposalId} data-candidate={c.proposalId}>
                <th scope="row">
                  {c.acronym}
                  <span className="muted small grants-block">{c.title}</span>
                </th>
                <td>
                  {c.decision === 'selected'
                    ? t('grants.decision.selected')
                    : t('grants.decision.reserve', { rank: c.rank ?? '' })}
                </td>
                <td className="num">{money(c.requestedGrant, lang)}</td>
                <td>
                  {c.fundsAvailable ? (
                    <button
                      type="button"
                      className="button button--primary button--small"
                      disabled={busy}
                      onClick={() => onOpen(c.proposalId)}
                    >
                      {t('grants.open', { acronym: c.acronym })}
                    </button>
                  ) : (
                    <span className="muted">{t('grants.noRoom')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
