import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import iconv from 'iconv-lite';
import { processDocument } from '../../src/pipeline/process-document.js';
import { citationsFromNotes } from '../../src/pipeline/stages.js';
import { applyChanges } from '../../src/model/draft.js';
import { clean, toMarkdown } from '../../src/clean/clean.js';
import { EncodingError } from '../../src/errors.js';

const FIXTURES = readdirSync('fixtures').filter((f) => f.endsWith('.txt')).sort();

describe('processDocument on the fixtures', () => {
  it.each(FIXTURES)('%s: a complete record whose every span points into the original', (name) => {
    const bytes = readFileSync(`fixtures/${name}`);
    const { record, markdown, original } = processDocument(bytes, { file: name });
    expect(record.format).toBe('sverka-document');
    expect(record.file).toBe(name);
    expect(record.bytes).toBe(bytes.length);
    expect(record.length).toBe(original.length);
    expect(['ru', 'en']).toContain(record.lang);
    // The change log turns the original into the cleaned body.
    const body = record.changes.filter((c) => c.scope === 'body');
    expect(applyChanges(original, body)).toBe(record.text);
    for (const c of record.changes) expect(original.slice(c.start, c.end)).toBe(c.before);
    // Paragraphs and sentences: cleaned spans give their text, original spans are in range and ordered.
    expect(record.paragraphs.length).toBeGreaterThan(0);
    let last = 0;
    for (const p of record.paragraphs) {
      expect(p.start).toBeGreaterThanOrEqual(last);
      expect(p.end).toBeLessThanOrEqual(original.length);
      last = p.start;
      for (const s of p.sentences) {
        expect(record.text.slice(s.cleanStart, s.cleanEnd)).toBe(s.text);
        expect(s.start).toBeGreaterThanOrEqual(p.start);
        expect(s.end).toBeLessThanOrEqual(p.end);
      }
    }
    // Entities: where no change touches the span, the original text is the entity's text.
    for (const e of record.entities) {
      expect(record.text.slice(e.cleanStart, e.cleanEnd)).toBe(e.text);
      const touched = body.some((c) => c.start <= e.end && c.end >= e.start); // insertions at an edge count
      if (!touched) expect(original.slice(e.start, e.end)).toBe(e.text);
    }
    // Citations: every ref is a printed marker that carries the note's number.
    for (const c of record.citations) {
      for (const r of c.refs) expect(original.slice(r.start, r.end)).toContain(c.id);
    }
    expect(markdown).toBe(toMarkdown(clean(original)));
    expect(record.stages.clean).toBe('ok');
    expect(record.stages).toEqual({ decode: 'ok', clean: 'ok', segment: 'ok', langid: 'ok', cite: 'ok', entities: 'ok' });
    // The record is plain JSON: it survives a round trip unchanged.
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
  });

  it('the fixtures come out in the language they are written in', () => {
    const langs = FIXTURES.map((f) => processDocument(readFileSync(`fixtures/${f}`)).record.lang);
    // Language by share of Cyrillic letters, computed here independently.
    const expected = FIXTURES.map((f) => {
      const t = readFileSync(`fixtures/${f}`, 'utf8');
      const cyr = (t.match(/[а-яё]/gi) ?? []).length;
      const lat = (t.match(/[a-z]/gi) ?? []).length;
      return cyr > lat ? 'ru' : 'en';
    });
    expect(langs).toEqual(expected);
  });
});

describe('processDocument input and options', () => {
  const line = readFileSync(`fixtures/${FIXTURES[0]}`, 'utf8').split('\n').find((l) => /[а-я]{4}/.test(l))!.trim();

  it('decodes Windows-1251 and KOI8-R bytes to the same record as the text', () => {
    const fromText = processDocument(line + '\n').record;
    for (const enc of ['windows-1251', 'koi8-r']) {
      const r = processDocument(iconv.encode(line + '\n', enc)).record;
      expect(r.encoding).toBe(enc);
      expect(r.text).toBe(fromText.text);
      expect(r.paragraphs).toEqual(fromText.paragraphs);
    }
  });

  it('refuses binary input with an EncodingError', () => {
    expect(() => processDocument(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]))).toThrow(EncodingError);
  });

  it('a stage that throws is recorded and the other stages still run', () => {
    const { record } = processDocument(line, {
      stages: {
        entities: () => {
          throw new Error('model missing');
        },
      },
    });
    expect(record.stages.entities).toBe('failed');
    expect(record.diagnostics.find((d) => d.rule === 'entities')).toMatchObject({ severity: 'error', message: expect.stringContaining('model missing') });
    expect(record.paragraphs.length).toBe(1);
    expect(record.stages.cite).not.toBe('failed');
  });

  it('entities found on the cleaned text get original offsets', () => {
    const text = 'Делегация   \nиз Минска прибыла.  \nВ Минске её встретили.';
    const { record } = processDocument(text, {
      profile: 'plain',
      stages: { entities: ({ text: t }) => [...t.matchAll(/Минск[а-я]*/g)].map((m) => ({ type: 'location', start: m.index!, end: m.index! + m[0].length, confidence: 1 })) },
    });
    expect(record.changes.length).toBe(2);
    expect(record.entities.map((e) => [text.slice(e.start, e.end), record.text.slice(e.cleanStart, e.cleanEnd)])).toEqual([
      ['Минска', 'Минска'],
      ['Минске', 'Минске'],
    ]);
    expect(record.entities[1]!.start).toBeGreaterThan(record.entities[1]!.cleanStart);
  });

  it('skip and per-profile rule switches are honoured', () => {
    const text = 'a  \nb';
    expect(processDocument(text, { skip: ['entities', 'cite'] }).record.stages).toMatchObject({ entities: 'disabled', cite: 'disabled' });
    expect(processDocument(text, { profile: 'plain' }).record.changes.length).toBe(1);
    expect(processDocument(text, { disableByProfile: { plain: ['trailing-space'] } }).record.changes).toEqual([]);
    expect(processDocument(text, { disableByProfile: { ocr: ['trailing-space'] } }).record.changes.length).toBe(1);
    expect(processDocument(text, { disableByProfile: { plain: ['trailing-space'] } }).record.profile.reason).not.toBe('given by the caller');
  });
});

describe('citationsFromNotes (stand-in until the citations stage)', () => {
  it('links every marker to its note and keeps notes without markers', () => {
    const out = citationsFromNotes({
      cleaned: clean(''),
      original: '',
      text: '',
      lang: 'ru',
      footnotes: [
        { id: '1', text: 'Первая', start: 100, end: 110 },
        { id: '2', text: 'Вторая', start: 111, end: 120 },
      ],
      markers: [
        { id: '1', start: 5, end: 6 },
        { id: '1', start: 50, end: 51 },
        { id: '3', start: 70, end: 71 },
      ],
    });
    expect(out.map((c) => [c.id, c.refs])).toEqual([
      ['1', [{ start: 5, end: 6 }, { start: 50, end: 51 }]],
      ['2', []],
    ]);
  });
});
