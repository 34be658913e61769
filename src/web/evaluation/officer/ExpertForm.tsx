/** Registering an expert, or correcting an entry (with the version edited: a stale one gets 409). */
import { useState } from 'react';
import type { Expert, ExpertInput } from '../../../contracts/evaluation-agency.ts';
import { LOT_IDS } from '../../../engine/call-definition/types.ts';
import { ApiError, api } from '../../api/client.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Checkbox, TextField } from '../../components/fields.tsx';
import { lotLabel } from '../../components/labels.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { fieldProblem, splitList } from './model.ts';

/** The lots the call definitions know, as the server's expert schema accepts them. */
const LOTS = LOT_IDS;

interface Draft {
  name: string;
  email: string;
  country: string;
  employerPic: string;
  topics: string;
  lots: string[];
  languages: string;
  maxLoad: string;
}

const draftOf = (e: Expert | undefined): Draft => ({
  name: e?.name ?? '',
  email: e?.email ?? '',
  country: e?.country ?? '',
  employerPic: e?.employerPic ?? '',
  topics: e?.topics.join(', ') ?? '',
  lots: e?.lots ?? ['lot1'],
  languages: e?.languages.join(', ') ?? 'en',
  maxLoad: String(e?.maxLoad ?? 5),
});

const bodyOf = (d: Draft): ExpertInput => ({
  name: d.name,
  email: d.email.trim(),
  country: d.country.trim().toUpperCase(),
  employerPic: d.employerPic.trim() || null,
  topics: splitList(d.topics),
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
  onSaved: (saved: Expert) => Promise<void> | void;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Draft>(() => draftOf(expert));
  const [version, setVersion] = useState(expert?.version);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [stale, setStale] = useState<Expert>();
  const base = expert ? `exp-edit-${expert.id}` : 'exp-new';
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const err = (field: string) => fieldProblem(error, field);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const saved = expert
        ? await api.request<Expert>('PATCH', `/api/v1/evaluation/experts/${encodeURIComponent(expert.id)}`, {
            ...bodyOf(draft),
            version,
          })
        : await api.post<Expert>('/api/v1/evaluation/experts', bodyOf(draft));
      setStale(undefined);
      if (!expert) setDraft(draftOf(undefined));
      await onSaved(saved);
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
        <TextField
          id={fieldIds.country}
          label={t('experts.country')}
          hint={t('experts.countryHint')}
          value={draft.country}
          onChange={(v) => set({ country: v })}
          error={err('country')}
          maxLength={2}
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
          id={fieldIds.topics}
          label={t('experts.topics')}
          hint={t('experts.listHint')}
          value={draft.topics}
          onChange={(v) => set({ topics: v })}
          error={err('topics')}
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
          error={err('maxLoad')}
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
