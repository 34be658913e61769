/** Progress of a long operation (a download, an import): a bar and the same in words. */
import './progress-bar.css';
import { useId } from 'react';
import type { Progress } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';

export function ProgressBar({ label, progress }: { label: string; progress: Progress | undefined }) {
  const { t, lang } = useI18n();
  const id = useId();
  const kb = (bytes: number) =>
    new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB').format(Math.round(bytes / 1024));
  const known = progress?.total !== undefined;
  const words = !progress
    ? t('progress.starting')
    : known
      ? t('progress.of', { loaded: kb(progress.loaded), total: kb(progress.total!) })
      : t('progress.loaded', { loaded: kb(progress.loaded) });
  return (
    <div className="progress" role="status">
      <label htmlFor={id}>{label}</label>
      {known ? <progress id={id} max={progress!.total} value={progress!.loaded} /> : <progress id={id} />}
      <span className="progress__words">{words}</span>
    </div>
  );
}
