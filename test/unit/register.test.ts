// The centre finder speaks to residents in one register: the formal "jūs" (issue 13). Latvian singular "tu" forms
// (pronouns, and singular imperatives that are not also third-person forms) must not appear; Russian and Ukrainian use
// the formal "вы"/"ви" likewise.
import { expect, it } from 'vitest';
import lv from '../../locales/lv/centres.json';
import ru from '../../locales/ru/centres.json';
import uk from '../../locales/uk/centres.json';

const strings = (o: unknown): string[] => (typeof o === 'string' ? [o] : Object.values(o as object).flatMap(strings));
const words = (o: unknown) => strings(o).flatMap((s) => s.toLowerCase().split(/[^\p{L}]+/u));

it('Latvian: formal jūs throughout the centre finder', () => {
  const TU = ['tu', 'tev', 'tevi', 'tevis', 'tavs', 'tava', 'tavu', 'tavā', 'tavi', 'tavas', 'taviem', 'tavām', 'izvēlies', 'piezvani', 'pārbaudi', 'mēģini', 'skaties', 'dodies'];
  expect(words(lv).filter((w) => TU.includes(w))).toEqual([]);
  expect(words(lv)).toEqual(expect.arrayContaining(['jūs', 'izvēlieties', 'piezvaniet']));
});

it('Russian and Ukrainian: formal вы / ви throughout the centre finder', () => {
  expect(words(ru).filter((w) => ['ты', 'тебя', 'тебе', 'твой', 'твоя', 'твоё', 'твои', 'выбери', 'позвони', 'проверь'].includes(w))).toEqual([]);
  expect(words(uk).filter((w) => ['ти', 'тебе', 'тобі', 'твій', 'твоя', 'твоє', 'твої', 'обери', 'вибери', 'зателефонуй', 'перевір'].includes(w))).toEqual([]);
});
