// Build-time only: tags each precache entry with its language, so the service worker (src/sw.ts) precaches
// the shared files and caches a language's pages and words only when that language is in use. Pages: by
// path prefix (none for Latvian). Words: the chunk Vite made from locales/<lang>/*.json (its manifest says which).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifestOutside } from './vite-plugin-deploy.ts';

type Entry = { url: string; revision: string | null; size: number; lang?: string };

export function tagLanguages(outDir: string) {
  return async (entries: Entry[]) => {
    // Vite's manifest, in dist/.vite/ or already moved out of dist/ by scripts/vite-plugin-deploy.ts (plugin order).
    // Missing only when the client build itself failed (closeBundle runs then too): say so, not mask its error.
    const inside = join(outDir, '.vite/manifest.json');
    const path = existsSync(inside) ? inside : manifestOutside(outDir);
    if (!existsSync(path)) return { manifest: entries, warnings: [`no Vite manifest at ${path}: languages not tagged`] };
    const vite = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { file: string }>;
    const words = new Map(Object.entries(vite).flatMap(([src, e]) => {
      const m = /^locales\/(\w+)\//.exec(src);
      return m ? [[e.file, m[1]] as const] : [];
    }));
    const manifest = entries.map((e) => {
      const lang = words.get(e.url) ?? (e.url.endsWith('.html') ? (/^(en|ru|uk)\//.exec(e.url)?.[1] ?? 'lv') : undefined);
      return lang ? { ...e, lang } : e;
    });
    return { manifest, warnings: [] as string[] };
  };
}
