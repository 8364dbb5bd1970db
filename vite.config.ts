// The single build truth: Preact with prerendering of every page in every language, the data check,
// and vitest's settings.
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { validateFacts } from './src/rules/validate.ts';
import { facts } from './src/rules/facts.ts';
import { prerenderRoutes } from './src/prerender-routes.ts';
import { SECURITY_HEADERS } from './scripts/security-headers.ts';

/** Fails the build when a fact lacks a source or date, or a reference dangles. */
const checkData = () => ({
  name: 'e-gatavs:check-data',
  buildStart() {
    const errors = validateFacts(facts, new Date().toISOString().slice(0, 10));
    if (errors.length) throw new Error('Data check failed:\n  ' + errors.join('\n  '));
  },
});

export default defineConfig({
  plugins: [checkData(), preact({ prerender: { enabled: true, renderTarget: '#app', additionalPrerenderRoutes: prerenderRoutes } })],
  build: { target: 'es2020', sourcemap: false },
  preview: { headers: SECURITY_HEADERS },
  test: {
    environment: 'happy-dom',
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/component/**/*.test.{ts,tsx}'],
  },
});
