/**
 * An organisation's registry restriction (from 16 December 2022, an entity maintained by a
 * Hungarian public-interest trust may take part but sign no grant agreement): shown to everyone
 * who may read the organisation, and set or cleared by agency staff only, as the server's
 * policy says (src/server/policies/organisation-restriction.ts). The change is a PATCH with the
 * version read just before, so a concurrent edit gets the server's 409 instead of being lost.
 */
import { useId, useState } from 'react';
import type { Organisation } from '../../contracts/organisations.ts';
import { RESTRICTIONS, type Restriction } from '../../engine/call-definition/types.ts';
import { api } from '../api/client.ts';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { SelectField } from '../components/fields.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../session/session.tsx';

const NONE = 'none';

/**
 * A submitted version holds a frozen copy of each organisation, named by its participant
 * (src/server/proposals/submitted-version.ts), not the registry's record: that one is found by
 * its PIC.
 */
async function registryRecord(organisationId: string, pic: string | null): Promise<Organisation | undefined> {
  if (!organisationId.startsWith('submitted:'))
    return api.get<Organisation>(`/api/v1/organisations/${encodeURIComponent(organisationId)}`);
  if (!pic) return undefined;
  const found = await api.get<Organisation[]>(`/api/v1/organisations?pic=${encodeURIComponent(pic)}`);
  return found.find((o) => o.pic === pic);
}
type Choice = Restriction | typeof NONE;

export function RestrictionNotice({ restriction }: { restriction: Restriction }) {
  const { t } = useI18n();
  return (
    <p className="org-summary__restriction notice notice--warning" data-restriction={restriction}>
      <strong>{t(`restriction.${restriction}`)}</strong> {t('restriction.effect')}
    </p>
  );
}

/** The notice, and for agency staff the control that sets or clears the restriction. */
export function OrganisationRestriction({
  organisationId,
  pic,
  restriction,
}: {
  organisationId: string;
  pic: string | null;
  restriction: Restriction | null | undefined;
}) {
  const { t } = useI18n();
  const { state } = useSession();
  const agency =
    state.status === 'signed-in' && (state.account.role === 'officer' || state.account.role === 'admin');
  const [current, setCurrent] = useState<Restriction | null>(restriction ?? null);
  const [choice, setChoice] = useState<Choice>(restriction ?? NONE);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>();
  const id = useId();

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setSaved(false);
    setError(undefined);
    try {
      const record = await registryRecord(organisationId, pic);
      if (!record) throw new Error(t('restriction.notInRegistry'));
      const path = `/api/v1/organisations/${encodeURIComponent(record.id)}`;
      const updated = await api.request<Organisation>('PATCH', path, {
        version: record.version,
        restriction: choice === NONE ? null : choice,
      });
      setCurrent(updated.restriction);
      setSaved(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {current && <RestrictionNotice restriction={current} />}
      {agency && (
        <form className="org-restriction" onSubmit={(e) => void save(e)} noValidate>
          <SelectField<Choice>
            id={`${id}-restriction`}
            label={t('restriction.label')}
            value={choice}
            onChange={setChoice}
            options={[
              { value: NONE, label: t('restriction.none') },
              ...RESTRICTIONS.map((r) => ({ value: r, label: t(`restriction.option.${r}`) })),
            ]}
          />
          <button type="submit" className="button button--secondary button--small" disabled={busy}>
            {busy ? t('restriction.saving') : t('restriction.save')}
          </button>
          {saved && (
            <span role="status" className="small">
              {t('restriction.saved')}
            </span>
          )}
          <ErrorMessage error={error} />
        </form>
      )}
    </>
  );
}
