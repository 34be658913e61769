/**
 * Part B and the annexes of the submitted version, for the expert: a list of the files, and the
 * chosen PDF open in the viewer inside the platform (a spreadsheet is downloaded).
 */
import { useState } from 'react';
import type { z } from 'zod';
import type { expertFileList, ProposalFile } from '../../../../contracts/proposal-files.ts';
import { useApi } from '../../../api/use-api.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { PdfViewer } from './PdfViewer.tsx';

type Files = z.infer<typeof expertFileList>;

export function PackageFiles({
  proposalId,
  onCite,
  citeTarget,
}: {
  proposalId: string;
  onCite?: (page: number) => void;
  citeTarget?: string;
}) {
  const { t } = useI18n();
  const base = `/api/v1/evaluation/proposals/${encodeURIComponent(proposalId)}/files`;
  const files = useApi<Files>(base);
  const [open, setOpen] = useState<ProposalFile>();
  const list = files.data?.files ?? [];
  const shown = open ?? list.find((f) => f.kind === 'part-b');
  return (
    <section aria-labelledby="package-h" className="panel package-files">
      <h3 id="package-h">{t('viewer.title')}</h3>
      <ErrorMessage error={files.error} />
      {files.data && list.length === 0 && <p>{t('viewer.none')}</p>}
      <ul className="package-files__list">
        {list.map((f) => (
          <li key={f.id}>
            {f.mediaType === 'application/pdf' ? (
              <button
                type="button"
                className="button button--quiet"
                aria-pressed={shown?.id === f.id}
                onClick={() => setOpen(f)}
              >
                {t('viewer.read', { name: f.name })}
              </button>
            ) : (
              <a href={`${base}/${encodeURIComponent(f.id)}/content`} download={f.name}>
                {t('viewer.download', { name: f.name })}
              </a>
            )}
          </li>
        ))}
      </ul>
      {shown && shown.mediaType === 'application/pdf' && (
        <PdfViewer
          url={`${base}/${encodeURIComponent(shown.id)}/content`}
          name={shown.name}
          {...(onCite && { onCite })}
          {...(citeTarget && { citeTarget })}
        />
      )}
    </section>
  );
}
