// After the build: drop build-only files from dist/ (the prerender chunk; Vite's manifest moves next to
// dist/ for scripts/check-size.mjs) and write dist/_headers from the one source of headers.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { BUILD_ONLY, headersFile } from './security-headers.ts';

/** Where Vite's manifest goes, out of the deployed folder: `<outDir>.vite-manifest.json`. */
export const manifestOutside = (outDir: string) => `${outDir.replace(/\/+$/, '')}.vite-manifest.json`;

export function deployFiles(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'e-gatavs:deploy-files',
    apply: 'build',
    enforce: 'post',
    configResolved(c) {
      config = c;
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        if (config.build.ssr) return;
        const out = config.build.outDir.startsWith('/') ? config.build.outDir : join(config.root, config.build.outDir);
        const manifest = join(out, '.vite/manifest.json');
        if (existsSync(manifest)) {
          mkdirSync(dirname(manifestOutside(out)), { recursive: true });
          renameSync(manifest, manifestOutside(out));
        }
        const walk = (dir: string): string[] =>
          readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
        for (const f of walk(out)) if (BUILD_ONLY.some((re) => re.test(relative(out, f)))) rmSync(f);
        rmSync(join(out, '.vite'), { recursive: true, force: true });
        const assets = existsSync(join(out, 'assets')) ? readdirSync(join(out, 'assets')).map((f) => `assets/${f}`) : [];
        writeFileSync(join(out, '_headers'), headersFile(assets));
      },
    },
  };
}
