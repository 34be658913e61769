/**
 * Searching the organisation registry by name, PIC, country and type. Each result offers the
 * actions the caller passes (add as beneficiary, choose as coordinator, ...).
 */
import './organisations.css';
import { type FormEvent, useId, useState } from 'react';
import type { Organisation } from '../../contracts/organisations.ts';
import type { Catalogue } from '../../engine/call-definition/types.ts';
import { countryNames, sortedOptions } from '../api/catalogue.ts';
import { api } from '../api/client.ts';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { SelectField, TextField } from '../components/fields.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { OrganisationSummary } from './OrganisationSummary.tsx';

export interface OrganisationAction {
  label: string;
  onPick(org: Organisation): void;
}

export interface OrganisationSearchProps {
  catalogue: Catalogue;
  actions: OrganisationAction[];
  /** Organisations that cannot be picked again, with the reason shown instead of the actions. */
  unavailable?: Map<string, string>;
  idPrefix: string;
}

export function OrganisationSearch({ catalogue, actions, unavailable, idPrefix }: OrganisationSearchProps) {
  const { t, tn, lang } = useI18n();
  const headingId = useId();
  const [q, setQ] = useState('');
  const [pic, setPic] = useState('');
  const [country, setCountry] = useState('');
  const [type, setType] = useState('');
  const [results, setResults] = useState<Organisation[]>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const search = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    const params = new URLSearchParams();
    if (q.trim()) params.set('q', q.trim());
    if (pic.trim()) params.set('pic', pic.trim());
    if (country) params.set('country', country);
    if (type) params.set('type', type);
    try {
      setResults(await api.get<Organisation[]>(`/api/v1/organisations?${params}`));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const any = { value: '', label: t('organisation.any') };
  return (
    <div className="org-search">
      <search aria-label={t('organisation.searchTitle')}>
        <form className="form form--inline" onSubmit={search}>
          <TextField
            id={`${idPrefix}-q`}
            label={t('organisation.name')}
            type="search"
            value={q}
            onChange={setQ}
          />
          <TextField
            id={`${idPrefix}-pic`}
            label={t('organisation.pic')}
            inputMode="numeric"
            value={pic}
            onChange={setPic}
            maxLength={9}
          />
          <SelectField
            id={`${idPrefix}-country`}
            label={t('organisation.country')}
            value={country}
            onChange={setCountry}
            options={[any, ...sortedOptions(countryNames(catalogue), lang)]}
          />
          <SelectField
            id={`${idPrefix}-type`}
            label={t('organisation.type')}
            value={type}
            onChange={setType}
            options={[any, ...sortedOptions(catalogue.organisationTypes, lang)]}
          />
          <button type="submit" className="button" disabled={busy}>
            {t('organisation.search')}
          </button>
        </form>
      </search>
      <ErrorMessage error={error} />
      <p role="status" className="org-search__count" id={headingId}>
        {results && tn('organisation.found', results.length)}
      </p>
      {results && results.length > 0 && (
        <ul className="org-results" aria-labelledby={headingId}>
          {results.map((org) => (
            <li key={org.id} className="org-result">
              <OrganisationSummary org={org} catalogue={catalogue} />
              <div className="org-result__actions">
                {unavailable?.has(org.id) ? (
                  <span className="muted">{unavailable.get(org.id)}</span>
                ) : (
                  actions.map((a) => (
                    <button
                      key={a.label}
                      type="button"
                      className="button button--secondary"
                      aria-label={`${a.label}: ${org.legalName}`}
                      onClick={() => a.onPick(org)}
                    >
                      {a.label}
                    </button>
                  ))
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
