// Pages the crawler cannot reach by links alone, prerendered for every language (see vite.config.ts).
// Add a page here when you add a screen.
import { questions } from './flow/questions';
import { guideIds } from './rules/guides';

const pages = [
  '/404/',
  '/result/',
  ...questions.map((q) => `/check/${q.id}/`),
  '/guide/',
  ...guideIds.map((id) => `/guide/${id}/`),
];

export const prerenderRoutes = ['', '/en', '/ru', '/uk'].flatMap((p) => pages.map((page) => p + page));
