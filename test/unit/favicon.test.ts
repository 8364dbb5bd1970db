// index.html carries the favicon inline (as a URL, Chrome fetched /icon.svg twice per page load: favicon and
// manifest icon, in parallel). The inline copy must stay the icon public/icon.svg and the PNGs are made from.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

test('the inline favicon is public/icon.svg', () => {
  const href = /<link rel="icon" href="data:image\/svg\+xml,([^"]*)"/.exec(readFileSync('index.html', 'utf8'))?.[1];
  expect(href, 'a data: favicon in index.html').toBeDefined();
  const normal = (svg: string) => svg.trim().replace(/"/g, "'");
  expect(normal(decodeURIComponent(href!))).toBe(normal(readFileSync('public/icon.svg', 'utf8')));
});
