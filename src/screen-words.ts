// WARNING: first-load path (imported by the shell). Keep it small.
// The locale namespaces each lazy screen needs before it renders, beside 'app' (which every page has). The shell
// loads them with the screen's chunk; the build preloads them from the page's HTML (scripts/vite-plugin-inline.ts).
export const SCREEN_WORDS = {
  check: ['places'], // the result loads 'sources' itself, after its verdict has painted
  guide: ['guides', 'sources'],
  centres: ['centres', 'sources', 'places'],
  link: ['places'],
  open: ['open'],
  rules: ['rules', 'sources'],
} as const;
