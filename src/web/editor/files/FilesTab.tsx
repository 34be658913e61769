/**
 * The submission package: one row per file the call names (Part B, the detailed budget table, a
 * letter of mandate per beneficiary, other annexes), each with what was uploaded (pages, size,
 * SHA-256), an upload field, and the package's findings: missing files, Part B over its page
 * limit, a budget table that disagrees with the budget.
 */
import { useState } from 'react';
import type { z } from 'zod';
import type { fileList, ProposalFile } from '../../../contracts/proposal-files.ts';
import type { AnnexDefinition } from '../../../engine/call-definition/types.ts';
import { integer } from '../../../engine/i18n/format.ts';
import { mandateGivers } from '../../../engine/submission-package/package-findings.ts';
import { api } from '../../api/client.ts';
import { keyOf } from '../../api/query-keys.ts';
import { useApi } from '../../api/use-api.ts';
import { useWrite } from '../../api/use-write.ts';
import { FindingCard } from '../../components/FindingCard.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useEditorContext } from '../editor-context.tsx';
import { TabHeading } from '../tabs/TabHeading.tsx';
import { filesPath } from './package-findings.ts';
import { refusalText, uploadFile } from './upload.ts';

type FileList = z.infer<typeof fileList>;

interface Slot {
  id: string;
  annex: AnnexDefinition;
  label: string;
  participantId?: string;
  editable: boolean;
}

export function FilesTab() {
  const { t, pick, lang } = useI18n();
  const editor = useEditorContext();
  const proposalId = editor.view.id;
  const path = filesPath(proposalId);
  const files = useApi<FileList>(path);
  const pkg = editor.call.submissionPackage;
  const slots: Slot[] = pkg.annexes.value.flatMap((annex): Slot[] =>
    annex.per === 'proposal'
      ? [{ id: annex.kind, annex, label: pick(annex.name), editable: editor.canEdit('files') }]
      : mandateGivers(editor.view.document).map((p) => ({
          id: `${annex.kind}-${p.id}`,
          annex,
          label: t('files.for', { annex: pick(annex.name), organisation: p.organisation.legalName || p.id }),
          participantId: p.id,
          editable: editor.canEdit(`participant:${p.id}`) || editor.canEdit('files'),
        })),
  );
  const findings = files.data?.findings ?? [];
  return (
    <section aria-labelledby="files-h">
      <TabHeading id="files-h" title={t('tab.files')}>
        {t('files.intro', {
          size: `${integer(Math.round(pkg.maxFileBytes.value / 1048576), lang)} MB`,
          pages: integer(pkg.partBMaxPages.value, lang),
        })}
      </TabHeading>
      {findings.length > 0 && (
        <>
          <h3>{t('files.findings')}</h3>
          <ol className="finding-list" data-testid="file-findings">
            {findings.map((f) => (
              <FindingCard key={`${f.rule}|${f.message.en}`} finding={f} />
            ))}
          </ol>
        </>
      )}
      <ul className="file-slots">
        {slots.map((slot) => (
          <FileSlot
            key={slot.id}
            slot={slot}
            proposalId={proposalId}
            listPath={path}
            current={(files.data?.files ?? []).filter(
              (f) =>
                f.kind === slot.annex.kind && (!slot.participantId || f.participantId === slot.participantId),
            )}
          />
        ))}
      </ul>
    </section>
  );
}

function FileSlot({
  slot,
  proposalId,
  listPath,
  current,
}: {
  slot: Slot;
  proposalId: string;
  listPath: string;
  current: ProposalFile[];
}) {
  const { t, lang } = useI18n();
  const [chosen, setChosen] = useState<File | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const invalidates = [keyOf(listPath), ['proposals', proposalId]];
  const upload = useWrite(
    (file: File) =>
      uploadFile({ proposalId, kind: slot.annex.kind, participantId: slot.participantId }, file),
    invalidates,
  );
  const remove = useWrite(
    (file: ProposalFile) => api.request('DELETE', `${listPath}/${encodeURIComponent(file.id)}`),
    invalidates,
  );
  const inputId = `file-${slot.id}`;
  const send = () => {
    setNotice(undefined);
    if (!chosen) return setNotice(t('files.chooseFirst'));
    upload.mutate(chosen, { onSuccess: (r) => setNotice(t('files.uploaded', { name: r.file.name })) });
  };
  return (
    <li className="file-slot" data-slot={slot.id}>
      <h3>{slot.label}</h3>
      {current.length === 0 ? (
        <p>{t('files.none')}</p>
      ) : (
        <ul className="file-list">
          {current.map((f) => (
            <li key={f.id} data-file={f.kind}>
              <a href={`${listPath}/${encodeURIComponent(f.id)}/content`} target="_blank" rel="noreferrer">
                {t('files.open', { name: f.name })}
              </a>
              {f.pages !== undefined && ` · ${t('files.pages', { n: integer(f.pages, lang) })}`}
              {` · ${t('files.size', { n: integer(f.size, lang) })}`}
              <br />
              <code className="hash">{f.sha256}</code>
              {f.frozenBySubmission !== null ? (
                <p className="hint">{t('files.frozen', { n: f.frozenBySubmission })}</p>
              ) : (
                slot.editable && (
                  <button type="button" className="button button--quiet" onClick={() => remove.mutate(f)}>
                    {t('files.delete', { name: f.name })}
                  </button>
                )
              )}
            </li>
          ))}
        </ul>
      )}
      {slot.editable && (
        <div className="file-upload">
          <label htmlFor={inputId}>{t('files.choose', { annex: slot.label })}</label>
          <input
            id={inputId}
            type="file"
            accept={slot.annex.format === 'pdf' ? 'application/pdf,.pdf' : '.xlsx'}
            onChange={(e) => setChosen(e.target.files?.[0])}
          />
          <button type="button" className="button" onClick={send} disabled={upload.isPending}>
            {upload.isPending && chosen ? t('files.uploading', { name: chosen.name }) : t('files.upload')}
          </button>
        </div>
      )}
      <div aria-live="polite">
        {upload.error ? (
          <div className="notice notice--error" role="alert">
            <p className="notice__title">{t('files.refused')}</p>
            <p>{refusalText(upload.error, lang)}</p>
          </div>
        ) : (
          notice && <p className="notice">{notice}</p>
        )}
        {remove.error ? (
          <div className="notice notice--error" role="alert">
            <p>{refusalText(remove.error, lang)}</p>
          </div>
        ) : null}
      </div>
    </li>
  );
}
