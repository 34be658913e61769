/**
 * Importing a proposal exported as JSON (from this platform): read the file, send it, and open
 * the new draft. The file is read and uploaded in steps the progress bar follows.
 */
import { type ChangeEvent, useId, useState } from 'react';
import type { ProposalView } from '../../../contracts/proposals.ts';
import { ApiError, api, type Progress } from '../../api/client.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { useWrite } from '../../api/use-write.ts';
import { navigate } from '../../app/use-route.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { ProgressBar } from '../../components/ProgressBar.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

export function ImportProposal() {
  const { t } = useI18n();
  const id = useId();
  const [progress, setProgress] = useState<Progress>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  // The new draft joins the applicant's list of proposals.
  const imported = useWrite(
    (content: unknown) => api.upload<ProposalView>('/api/v1/proposals/import', content, setProgress),
    [queryKeys.proposals()],
  );

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setBusy(true);
    setError(undefined);
    setProgress(undefined);
    try {
      const text = await file.text();
      let content: unknown;
      try {
        content = JSON.parse(text);
      } catch {
        throw new ApiError(400, 'bad-json', t('import.notJson'));
      }
      const view = await imported.mutateAsync(content);
      navigate({ name: 'proposal', id: view.id, tab: 'consortium' });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
      event.target.value = '';
    }
  };

  return (
    <section aria-labelledby={`${id}-h`} className="panel">
      <h2 id={`${id}-h`}>{t('import.title')}</h2>
      <p>{t('import.text')}</p>
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {t('import.file')}
        </label>
        <input id={id} type="file" accept="application/json,.json" onChange={onFile} disabled={busy} />
      </div>
      {busy && <ProgressBar label={t('import.progress')} progress={progress} />}
      <ErrorMessage error={error} />
    </section>
  );
}
