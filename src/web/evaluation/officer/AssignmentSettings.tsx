/** The call's evaluation settings: experts per proposal, the conflict rule by country, the chair's flag limits; saved with their version. */
import { useState } from 'react';
import type { EvaluationSettings } from '../../../contracts/evaluation-agency.ts';
import { ApiError, api } from '../../api/client.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { useApi } from '../../api/use-api.ts';
import { useRefresh, useWrite } from '../../api/use-write.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Checkbox, TextField } from '../../components/fields.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useNotice } from '../../i18n/use-notice.ts';
import { LoadState } from './Loading.tsx';
import { fieldProblem } from './model.ts';

/** Saved settings change the call's evaluation (conflicts by country, flags): it is read again. */
export function SettingsForm({ callId }: { callId: string }) {
  const { t } = useI18n();
  const path = `/api/v1/evaluation/calls/${encodeURIComponent(callId)}/settings`;
  const loaded = useApi<EvaluationSettings>(path);
  return (
    <section aria-labelledby="asg-settings-h">
      <h3 id="asg-settings-h">{t('assignment.settings')}</h3>
      <LoadState loaded={loaded}>
        {(s) => <SettingsFields key={s.version} settings={s} callId={callId} path={path} />}
      </LoadState>
    </section>
  );
}

function SettingsFields({
  settings,
  callId,
  path,
}: {
  settings: EvaluationSettings;
  callId: string;
  path: string;
}) {
  const { t } = useI18n();
  const [per, setPer] = useState(String(settings.expertsPerProposal));
  const [country, setCountry] = useState(settings.countryConflict);
  const [spread, setSpread] = useState(String(settings.spreadPoints));
  const [near, setNear] = useState(String(settings.nearThresholdPoints));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const done = useNotice();
  const changed = [queryKeys.callEvaluation(callId)];
  const settingsWrite = useWrite((body: Record<string, unknown>) => api.put(path, body), changed);
  const refresh = useRefresh();
  const ids: Record<string, string> = {
    expertsPerProposal: 'set-per',
    spreadPoints: 'set-spread',
    nearThresholdPoints: 'set-near',
  };
  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    done.clear();
    try {
      await settingsWrite.mutateAsync({
        version: settings.version,
        expertsPerProposal: Number(per),
        countryConflict: country,
        spreadPoints: Number(spread),
        nearThresholdPoints: Number(near),
      });
      done.show('assignment.settingsSaved');
    } catch (e) {
      setError(e);
      // Someone else saved first: their settings are shown, with the refusal.
      if (e instanceof ApiError && e.status === 409) await refresh(changed);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="form subpanel"
      onSubmit={(e) => void save(e)}
      noValidate
      aria-label={t('assignment.settings')}
    >
      <div className="grid-2">
        <TextField
          id={ids.expertsPerProposal}
          label={t('assignment.perProposal')}
          value={per}
          onChange={setPer}
          inputMode="numeric"
          error={fieldProblem(error, 'expertsPerProposal')}
        />
        <TextField
          id={ids.spreadPoints}
          label={t('assignment.spread')}
          hint={t('assignment.spreadHint')}
          value={spread}
          onChange={setSpread}
          inputMode="numeric"
          error={fieldProblem(error, 'spreadPoints')}
        />
        <TextField
          id={ids.nearThresholdPoints}
          label={t('assignment.near')}
          hint={t('assignment.nearHint')}
          value={near}
          onChange={setNear}
          inputMode="numeric"
          error={fieldProblem(error, 'nearThresholdPoints')}
        />
        <Checkbox
          id="set-country"
          label={t('assignment.countryRule')}
          hint={t('assignment.countryRuleHint')}
          checked={country}
          onChange={setCountry}
        />
      </div>
      <ErrorMessage error={error} inputFor={(f) => ids[f]} />
      <div className="button-row">
        <button type="submit" className="button button--secondary" disabled={busy}>
          {busy ? t('officerCall.working') : t('assignment.saveSettings')}
        </button>
      </div>
      <p role="status" className={done.text ? 'notice notice--success' : 'visually-hidden'}>
        {done.text}
      </p>
    </form>
  );
}
