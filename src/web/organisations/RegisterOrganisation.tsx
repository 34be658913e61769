/**
 * Registering an organisation the registry does not know yet. It is "declared" until the agency
 * validates it; the PIC is optional but must be 9 digits and new.
 */
import { type FormEvent, useState } from 'react';
import type { Organisation } from '../../contracts/organisations.ts';
import type { Catalogue } from '../../engine/call-definition/types.ts';
import { countryNames, sortedOptions } from '../api/catalogue.ts';
import { api } from '../api/client.ts';
import { queryKeys } from '../api/query-keys.ts';
import { useWrite } from '../api/use-write.ts';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { SelectField, TextField } from '../components/fields.tsx';
import { useI18n } from '../i18n/i18n.tsx';

export interface RegisterOrganisationProps {
  catalogue: Catalogue;
  idPrefix: string;
  submitLabel: string;
  onRegistered(org: Organisation): void;
}

export function RegisterOrganisation({
  catalogue,
  idPrefix,
  submitLabel,
  onRegistered,
}: RegisterOrganisationProps) {
  const { t, lang } = useI18n();
  const [legalName, setLegalName] = useState('');
  const [pic, setPic] = useState('');
  const [country, setCountry] = useState('');
  const [type, setType] = useState('');
  const [city, setCity] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const ids = {
    legalName: `${idPrefix}-legal-name`,
    pic: `${idPrefix}-pic`,
    country: `${idPrefix}-country`,
    type: `${idPrefix}-type`,
    city: `${idPrefix}-city`,
  };

  const registration = useWrite(
    (body: Record<string, unknown>) => api.post<Organisation>('/api/v1/organisations', body),
    [queryKeys.organisations()],
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const org = await registration.mutateAsync({
        legalName,
        pic: pic.trim() || null,
        country,
        type,
        city: city.trim() || null,
      });
      setLegalName('');
      setPic('');
      setCity('');
      onRegistered(org);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const choose = { value: '', label: t('common.choose') };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorMessage error={error} inputFor={(f) => ids[f as keyof typeof ids]} />
      <TextField
        id={ids.legalName}
        label={t('organisation.legalName')}
        value={legalName}
        onChange={setLegalName}
        required
      />
      <TextField
        id={ids.pic}
        label={t('organisation.picOptional')}
        hint={t('organisation.picHint')}
        inputMode="numeric"
        maxLength={9}
        value={pic}
        onChange={setPic}
      />
      <SelectField
        id={ids.country}
        label={t('organisation.country')}
        value={country}
        onChange={setCountry}
        options={[choose, ...sortedOptions(countryNames(catalogue), lang)]}
        required
      />
      <SelectField
        id={ids.type}
        label={t('organisation.type')}
        value={type}
        onChange={setType}
        options={[choose, ...sortedOptions(catalogue.organisationTypes, lang)]}
        required
      />
      <TextField id={ids.city} label={t('organisation.city')} value={city} onChange={setCity} />
      <button type="submit" className="button" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
