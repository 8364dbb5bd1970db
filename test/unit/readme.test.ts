// The URL contract is public API: the README must list every id a link can carry.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { questions } from '../../src/flow/questions';

const readme = readFileSync(resolve(process.cwd(), 'README.md'), 'utf8');

test('README documents every question id and option value', () => {
  for (const q of questions) {
    expect(readme).toContain(`\`${q.id}\``);
    if (q.kind === 'single' || q.kind === 'multi') for (const o of q.options()) expect(readme, `${q.id}=${o}`).toContain(`\`${o}\``);
  }
});
