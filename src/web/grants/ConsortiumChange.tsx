/**
 * Changing the consortium: in preparation (to remove or replace a restricted entity, say) or, once
 * signed, as an amendment. The organisation joining is chosen from the registry by name; the
 * server re-runs the eligibility check and a refusal shows its findings in the reader's language.
 */
import { useState } from 'react';
import type { GrantView } from '../../contracts/grants.ts';
import type { Organisation } from '../../contracts/organisations.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { useWrite } from '../api/use-write.ts';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import type { MessageKey } from '../i18n/en.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { RefusedFindings, refusedFindings } from './GrantActions.tsx';
import { GRANTS_KEY, grantPath, may } from './model.ts';

type Kind = 'add' | 'replace' | 'remove';

export function ConsortiumChange({ grant: g }: { grant: GrantView }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<Kind>('replace');
  const [participantId, setParticipantId] = useState('');
  const [query, setQuery] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [eche, setEche] = useState(false);
  const [reason, setReason] = useState('');
  const found = useApi<Organisation[]>(
    kind !== 'remove' && query.trim().length >= 2
      ? `/api/v1/organisations?q=${encodeURIComponent(query.trim())}&limit=8`
      : undefined,
  );
  const change = useWrite(
    () =>
      api.post(`${grantPath(g.id)}/consortium`, {
        version: g.version,
        kind,
        ...(kind !== 'add' && participantId && { participantId }),
        ...(kind !== 'remove' && organisationId && { organisationId, eche }),
        reason,
      }),
    [GRANTS_KEY],
  );
  const findings = refusedFindings(change.error);
  const others = g.participants.filter((p) => p.role !== 'coordinator');
  return (
    <section className="grant-section" aria-labelledby="grant-change-h">
      <h2 id="grant-change-h">{t(may(g, 'amend') ? 'grantPage.amend' : 'grantPage.change')}</h2>
      <p>{t('grantPage.changeIntro')}</p>
      {findings.length > 0 ? <RefusedFindings findings={findings} /> : <ErrorMessage error={change.error} />}
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          change.mutate(undefined);
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor="grant-change-kind">
            {t('grantPage.kind')}
          </label>
          <select
            id="grant-change-kind"
            className="input"
            value={kind}
            onChange={(e) => setKind(e.target.value as Kind)}
          >
            {(['replace', 'remove', 'add'] as const).map((k) => (
              <option key={k} value={k}>
                {t(`grantPage.kind.${k}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        {kind !== 'add' && (
          <div className="field">
            <label className="field__label" htmlFor="grant-change-participant">
              {t('grantPage.which')}
            </label>
            <select
              id="grant-change-participant"
              className="input"
              value={participantId}
              onChange={(e) => setParticipantId(e.target.value)}
            >
              <option value="">{t('grantPage.choose')}</option>
              {others.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {kind !== 'remove' && (
          <>
            <div className="field">
              <label className="field__label" htmlFor="grant-change-search">
                {t('grantPage.search')}
              </label>
              <input
                id="grant-change-search"
                className="input"
                type="search"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
              />
            </div>
            {found.data && found.data.length > 0 && (
              <fieldset className="fieldset">
                <legend className="fieldset__title">{t('grantPage.searchResults')}</legend>
                <ul className="grant-results">
                  {found.data.map((o) => (
                    <li key={o.id}>
                      <label className="radio" htmlFor={`grant-org-${o.id}`}>
                        <input
                          id={`grant-org-${o.id}`}
                          type="radio"
                          name="grant-organisation"
                          checked={organisationId === o.id}
                          onChange={() => setOrganisationId(o.id)}
                        />
                        <span>
                          {o.legalName} ({o.country})
                        </span>
                      </label>
                    </li>
                  ))}
                </ul>
              </fieldset>
            )}
            <label className="checkbox" htmlFor="grant-change-eche">
              <input
                id="grant-change-eche"
                type="checkbox"
                checked={eche}
                onChange={(e) => setEche(e.target.checked)}
              />
              <span>{t('grantPage.eche')}</span>
            </label>
          </>
        )}
        <div className="field">
          <label className="field__label" htmlFor="grant-change-reason">
            {t('grantPage.reason')}
          </label>
          <textarea
            id="grant-change-reason"
            className="input textarea"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
        <button type="submit" className="button button--secondary" disabled={change.isPending}>
          {t('grantPage.apply')}
        </button>
      </form>
    </section>
  );
}

/** The changes of the consortium so far, for everyone who reads the grant. */
export function AmendmentList({ grant: g }: { grant: GrantView }) {
  const { t } = useI18n();
  if (g.amendments.length === 0) return null;
  return (
    <section className="grant-section" aria-labelledby="grant-amendments-h">
      <h2 id="grant-amendments-h">{t('grantPage.amendments')}</h2>
      <ul>
        {g.amendments.map((a) => (
          <li key={`${a.decidedAt}|${a.participant}`}>
            {t(`grantPage.amendment.${a.kind}` as MessageKey, {
              participant: a.participant,
              replacedBy: a.replacedBy ?? '',
            })}
            {' · '}
            {a.reason}
          </li>
        ))}
      </ul>
    </section>
  );
}
