// Pages the crawler cannot reach by links alone, prerendered for every language (see vite.config.ts).
// Add a page here when you add a screen.
import { questions } from './flow/questions';

const pages = [
  '/404/',
  '/result/',
  ...questions.map((q) => `/check/${q.id}/`),
];

export const prerenderRoutes = ['', '/en', '/ru'].flatMap((p) => pages.map((page) => p + page));
