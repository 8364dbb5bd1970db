import { createHash } from 'node:crypto';
import { afterEach, describe, expect, test } from 'vitest';
import { askedLanguage, browserLanguage, switchPath } from '../../src/i18n/choose';
import { OFFER_SCRIPT } from '../../scripts/offer-script';
import { CSP } from '../../scripts/security-headers';

test.each([
  ['/check/have/', '?service=my-data', 'en', '/en/check/have/?service=my-data'],
  ['/en/result', '?service=my-data&lang=en', 'lv', '/result/?service=my-data'],
  ['/ru/', '', 'en', '/en/'],
  ['/', '?have=eid-card%2Ccard-reader', 'ru', '/ru/?have=eid-card,card-reader'],
  ['/uk/guide/eid-pins/', '', 'lv', '/guide/eid-pins/'],
  ['/centres/', '?municipality=LV-RIX', 'uk', '/uk/centres/?municipality=LV-RIX'],
])('switchPath(%s, %s, %s) = %s', (path, search, to, expected) => {
  expect(switchPath(path, search, to as 'lv' | 'en' | 'ru' | 'uk')).toBe(expected);
});

test.each([
  [['en-GB', 'lv'], 'en'],
  [['ru-RU', 'en'], 'ru'],
  [['uk-UA', 'ru'], 'uk'],
  [['de-DE', 'en-US'], 'en'],
  [['de-DE'], undefined],
  [[], undefined],
])('browser languages %j → %s', (langs, expected) => expect(browserLanguage(langs)).toBe(expected));

test.each([
  ['lv', '?lang=ru', 'ru'],
  ['lv', '?lang=lv', undefined], // the path already says it
  ['en', '?lang=uk&service=my-data', 'uk'],
  ['lv', '?lang=de', undefined],
  ['lv', '?lang=EN', undefined],
  ['lv', '', undefined],
])('askedLanguage(%s, %s) = %s', (path, search, expected) => expect(askedLanguage(path as 'lv', search)).toBe(expected));

describe('the offer script (runs before the first paint)', () => {
  const run = (pageLang: string, search: string, languages: string[], stored: Record<string, string> = {}) => {
    document.documentElement.lang = pageLang;
    document.documentElement.removeAttribute('data-offer');
    localStorage.clear();
    for (const [k, v] of Object.entries(stored)) localStorage.setItem(k, v);
    history.replaceState(null, '', '/' + search);
    Object.defineProperty(navigator, 'languages', { value: languages, configurable: true });
    new Function(OFFER_SCRIPT)();
    return document.documentElement.getAttribute('data-offer');
  };
  afterEach(() => localStorage.clear());

  test.each([
    ['lv', '', ['en-US', 'en'], {}, 'en'], // a Latvian page in an English browser: offered, not switched
    ['lv', '', ['ru-RU', 'lv'], {}, 'ru'],
    ['lv', '', ['lv-LV', 'en'], {}, null],
    ['lv', '', ['de-DE'], {}, null], // nothing we have
    ['en', '', ['uk-UA'], {}, 'uk'],
    ['ru', '', ['ru', 'en'], {}, null],
    ['lv', '', ['lv'], { 'e-gatavs.lang': 'uk' }, 'uk'], // the person chose Ukrainian earlier on this device
    ['uk', '', ['en'], { 'e-gatavs.lang': 'uk' }, null],
    ['lv', '', ['lv'], { 'e-gatavs.lang': '<img>' }, null], // a stored value is checked, never trusted
    ['lv', '?lang=lv', ['en'], {}, null], // a link that names a language
    ['lv', '?mode=assist', ['en'], {}, null], // assisted mode: staff choose
    ['lv', '', ['en'], { 'e-gatavs.offer': 'no' }, null], // the person closed the line
  ] as const)('page %s%s, browser %j, stored %j → %s', (pageLang, search, languages, stored, expected) => {
    expect(run(pageLang, search, [...languages], stored)).toBe(expected);
  });

  test('its hash is the one the Content Security Policy allows', () => {
    const hash = `'sha256-${createHash('sha256').update(OFFER_SCRIPT).digest('base64')}'`;
    expect(CSP).toContain(hash);
  });
});
