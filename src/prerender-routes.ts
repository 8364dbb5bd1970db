// Pages the crawler cannot reach by links alone, prerendered for every language (see vite.config.ts).
// Add a page here when you add a screen.
import { questions } from './flow/questions';
import { guideIds } from './rules/guides';
import { facts, variesByMunicipality } from './rules/facts';

const pages = [
  '/404/',
  '/result/',
  ...questions.map((q) => `/check/${q.id}/`),
  '/guide/',
  ...guideIds.map((id) => `/guide/${id}/`),
  '/open/',
  // What we assume, per service and per municipality (issue 13): for web editors, not precached.
  '/rules/',
  ...facts.services.flatMap((s) => [`/rules/${s.id}/`, ...(variesByMunicipality(s) ? facts.municipalities.map((m) => `/rules/${s.id}/${m.code}/`) : [])]),
];

export const prerenderRoutes = ['', '/en', '/ru', '/uk'].flatMap((p) => pages.map((page) => p + page));
