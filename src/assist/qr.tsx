// QR codes made on the device with uqr (no network): an inline SVG for the screen and print, and SVG/PNG
// files for download. Error correction M, quiet zone of 4 modules as the standard asks.
import { encode } from 'uqr';

export function qrModules(text: string): { size: number; data: boolean[][] } {
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
  const { size, data } = qrModules(text);
  return (
    <svg class={cls} viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shape-rendering="crispEdges" data-qr={text}>
      <rect width={size} height={size} fill="#fff" />
      <path d={pathData(data)} fill="#000" />
    </svg>
  );
}

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function qrSvgFile(text: string, title: string): string {
  const { size, data } = qrModules(text);
  const px = size * 10;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${px}" height="${px}" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><title>${escapeXml(title)}</title><rect width="${size}" height="${size}" fill="#fff"/><path d="${pathData(data)}" fill="#000"/></svg>\n`;
}

export function qrPngFile(text: string, scale = 12): Promise<Blob> {
  const { size, data } = qrModules(text);
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size * scale;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#000';
  data.forEach((row, y) => row.forEach((dark, x) => dark && ctx.fillRect(x * scale, y * scale, scale, scale)));
  return new Promise((ok, fail) => canvas.toBlob((b) => (b ? ok(b) : fail(new Error('PNG failed'))), 'image/png'));
}
