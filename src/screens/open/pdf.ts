// Lazy chunk, loaded only when a container holds a PDF: pdf.js (pdfjs-dist) with its worker served from our
// own origin (CSP worker-src 'self'). No eval (isEvalSupported: false, so script-src 'self' holds), no
// network (the bytes are handed over; no font or CMap URLs are given, so pdf.js falls back to system fonts).
// Neither file is precached for everyone: the service worker caches them on first use (src/sw.ts).
import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PDFDocumentProxy } from 'pdfjs-dist';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

export type { PDFDocumentProxy };

export function loadPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  return pdfjs.getDocument({
    data: bytes.slice(), // pdf.js transfers the buffer to its worker; keep ours for digests and saving
    isEvalSupported: false,
    enableXfa: false,
    disableAutoFetch: true,
    disableStream: true,
    useSystemFonts: true,
  }).promise;
}

/** Draws one page (1-based) to fit `cssWidth` pixels, sharp on high-density screens, at most 4 MP. */
export async function renderPage(pdf: PDFDocumentProxy, n: number, canvas: HTMLCanvasElement, cssWidth: number): Promise<void> {
  const page = await pdf.getPage(n);
  const base = page.getViewport({ scale: 1 });
  const dpr = Math.min(window.devicePixelRatio || 1, 2);
  let scale = (cssWidth * dpr) / base.width;
  scale = Math.min(scale, Math.sqrt(4_000_000 / (base.width * base.height)));
  const viewport = page.getViewport({ scale });
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  await page.render({ canvas, viewport }).promise;
  page.cleanup();
}

/** A page's text, for screen readers (the drawn canvas is only a picture). Empty for scanned pages. */
export async function pageText(pdf: PDFDocumentProxy, n: number): Promise<string> {
  const page = await pdf.getPage(n);
  const content = await page.getTextContent();
  return content.items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\n' : ' ') : '')).join('').trim();
}
