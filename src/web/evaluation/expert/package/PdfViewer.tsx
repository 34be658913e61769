/**
 * A PDF read inside the platform (PDF.js, loaded when first needed): one page at a time on a
 * canvas, previous and next, the page number, and "cite page N", which puts "(p. N)" into the
 * expert's comment so the page reference travels with it.
 */
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../../i18n/i18n.tsx';

type PdfDocument = Awaited<ReturnType<typeof import('pdfjs-dist')['getDocument']>['promise']>;

async function openPdf(url: string): Promise<PdfDocument> {
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
  ]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  // No eval (the platform's content security policy forbids it), same-origin cookies for the file.
  return pdfjs.getDocument({ url, isEvalSupported: false, withCredentials: true }).promise;
}

export function PdfViewer({
  url,
  name,
  onCite,
  citeTarget,
}: {
  url: string;
  name: string;
  onCite?: (page: number) => void;
  /** What the citation goes into, named on the button. */
  citeTarget?: string;
}) {
  const { t } = useI18n();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [pdf, setPdf] = useState<PdfDocument>();
  const [page, setPage] = useState(1);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    setPdf(undefined);
    setPage(1);
    openPdf(url).then(
      (doc) => (cancelled ? void doc.destroy() : setPdf(doc)),
      () => !cancelled && setFailed(true),
    );
    return () => {
      cancelled = true;
    };
  }, [url]);

  useEffect(() => {
    if (!pdf || !canvas.current) return;
    let task: { cancel(): void; promise: Promise<void> } | undefined;
    let stop = false;
    void pdf.getPage(page).then((p) => {
      if (stop || !canvas.current) return;
      const width = Math.min(canvas.current.parentElement?.clientWidth ?? 800, 900);
      const viewport = p.getViewport({ scale: width / p.getViewport({ scale: 1 }).width });
      canvas.current.width = Math.floor(viewport.width);
      canvas.current.height = Math.floor(viewport.height);
      task = p.render({ canvas: canvas.current, viewport });
      task.promise.catch(() => undefined);
    });
    return () => {
      stop = true;
      task?.cancel();
    };
  }, [pdf, page]);

  if (failed) return <p className="notice notice--error">{t('viewer.failed', { name })}</p>;
  const pages = pdf?.numPages;
  return (
    <div className="pdf-viewer" data-page={page}>
      <div className="pdf-viewer__bar">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setPage((n) => Math.max(1, n - 1))}
          disabled={!pdf || page <= 1}
        >
          {t('viewer.previous')}
        </button>
        <span role="status" className="pdf-viewer__page">
          {pages ? t('viewer.pageOf', { page, pages }) : t('common.loading')}
        </span>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setPage((n) => Math.min(pages ?? n, n + 1))}
          disabled={!pdf || page >= (pages ?? 1)}
        >
          {t('viewer.next')}
        </button>
        {onCite && (
          <button type="button" className="button" onClick={() => onCite(page)} disabled={!pdf}>
            {citeTarget ? t('viewer.citeIn', { page, target: citeTarget }) : t('viewer.cite', { page })}
          </button>
        )}
      </div>
      <div className="pdf-viewer__page-area">
        <canvas ref={canvas} aria-label={t('viewer.canvas', { name, page })} role="img" />
      </div>
    </div>
  );
}
