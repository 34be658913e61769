/**
 * The proposal as files: the budget as the EU's XLSX table, the proposal as PDF, and the JSON
 * export that can be imported again. Each download shows its progress; they reflect what is
 * saved, which the buttons say when there are unsaved edits.
 */
import { useState } from 'react';
import { api, type Progress } from '../api/client.ts';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { ProgressBar } from '../components/ProgressBar.tsx';
import type { MessageKey } from '../i18n/en.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useEditorContext } from './editor-context.tsx';

const FILES: { path: string; label: MessageKey; suffix: string }[] = [
  { path: 'proposal.pdf', label: 'download.pdf', suffix: 'proposal.pdf' },
  { path: 'budget.xlsx', label: 'download.xlsx', suffix: 'budget.xlsx' },
  { path: 'export.json', label: 'download.json', suffix: 'proposal.json' },
];

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function Downloads() {
  const { t } = useI18n();
  const editor = useEditorContext();
  const [active, setActive] = useState<{ label: MessageKey; progress?: Progress }>();
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<string>();
  const acronym = editor.view.document.general.acronym || 'proposal';

  const download = async (file: (typeof FILES)[number]) => {
    setError(undefined);
    setDone(undefined);
    setActive({ label: file.label });
    try {
      const blob = await api.download(
        `/api/v1/proposals/${encodeURIComponent(editor.view.id)}/${file.path}`,
        (progress) => setActive({ label: file.label, progress }),
      );
      const name = `${acronym.replace(/[^A-Za-z0-9_-]+/g, '-')}-${file.suffix}`;
      save(blob, name);
      setDone(t('download.done', { name }));
    } catch (e) {
      setError(e);
    } finally {
      setActive(undefined);
    }
  };

  return (
    <section className="downloads" aria-labelledby="downloads-h">
      <h2 id="downloads-h" className="downloads__title">
        {t('download.title')}
      </h2>
      <div className="button-row">
        {FILES.map((f) => (
          <button
            key={f.path}
            type="button"
            className="button button--secondary"
            disabled={active !== undefined}
            onClick={() => void download(f)}
          >
            {t(f.label)}
          </button>
        ))}
      </div>
      {editor.dirty.length > 0 && <p className="muted small">{t('download.savedOnly')}</p>}
      {active && (
        <ProgressBar label={t('download.progress', { file: t(active.label) })} progress={active.progress} />
      )}
      <p className="visually-hidden" role="status">
        {done}
      </p>
      <ErrorMessage error={error} />
    </section>
  );
}
