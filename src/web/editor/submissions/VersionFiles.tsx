/** One submitted version's files: its receipt and the proposal as it was submitted, each as PDF. */
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import type { MessageKey } from '../../i18n/en.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useNotice } from '../../i18n/use-notice.ts';
import { saveFile } from '../../lib/save-file.ts';

const FILES: { file: 'receipt.pdf' | 'proposal.pdf'; label: MessageKey; suffix: string }[] = [
  { file: 'receipt.pdf', label: 'versionFiles.receipt', suffix: 'receipt' },
  { file: 'proposal.pdf', label: 'versionFiles.proposal', suffix: 'proposal' },
];

export function VersionFiles({
  proposalId,
  acronym,
  number,
}: {
  proposalId: string;
  acronym: string;
  number: number;
}) {
  const { t, lang } = useI18n();
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<unknown>();
  const done = useNotice();
  const download = async (f: (typeof FILES)[number]) => {
    setError(undefined);
    done.clear();
    setBusy(f.file);
    try {
      const blob = await api.download(
        `/api/v1/proposals/${encodeURIComponent(proposalId)}/submissions/${number}/${f.file}?lang=${lang}`,
        () => undefined,
      );
      const name = `${(acronym || 'proposal').replace(/[^A-Za-z0-9_-]+/g, '-')}-${f.suffix}-v${number}.pdf`;
      saveFile(blob, name);
      done.show('download.done', { name });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <div className="version-files">
      <div className="button-row">
        {FILES.map((f) => (
          <button
            key={f.file}
            type="button"
            className="button button--secondary"
            disabled={busy !== undefined}
            onClick={() => void download(f)}
          >
            {t(f.label, { n: number })}
          </button>
        ))}
      </div>
      <p className="visually-hidden" role="status">
        {done.text}
      </p>
      <ErrorMessage error={error} />
    </div>
  );
}
