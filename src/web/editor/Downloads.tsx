/**
 * The proposal as files: the budget as the EU's XLSX table, the proposal as PDF, and the JSON
 * export that can be imported again. Each download shows its progress; they reflect what is
 * saved, which the buttons say when there are unsaved edits.
 */
import { useState } from 'react';
import type { ReportStatus } from '../../contracts/evaluation-agency.ts';
import { api, type Progress } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { ProgressBar } from '../components/ProgressBar.tsx';
import { formatTime } from '../i18n/dates.ts';
import type { MessageKey } from '../i18n/en.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useNotice } from '../i18n/use-notice.ts';
import { saveFile } from '../lib/save-file.ts';
import { useEditorContext } from './editor-context.tsx';

interface DownloadFile {
  path: string;
  label: MessageKey;
  suffix: string;
}

const FILES: DownloadFile[] = [
  { path: 'proposal.pdf', label: 'download.pdf', suffix: 'proposal.pdf' },
  { path: 'budget.xlsx', label: 'download.xlsx', suffix: 'budget.xlsx' },
  { path: 'export.json', label: 'download.json', suffix: 'proposal.json' },
];

/** The evaluation summary report, once the agency has sent the reports of the call. */
const REPORTS: DownloadFile[] = [
  { path: 'report.pdf?lang=en', label: 'download.reportEn', suffix: 'evaluation-summary-en.pdf' },
  { path: 'report.pdf?lang=da', label: 'download.reportDa', suffix: 'evaluation-summary-da.pdf' },
];

export function Downloads() {
  const { t, lang } = useI18n();
  const editor = useEditorContext();
  const [active, setActive] = useState<{ label: MessageKey; progress?: Progress }>();
  const [error, setError] = useState<unknown>();
  const done = useNotice();
  const acronym = editor.view.document.general.acronym || 'proposal';
  // Only the applicants have a report, and only a call that has closed can have sent one.
  const mayHaveReport = editor.view.membership !== null && editor.view.deadline.passed;
  const report = useApi<ReportStatus>(
    mayHaveReport ? `/api/v1/proposals/${encodeURIComponent(editor.view.id)}/report` : undefined,
  );
  const files = report.data?.available ? [...FILES, ...REPORTS] : FILES;

  const download = async (file: DownloadFile) => {
    setError(undefined);
    done.clear();
    setActive({ label: file.label });
    try {
      const blob = await api.download(
        `/api/v1/proposals/${encodeURIComponent(editor.view.id)}/${file.path}`,
        (progress) => setActive({ label: file.label, progress }),
      );
      const name = `${acronym.replace(/[^A-Za-z0-9_-]+/g, '-')}-${file.suffix}`;
      saveFile(blob, name);
      done.show('download.done', { name });
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
        {files.map((f) => (
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
      {report.data?.available && report.data.sentAt && (
        <p className="muted small">
          {t('download.reportSent', { date: formatTime(report.data.sentAt, lang) })}
        </p>
      )}
      {editor.dirty.length > 0 && <p className="muted small">{t('download.savedOnly')}</p>}
      {active && (
        <ProgressBar label={t('download.progress', { file: t(active.label) })} progress={active.progress} />
      )}
      <p className="visually-hidden" role="status">
        {done.text}
      </p>
      <ErrorMessage error={error} />
    </section>
  );
}
