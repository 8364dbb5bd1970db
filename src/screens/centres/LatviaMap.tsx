// Lazy chunk (centre finder). A small offline picture of Latvia: grey cells where the gazetteer has places,
// the listed centres as numbered points, and the resident when they shared their location. No tiles, no
// requests. The list next to it carries the same information for screen readers.
import { t } from '../../i18n';
import shape from '../../data/latvia-shape.json';
import type { LatLon } from '../../centres/distance';

const K = 100; // px per degree of latitude
const COS = Math.cos((56.9 * Math.PI) / 180);
const x = (lon: number) => (lon - shape.lon0) * COS * K;
const y = (lat: number) => (shape.lat1 - lat) * K;
const W = Math.ceil(x(28.3));
const H = Math.ceil(y(55.6));
const CW = shape.dlon * COS * K;
const CH = shape.dlat * K;
const silhouette = (shape.runs as [number, number, number][])
  .map(([row, col, len]) => `M${(col * CW).toFixed(1)} ${((row + 0.5) * CH).toFixed(1)}h${(len * CW).toFixed(1)}`)
  .join('');

export interface MapPoint extends LatLon { id: string; n: number; kind: 'vpvkac' | 'pmlp' }

export function LatviaMap({ points, you, label }: { points: MapPoint[]; you?: LatLon; label: string }) {
  return (
    <figure class="latvia-map">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="map-title" focusable="false">
        <title id="map-title">{label}</title>
        <path d={silhouette} stroke="#d3dbe0" stroke-width={CH} fill="none" />
        {[...points].reverse().map((p) => (
          <g key={p.id} data-point={p.id}>
            {p.kind === 'pmlp'
              ? <rect x={x(p.lon) - 9} y={y(p.lat) - 9} width="18" height="18" fill="#5a2d82" stroke="#fff" stroke-width="2" />
              : <circle cx={x(p.lon)} cy={y(p.lat)} r="10" fill="#0b4f6c" stroke="#fff" stroke-width="2" />}
            <text x={x(p.lon)} y={y(p.lat) + 5} text-anchor="middle" font-size="14" font-weight="700" fill="#fff">{p.n}</text>
          </g>
        ))}
        {you && (
          <g data-point="you">
            <circle cx={x(you.lon)} cy={y(you.lat)} r="8" fill="#ffbf47" stroke="#111" stroke-width="3" />
          </g>
        )}
      </svg>
      <figcaption class="meta">{t('centres:map.caption')}</figcaption>
    </figure>
  );
}
