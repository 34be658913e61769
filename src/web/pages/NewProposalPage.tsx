/**
 * Starting a proposal in an open call: the lot, the duration and the ecosystem as the call
 * defines them, a working acronym and title, and the coordinator's organisation.
 */
import './new-proposal/new-proposal.css';
import { type FormEvent, useState } from 'react';
import type { Organisation } from '../../contracts/organisations.ts';
import type { ProposalView } from '../../contracts/proposals.ts';
import type { LotId } from '../../engine/call-definition/types.ts';
import { useCallDefinition, useCatalogue } from '../api/catalogue.ts';
import { api } from '../api/client.ts';
import { queryKeys } from '../api/query-keys.ts';
import { useWrite } from '../api/use-write.ts';
import { navigate } from '../app/use-route.ts';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { SelectField, TextField } from '../components/fields.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { OrganisationSummary } from '../organisations/OrganisationSummary.tsx';
import { CoordinatorPicker } from './new-proposal/CoordinatorPicker.tsx';
import { LotChoice } from './new-proposal/LotChoice.tsx';

export default function NewProposalPage({ callId }: { callId: string }) {
  const { t, tn, pick, lang } = useI18n();
  const call = useCallDefinition(callId);
  const catalogue = useCatalogue();
  const [lot, setLot] = useState<LotId>('lot1');
  const [duration, setDuration] = useState('');
  const [ecosystem, setEcosystem] = useState('');
  const [acronym, setAcronym] = useState('');
  const [title, setTitle] = useState('');
  const [coordinator, setCoordinator] = useState<Organisation>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const definition = call.data;
  const lotDefinition = definition?.lots[lot];
  const durations = lotDefinition?.durationsMonths.value ?? [];
  const chosenDuration = durations.includes(Number(duration)) ? Number(duration) : durations[0];

  const creation = useWrite(
    (body: Record<string, unknown>) => api.post<ProposalView>('/api/v1/proposals', body),
    [queryKeys.proposals()],
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const view = await creation.mutateAsync({
        callId,
        lot,
        organisationId: coordinator?.id ?? '',
        durationMonths: chosenDuration,
        ecosystem: ecosystem || null,
        acronym,
        title,
      });
      navigate({ name: 'proposal', id: view.id, tab: 'consortium' });
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading title={t('newProposal.title')}>
        {definition && <p className="lead">{definition.call.identifier.value}</p>}
      </PageHeading>
      <ErrorMessage error={call.error ?? catalogue.error} />
      {definition && catalogue.data && (
        <>
          <form id="new-proposal-form" className="form form--page" onSubmit={submit} noValidate>
            <LotChoice call={definition} value={lot} onChange={setLot} />
            <SelectField
              id="new-duration"
              label={t('newProposal.duration')}
              value={String(chosenDuration ?? '')}
              onChange={setDuration}
              options={durations.map((d) => ({ value: String(d), label: tn('common.months', d) }))}
            />
            <SelectField
              id="new-ecosystem"
              label={t('newProposal.ecosystem')}
              hint={
                lotDefinition?.ecosystemRequired.value
                  ? t('newProposal.ecosystemRequired')
                  : t('newProposal.ecosystemOptional')
              }
              value={ecosystem}
              onChange={setEcosystem}
              options={[
                { value: '', label: t('newProposal.noEcosystem') },
                ...definition.ecosystems.value
                  .map((id) => ({
                    value: id,
                    label: pick(catalogue.data!.ecosystems[id]?.name ?? { en: id, da: id }),
                  }))
                  .sort((a, b) => a.label.localeCompare(b.label, lang)),
              ]}
            />
            <TextField
              id="new-acronym"
              label={t('general.acronym')}
              hint={t('general.acronymHint')}
              value={acronym}
              onChange={setAcronym}
              maxLength={20}
            />
            <TextField
              id="new-title"
              label={t('general.title')}
              value={title}
              onChange={setTitle}
              maxLength={200}
            />
          </form>
          {/* Outside the form above: the registry search is a form of its own, and forms do not nest. */}
          <section className="fieldset" aria-labelledby="new-coordinator-h">
            <h2 id="new-coordinator-h" className="fieldset__title">
              {t('newProposal.coordinator')}
            </h2>
            {coordinator ? (
              <div className="chosen">
                <OrganisationSummary org={coordinator} catalogue={catalogue.data} />
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => setCoordinator(undefined)}
                >
                  {t('newProposal.changeCoordinator')}
                </button>
              </div>
            ) : (
              <CoordinatorPicker catalogue={catalogue.data} onPick={setCoordinator} />
            )}
          </section>
          <ErrorMessage
            error={error}
            inputFor={(f) => ({ acronym: 'new-acronym', title: 'new-title', organisationId: 'new-q' })[f]}
          />
          {!coordinator && <p className="muted">{t('newProposal.pickFirst')}</p>}
          <button
            type="submit"
            form="new-proposal-form"
            className="button button--primary"
            disabled={busy || !coordinator}
          >
            {t('newProposal.create')}
          </button>
        </>
      )}
    </>
  );
}
