import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { matchUserGazetteer, mergeGazetteerMentions } from '../../src/pipeline/user-gazetteer.js';
import { processDocument } from '../../src/pipeline/process-document.js';

const STONE = { id: 'fac:stone', type: 'facility', ru: ['Великий камень'], en: ['Great Stone'] };
const MINSK = { id: 'loc:minsk', type: 'location', subtype: 'city', ru: ['Минск'], en: ['Minsk'] };

describe('matchUserGazetteer', () => {
  it.each([
    ['парк «Великий камень» открыт', 'ru', ['Великий камень']],
    ['резиденты Великого камня и Минска', 'ru', ['Великого камня', 'Минска']],
    ['в Минске', 'ru', []], // «Минск» has five letters: stem «Минс» + ending; «Минске» matches
    ['Минскпроект и Минск', 'ru', ['Минск']],
    ['the Great Stone park near minsk', 'en', ['Great Stone', 'minsk']],
    ['Greatstone', 'en', []],
  ])('%s (%s)', (text, lang, expected) => {
    const got = matchUserGazetteer(text, [STONE, MINSK], lang).map((m) => text.slice(m.start, m.end));
    if (text === 'в Минске') expect(got).toEqual(['Минске']);
    else expect(got).toEqual(expected);
  });

  it('finds every form on real lines of the OCR chapter', () => {
    const text = readFileSync('fixtures/000_1141d4d96c08d6f0.txt', 'utf8');
    const forms = (text.match(/Велик(?:ий|ого|ом)\s+камн?[а-яё]*/g) ?? []).length;
    const got = matchUserGazetteer(text, [STONE], 'ru');
    expect(forms).toBeGreaterThan(0);
    expect(got.length).toBe(forms);
    for (const m of got) expect(m.canonical).toBe('fac:stone');
  });
});

describe('mergeGazetteerMentions', () => {
  const found = [
    { type: 'location', start: 0, end: 5, confidence: 0.9 },
    { type: 'organization', start: 10, end: 30, confidence: 0.8 },
  ];
  it('same span: the canonical id and type come from the gazetteer; overlap: the stage wins; elsewhere: added', () => {
    const user = [
      { type: 'location', subtype: 'city', start: 0, end: 5, canonical: 'loc:minsk', confidence: 0.95 },
      { type: 'facility', start: 12, end: 20, canonical: 'fac:x', confidence: 0.95 },
      { type: 'facility', start: 40, end: 45, canonical: 'fac:y', confidence: 0.95 },
    ];
    expect(mergeGazetteerMentions(found, user).map((m) => [m.start, m.type, m.canonical ?? null])).toEqual([
      [0, 'location', 'loc:minsk'],
      [10, 'organization', null],
      [40, 'facility', 'fac:y'],
    ]);
  });
});

describe('processDocument with a user gazetteer', () => {
  it('gazetteer mentions get original offsets like the stage’s own', () => {
    const text = 'Резиденты   \nВеликого камня приехали в Минск.  \n';
    const { record } = processDocument(text, { profile: 'plain', gazetteers: [[STONE, MINSK]], stages: { entities: () => [] } });
    expect(record.entities.map((e) => [e.canonical, text.slice(e.start, e.end)])).toEqual([
      ['fac:stone', 'Великого камня'],
      ['loc:minsk', 'Минск'],
    ]);
  });
});
