/**
 * The evaluation's files: the confirmed ranking as XLSX, and each proposal's evaluation summary
 * report as PDF (the agency's copy, which traces every comment) in English and Danish, and each
 * proposal's audit trail as CSV, the file a redress request is answered from. Each
 * download shows its progress, as the proposal's files do.
 */
import { useState } from 'react';
import { api, type Progress } from '../../api/client.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { ProgressBar } from '../../components/ProgressBar.tsx';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useNotice } from '../../i18n/use-notice.ts';
import { saveFile } from '../../lib/save-file.ts';

const safe = (s: string) => s.replace(/[^A-Za-z0-9_-]+/g, '-');

export function OfficerDownloads({
  callId,
  proposals,
}: {
  callId: string;
  proposals: { id: string; acronym: string }[];
}) {
  const { t, lang } = useI18n();
  const [active, setActive] = useState<{ label: string; progress?: Progress }>();
  const [error, setError] = useState<unknown>();
  const done = useNotice();

  const download = async (path: string, name: string, label: string) => {
    setError(undefined);
    done.clear();
    setActive({ label });
    try {
      const blob = await api.download(path, (progress) => setActive({ label, progress }));
      saveFile(blob, name);
      done.show('ranking.downloaded', { name });
    } catch (e) {
      setError(e);
    } finally {
      setActive(undefined);
    }
  };
  const xlsx = t('ranking.xlsx');
  return (
    <section className="downloads" aria-labelledby="rank-files-h">
      <h3 id="rank-files-h" className="downloads__title">
        {t('ranking.files')}
      </h3>
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          disabled={active !== undefined}
          onClick={() =>
            void download(
              `/api/v1/evaluation/calls/${encodeURIComponent(callId)}/ranking.xlsx?lang=${lang}`,
              `ranking-${safe(callId)}.xlsx`,
              xlsx,
            )
          }
        >
          {xlsx}
        </button>
      </div>
      <ScrollRegion labelledBy="rank-esr-caption">
        <table className="table esr-table">
          <caption id="rank-esr-caption">{t('ranking.esrCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ranking.proposal')}</th>
              <th scope="col">{t('ranking.esr')}</th>
              <th scope="col">{t('ranking.audit')}</th>
            </tr>
          </thead>
          <tbody>
            {proposals.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.acronym}</th>
                <td>
                  <div className="button-row">
                    {(['en', 'da'] as const).map((l) => {
                      const label = t(`ranking.esr.${l}`, { acronym: p.acronym });
                      return (
                        <button
                          key={l}
                          type="button"
                          className="button button--secondary button--small"
                          disabled={active !== undefined}
                          onClick={() =>
                            void download(
                              `/api/v1/evaluation/proposals/${encodeURIComponent(p.id)}/report.pdf?view=agency&lang=${l}`,
                              `${safe(p.acronym)}-evaluation-summary-${l}.pdf`,
                              label,
                            )
                          }
                        >
                          {label}
                        </button>
                      );
                    })}
                  </div>
                </td>
                <td>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={active !== undefined}
                    onClick={() =>
                      void download(
                        `/api/v1/proposals/${encodeURIComponent(p.id)}/audit?format=csv`,
                        `${safe(p.acronym)}-audit-trail.csv`,
                        t('ranking.auditOf', { acronym: p.acronym }),
                      )
                    }
                  >
                    {t('ranking.auditOf', { acronym: p.acronym })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {active && (
        <ProgressBar label={t('ranking.downloading', { file: active.label })} progress={active.progress} />
      )}
      <p className="visually-hidden" role="status">
        {done.text}
      </p>
      <ErrorMessage error={error} />
    </section>
  );
}
