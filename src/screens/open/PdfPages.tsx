// A PDF inside a container: its page count (shown as soon as pdf.js has read it) and every page drawn to a
// canvas on request, one after another, each labelled "Page 3 of 7".
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n';
import type { Doc } from '../../open/container';
import type { PDFDocumentProxy } from './pdf';

const o = (key: string, opts?: Record<string, unknown>) => t(`open:${key}`, opts);
const loaded = new WeakMap<Doc, Promise<PDFDocumentProxy>>();
const pdfOf = (doc: Doc) => {
  let p = loaded.get(doc);
  if (!p) loaded.set(doc, (p = import('./pdf').then((m) => m.loadPdf(doc.bytes))));
  return p;
};

/** The page count of a PDF document: undefined while reading (or not a PDF), 'error' if pdf.js cannot read it. */
export function usePageCount(doc: Doc): number | 'error' | undefined {
  const [count, setCount] = useState<number | 'error'>();
  useEffect(() => {
    if (doc.kind !== 'pdf') return;
    let live = true;
    pdfOf(doc).then((p) => live && setCount(p.numPages), () => live && setCount('error'));
    return () => { live = false; };
  }, [doc]);
  return count;
}

export function PdfPages({ doc, pages }: { doc: Doc; pages: number | 'error' }) {
  const [open, setOpen] = useState(false);
  if (pages === 'error') return <p class="error">{o('doc.pdfError')}</p>;
  const id = `pages-${doc.n}`;
  return (
    <>
      <button type="button" class="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {open ? o('doc.hidePages') : o('doc.showPages', { count: pages })}
      </button>
      <div id={id}>{open && <Pages doc={doc} pages={pages} />}</div>
    </>
  );
}

function Pages({ doc, pages }: { doc: Doc; pages: number }) {
  const box = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState(0);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    (async () => {
      const [{ renderPage }, pdf] = await Promise.all([import('./pdf'), pdfOf(doc)]);
      const canvases = box.current!.querySelectorAll('canvas');
      const width = box.current!.clientWidth || 320;
      for (let n = 1; n <= pages && live; n++) {
        await renderPage(pdf, n, canvases[n - 1], width);
        if (live) setDrawn(n);
      }
    })().catch(() => live && setFailed(true));
    return () => { live = false; };
  }, [doc, pages]);
  return (
    <div ref={box} class="open-pages" data-pages-drawn={drawn}>
      {drawn < pages && !failed && <p class="loading" role="status">{o('doc.pdfLoading')}</p>}
      {failed && <p class="error">{o('doc.pdfError')}</p>}
      {Array.from({ length: pages }, (_, i) => (
        <figure key={i} class="open-page">
          <canvas role="img" aria-label={o('doc.page', { page: i + 1, count: pages })} />
          <figcaption>{o('doc.page', { page: i + 1, count: pages })}</figcaption>
        </figure>
      ))}
    </div>
  );
}
