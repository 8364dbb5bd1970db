// WARNING: first-load path (imported by the shell). Keep it small.
// The locale namespaces each lazy screen needs before it renders, beside 'app' (which every page has; 'check'
// holds the questions, verdicts and result words, off the start page's first load). The shell
// loads them with the screen's chunk; the build preloads them from the page's HTML (scripts/vite-plugin-inline.ts).
export const SCREEN_WORDS = {
  check: ['check'], // the result loads 'sources' itself, after its verdict has painted
  guide: ['guides', 'sources'],
  centres: ['centres', 'sources'],
  link: ['check', 'assist'],
  open: ['open'],
  rules: ['check', 'rules', 'sources'],
} as const;
