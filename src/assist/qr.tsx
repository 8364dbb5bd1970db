// QR codes made on the device with uqr (no network): an inline SVG for the screen and print, and SVG/PNG
// files for download. Error correction M, quiet zone of 4 modules as the standard asks.
// The encoder is its own chunk, loaded and run only when the code comes near the screen (or printing
// starts): encoding a result link takes about 50 ms on a cheap phone, and most people never scroll to it.
import { useEffect, useRef, useState } from 'preact/hooks';
import './qr.css';

export async function qrModules(text: string): Promise<{ size: number; data: boolean[][] }> {
  const { encode } = await import('uqr');
  const { size, data } = encode(text, { ecc: 'M', border: 4 });
  return { size, data };
}

/** One path for all dark modules: small, and crisp at any scale. */
function pathData(data: boolean[][]): string {
  let d = '';
  data.forEach((row, y) => row.forEach((dark, x) => { if (dark) d += `M${x} ${y}h1v1h-1z`; }));
  return d;
}

export function QrCode({ text, label, class: cls }: { text: string; label: string; class?: string }) {
  const box = useRef<HTMLSpanElement>(null);
  const [wanted, setWanted] = useState(false);
  const [qr, setQr] = useState<{ text: string; size: number; data: boolean[][] }>();

  useEffect(() => {
    if (wanted) return;
    const want = () => setWanted(true);
    if (typeof IntersectionObserver === 'undefined') return want();
    const seen = new IntersectionObserver((es) => es.some((e) => e.isIntersecting) && want(), { rootMargin: '50% 0px' });
    if (box.current) seen.observe(box.current);
    addEventListener('beforeprint', want);
    return () => {
      seen.disconnect();
      removeEventListener('beforeprint', want);
    };
  }, [wanted]);

  useEffect(() => {
    if (!wanted) return;
    let live = true;
    qrModules(text).then((m) => live && setQr({ text, ...m }));
    return () => void (live = false);
  }, [wanted, text]);

  // Until the code is drawn, an empty box of the same size (no layout shift; left out of print).
  if (qr?.text !== text) return <span ref={box} class={`${cls ?? ''} qr-pending`} aria-hidden="true" data-qr-pending />;
  const { size, data } = qr;
  return (
    <svg class={cls} viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shape-rendering="crispEdges" data-qr={text}>
      <rect width={size} height={size} fill="#fff" />
      <path d={pathData(data)} fill="#000" />
    </svg>
  );
}

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function qrSvgFile(text: string, title: string): Promise<string> {
  const { size, data } = await qrModules(text);
  const px = size * 10;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${px}" height="${px}" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><title>${escapeXml(title)}</title><rect width="${size}" height="${size}" fill="#fff"/><path d="${pathData(data)}" fill="#000"/></svg>\n`;
}

export async function qrPngFile(text: string, scale = 12): Promise<Blob> {
  const { size, data } = await qrModules(text);
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size * scale;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#000';
  data.forEach((row, y) => row.forEach((dark, x) => dark && ctx.fillRect(x * scale, y * scale, scale, scale)));
  return new Promise((ok, fail) => canvas.toBlob((b) => (b ? ok(b) : fail(new Error('PNG failed'))), 'image/png'));
}
