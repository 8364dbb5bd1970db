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

/**
 * Every page, each drawn only while it is on or near the screen and cleared when far away, so a long PDF
 * never holds hundreds of full-size canvases in a phone's memory. Pages are drawn one at a time.
 */
function Pages({ doc, pages }: { doc: Doc; pages: number }) {
  const box = useRef<HTMLDivElement>(null);
  const [drawnOnce, setDrawnOnce] = useState(0);
  const [ratio, setRatio] = useState(1.414);
  const [failed, setFailed] = useState(false);
  const [texts, setTexts] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    const seen = new Set<number>();
    const wanted = new Set<number>();
    const drawn = new Set<number>();
    let busy = false;
    let io: IntersectionObserver | undefined;
    (async () => {
      const [{ renderPage }, pdf] = await Promise.all([import('./pdf'), pdfOf(doc)]);
      const first = (await pdf.getPage(1)).getViewport({ scale: 1 });
      if (!live) return;
      setRatio(first.height / first.width);
      const canvases = [...box.current!.querySelectorAll('canvas')];
      const pump = async () => {
        if (busy) return;
        busy = true;
        try {
          for (let n; live && (n = [...wanted].find((p) => !drawn.has(p))); ) {
            await renderPage(pdf, n, canvases[n - 1], box.current!.clientWidth || 320);
            drawn.add(n);
            seen.add(n);
            if (live) setDrawnOnce(seen.size);
          }
        } catch {
          if (live) setFailed(true);
        }
        busy = false;
      };
      io = new IntersectionObserver((entries) => {
        for (const e of entries) {
          const n = Number((e.target as HTMLElement).dataset.page);
          if (e.isIntersecting) wanted.add(n);
          else {
            wanted.delete(n);
            // Far from the screen: give the pixels back (the placeholder keeps the page's height).
            if (drawn.delete(n)) canvases[n - 1].width = canvases[n - 1].height = 0;
          }
        }
        void pump();
      }, { rootMargin: '150% 0px' });
      canvases.forEach((c) => io!.observe(c));
      // Every page's text, for screen readers, whether or not the page is drawn (text is small).
      const { pageText } = await import('./pdf');
      const all: string[] = [];
      for (let n = 1; n <= pages && live; n++) {
        all.push(await pageText(pdf, n).catch(() => ''));
        if (live) setTexts([...all]);
      }
    })().catch(() => live && setFailed(true));
    return () => {
      live = false;
      io?.disconnect();
    };
  }, [doc, pages]);
  return (
    <div ref={box} class="open-pages" data-pages-drawn={drawnOnce}>
      {drawnOnce < 1 && !failed && <p class="loading" role="status">{o('doc.pdfLoading')}</p>}
      {failed && <p class="error">{o('doc.pdfError')}</p>}
      {Array.from({ length: pages }, (_, i) => (
        <figure key={i} class="open-page">
          <div class="open-sheet">
            <canvas role="img" data-page={i + 1} width={0} height={0} style={{ aspectRatio: `auto 1 / ${ratio}` }} aria-label={o('doc.page', { page: i + 1, count: pages })} />
          </div>
          <figcaption>{o('doc.page', { page: i + 1, count: pages })}</figcaption>
          {texts[i] && <div class="visually-hidden" data-page-text>{texts[i]}</div>}
        </figure>
      ))}
    </div>
  );
}
