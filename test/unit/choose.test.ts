import { expect, test } from 'vitest';
import { browserLanguage, switchPath } from '../../src/i18n/choose';

test.each([
  ['/check/have/', '?service=my-data', 'en', '/en/check/have/?service=my-data'],
  ['/en/result', '?service=my-data&lang=en', 'lv', '/result/?service=my-data'],
  ['/ru/', '', 'en', '/en/'],
  ['/', '?have=eid-card%2Ccard-reader', 'ru', '/ru/?have=eid-card,card-reader'],
])('switchPath(%s, %s, %s) = %s', (path, search, to, expected) => {
  expect(switchPath(path, search, to as 'lv' | 'en' | 'ru')).toBe(expected);
});

test.each([
  [['en-GB', 'lv'], 'lv'],
  [['ru-RU', 'en'], 'ru'],
  [['de-DE', 'en-US'], 'en'],
  [['de-DE'], 'lv'],
  [[], 'lv'],
])('browser languages %j → %s', (langs, expected) => expect(browserLanguage(langs)).toBe(expected));
