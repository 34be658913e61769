/**
 * Registering an expert, or correcting an entry (with the version edited: a stale one gets 409).
 * The country is picked from the country catalogue and the topics from the ecosystems and
 * sectors the assignment matches on, so "Denmark" cannot become DE by a slip; the maximum load
 * is at least 1.
 */
import { useState } from 'react';
import type { Expert, ExpertInput } from '../../../contracts/evaluation-agency.ts';
import { LOT_IDS } from '../../../engine/call-definition/types.ts';
import { countryNames, sortedOptions, useCatalogue } from '../../api/catalogue.ts';
import { ApiError, api } from '../../api/client.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { useWrite } from '../../api/use-write.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Checkbox, SelectField, TextField } from '../../components/fields.tsx';
import { lotLabel } from '../../components/labels.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { topicChoices } from './expert-topics.ts';
import { fieldProblem, splitList } from './model.ts';

/** The lots the call definitions know, as the server's expert schema accepts them. */
const LOTS = LOT_IDS;

interface Draft {
  name: string;
  email: string;
  country: string;
  employerPic: string;
  topics: string[];
  lots: string[];
  languages: string;
  maxLoad: string;
}

const draftOf = (e: Expert | undefined): Draft => ({
  name: e?.name ?? '',
  email: e?.email ?? '',
  country: e?.country ?? '',
  employerPic: e?.employerPic ?? '',
  topics: e?.topics ?? [],
  lots: e?.lots ?? ['lot1'],
  languages: e?.languages.join(', ') ?? 'en',
  maxLoad: String(e?.maxLoad ?? 5),
});

const bodyOf = (d: Draft): ExpertInput => ({
  name: d.name,
  email: d.email.trim(),
  country: d.country.trim().toUpperCase(),
  employerPic: d.employerPic.trim() || null,
  topics: d.topics,
  lots: d.lots,
  languages: splitList(d.languages).map((l) => l.toLowerCase()),
  maxLoad: Number(d.maxLoad),
});

export function ExpertForm({
  expert,
  onSaved,
  onCancel,
}: {
  /** The entry to correct; a new expert when absent. */
  expert?: Expert;
  /** Told once the registry accepted the entry (the registry and the conflicts are read again). */
  onSaved: (saved: Expert) => void;
  onCancel?: () => void;
}) {
  const { t, lang } = useI18n();
  const catalogue = useCatalogue().data;
  const [draft, setDraft] = useState<Draft>(() => draftOf(expert));
  const [version, setVersion] = useState(expert?.version);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [stale, setStale] = useState<Expert>();
  const base = expert ? `exp-edit-${expert.id}` : 'exp-new';
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const err = (field: string) => fieldProblem(error, field);
  const loadTooLow = /^\s*\d+\s*$/.test(draft.maxLoad) && Number(draft.maxLoad) < 1;
  const loadError = loadTooLow ? t('experts.maxLoadMin') : err('maxLoad');
  const countries = catalogue ? sortedOptions(countryNames(catalogue), lang) : [];
  if (draft.country && !countries.some((c) => c.value === draft.country))
    countries.push({ value: draft.country, label: draft.country });
  const topics = catalogue ? topicChoices(catalogue, lang, t, draft.topics) : [];
  // An expert's country, employer and topics decide conflicts and matches in every call.
  const entry = useWrite(
    (body: ExpertInput & { version?: number | undefined }) =>
      expert
        ? api.request<Expert>('PATCH', `/api/v1/evaluation/experts/${encodeURIComponent(expert.id)}`, body)
        : api.post<Expert>('/api/v1/evaluation/experts', body),
    [queryKeys.experts(), queryKeys.callEvaluations()],
  );

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (loadTooLow) {
      document.getElementById(`${base}-load`)?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const saved = await entry.mutateAsync(expert ? { ...bodyOf(draft), version } : bodyOf(draft));
      setStale(undefined);
      if (!expert) setDraft(draftOf(undefined));
      onSaved(saved);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) setStale(e.body.current as Expert);
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const fieldIds: Record<string, string> = {
    name: `${base}-name`,
    email: `${base}-email`,
    country: `${base}-country`,
    employerPic: `${base}-pic`,
    topics: `${base}-topics`,
    languages: `${base}-languages`,
    maxLoad: `${base}-load`,
  };

  return (
    <form
      className="form subpanel expert-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby={`${base}-h`}
    >
      <h4 id={`${base}-h`} className="officer-h4">
        {expert ? t('experts.editTitle', { name: expert.name }) : t('experts.addTitle')}
      </h4>
      <div className="grid-2">
        <TextField
          id={fieldIds.name}
          label={t('experts.name')}
          value={draft.name}
          onChange={(v) => set({ name: v })}
          error={err('name')}
          autoComplete="off"
        />
        <TextField
          id={fieldIds.email}
          type="email"
          label={t('experts.email')}
          value={draft.email}
          onChange={(v) => set({ email: v })}
          error={err('email')}
          autoComplete="off"
        />
        <SelectField
          id={fieldIds.country}
          label={t('experts.country')}
          value={draft.country}
          onChange={(v) => set({ country: v })}
          error={err('country')}
          options={[{ value: '', label: t('experts.chooseCountry') }, ...countries]}
        />
        <TextField
          id={fieldIds.employerPic}
          label={t('experts.pic')}
          hint={t('experts.picHint')}
          value={draft.employerPic}
          onChange={(v) => set({ employerPic: v })}
          error={err('employerPic')}
          inputMode="numeric"
          maxLength={9}
        />
        <TextField
          id={fieldIds.languages}
          label={t('experts.languages')}
          hint={t('experts.languagesHint')}
          value={draft.languages}
          onChange={(v) => set({ languages: v })}
          error={err('languages')}
        />
        <TextField
          id={fieldIds.maxLoad}
          label={t('experts.maxLoad')}
          hint={t('experts.maxLoadHint')}
          value={draft.maxLoad}
          onChange={(v) => set({ maxLoad: v })}
          error={loadError}
          inputMode="numeric"
        />
        <fieldset className="fieldset">
          <legend>{t('experts.lots')}</legend>
          {err('lots') && <p className="field__error">{err('lots')}</p>}
          {LOTS.map((lot) => (
            <Checkbox
              key={lot}
              id={`${base}-${lot}`}
              label={t(lotLabel(lot))}
              checked={draft.lots.includes(lot)}
              onChange={(on) =>
                set({
                  lots: on
                    ? LOTS.filter((l) => l === lot || draft.lots.includes(l))
                    : draft.lots.filter((l) => l !== lot),
                })
              }
            />
          ))}
        </fieldset>
      </div>
      <fieldset className="fieldset expert-topics" id={fieldIds.topics} tabIndex={-1}>
        <legend>{t('experts.topics')}</legend>
        {err('topics') && <p className="field__error">{err('topics')}</p>}
        <div className="expert-topics__choices">
          {topics.map((topic) => (
            <Checkbox
              key={topic.id}
              id={`${base}-topic-${topic.id}`}
              label={topic.label}
              checked={draft.topics.includes(topic.id)}
              onChange={(on) =>
                set({
                  topics: on ? [...draft.topics, topic.id] : draft.topics.filter((x) => x !== topic.id),
                })
              }
            />
          ))}
        </div>
      </fieldset>
      {stale && (
        <div className="notice notice--warning" role="alert">
          <p className="notice__title">{t('experts.stale', { version: stale.version })}</p>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              setDraft(draftOf(stale));
              setVersion(stale.version);
              setStale(undefined);
              setError(undefined);
            }}
          >
            {t('experts.takeCurrent')}
          </button>
        </div>
      )}
      {!stale && <ErrorMessage error={error} inputFor={(f) => fieldIds[f]} />}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('officerCall.working') : expert ? t('experts.save') : t('experts.add')}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel} disabled={busy}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
