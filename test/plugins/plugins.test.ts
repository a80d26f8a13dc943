import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { unified } from 'unified';
import { clean, toMarkdown } from '../../src/clean/clean.js';
import { sverkaClean, sverkaSegment, sverkaCite, sverkaEntities, lineIndex } from '../../src/plugins/index.js';

const FIXTURES = readdirSync('fixtures').filter((f) => f.endsWith('.txt')).sort();
const read = (f: string) => readFileSync(`fixtures/${f}`, 'utf8');

/** Line and column of an offset, counted independently of the plugin's index. */
function lineCol(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

describe('lineIndex', () => {
  const text = 'ab\ncd\n\nёж\r\nx';
  it.each([0, 1, 2, 3, 5, 6, 7, 8, 10, 11, 12])('offset %i', (offset) => {
    const p = lineIndex(text).point(offset);
    expect({ line: p.line, column: p.column, offset: p.offset }).toEqual({ ...lineCol(text, offset), offset });
  });
  it('clamps offsets outside the text', () => {
    expect(lineIndex('ab').point(99)).toEqual({ line: 1, column: 3, offset: 2 });
    expect(lineIndex('ab').point(-3)).toEqual({ line: 1, column: 1, offset: 0 });
  });
});

describe('sverkaClean through unified()', () => {
  it.each(FIXTURES)('%s: one message per change, at the change, with rule id, before and after', async (name) => {
    const text = read(name);
    const expected = clean(text);
    const file = await unified().use(sverkaClean).process(text);
    const changeMessages = file.messages.filter((m) => m.source === 'sverka' && m.actual !== undefined);
    expect(changeMessages.length).toBe(expected.changes.length);
    changeMessages.forEach((m, i) => {
      const c = expected.changes[i]!;
      expect(m.ruleId).toBe(c.rule);
      const place = m.place as { start: { line: number; column: number; offset?: number }; end: { offset?: number } };
      expect(place.start.offset).toBe(c.start);
      expect(place.end.offset).toBe(c.end);
      expect(text.slice(c.start, c.end)).toBe(m.actual);
      expect(m.expected).toEqual([c.after]);
      expect({ line: place.start.line, column: place.start.column }).toEqual(lineCol(text, c.start));
      expect(m.fatal).toBeUndefined(); // info by default
    });
    // The default compiler prints the cleaned Markdown.
    expect(String(file)).toBe(toMarkdown(expected));
  });

  it('reports trailing spaces at their line and column, as warnings when asked', async () => {
    const text = 'Первая строка.  \nВторая строка.\t\nThird line.';
    const file = await unified().use(sverkaClean, { profile: 'plain', changes: 'warning' }).process(text);
    const rows = file.messages.map((m) => [m.ruleId, m.line, m.column, m.actual, m.fatal]);
    expect(rows).toEqual([
      ['trailing-space', 1, 15, '  ', false],
      ['trailing-space', 2, 15, '\t', false],
    ]);
    expect(String(file)).toBe('Первая строка.\nВторая строка.\nThird line.\n');
  });

  it('reports nothing with changes: off, and cleans all the same', async () => {
    const file = await unified().use(sverkaClean, { profile: 'plain', changes: 'off' }).process('a  \nb');
    expect(file.messages).toEqual([]);
    expect(String(file)).toBe('a\nb\n');
  });
});

describe('sverkaSegment, sverkaCite, sverkaEntities', () => {
  it.each(FIXTURES)('%s: sentences after cleaning map back to the original, in order', async (name) => {
    const text = read(name);
    const file = await unified().use(sverkaClean).use(sverkaSegment).process(text);
    const seg = file.data.sverka!.segmentation!;
    const cleaned = file.data.sverka!.clean!;
    expect(seg.paragraphs.length).toBeGreaterThan(0);
    let last = 0;
    for (const p of seg.paragraphs) {
      for (const s of p.sentences) {
        expect(cleaned.text.slice(s.cleanStart, s.cleanEnd)).toBe(s.text);
        expect(cleaned.draft.spanToOriginal(s.cleanStart, s.cleanEnd)).toEqual({ start: s.start, end: s.end });
        expect(s.start).toBeGreaterThanOrEqual(last);
        expect(s.end).toBeLessThanOrEqual(text.length);
        last = s.start;
      }
    }
    expect(file.data.sverka!.stages).toMatchObject({ clean: 'ok', segment: 'ok', langid: 'ok' });
  });

  it('maps entity mentions found on the cleaned text to original offsets', async () => {
    // Hard-wrapped OCR-like text with trailing spaces: cleaned offsets differ from the original ones.
    const text = 'В Минске   \nпрошла встреча.   \nДелегация из Пекина прибыла в Минск.';
    const finder = ({ text: t }: { text: string }) =>
      [...t.matchAll(/Минск[а-я]*|Пекин[а-я]*/g)].map((m) => ({ type: 'location', start: m.index!, end: m.index! + m[0].length, confidence: 0.9 }));
    const file = await unified().use(sverkaClean, { profile: 'plain' }).use(sverkaEntities, { entities: finder, report: true }).process(text);
    const entities = file.data.sverka!.entities!;
    expect(entities.map((e) => [e.text, text.slice(e.start, e.end)])).toEqual([
      ['Минске', 'Минске'],
      ['Пекина', 'Пекина'],
      ['Минск', 'Минск'],
    ]);
    const infos = file.messages.filter((m) => m.ruleId === 'entity-location');
    expect(infos.map((m) => [m.line, m.column])).toEqual([
      [1, 3],
      [3, 14],
      [3, 31],
    ]);
  });

  it('a citations stage that throws gives a fatal message, and processing still finishes', async () => {
    const file = await unified()
      .use(sverkaClean)
      .use(sverkaCite, {
        cite: () => {
          throw new Error('boom');
        },
      })
      .process('Текст.  \n');
    const fatal = file.messages.filter((m) => m.fatal === true);
    expect(fatal.map((m) => m.ruleId)).toEqual(['cite']);
    expect(fatal[0]!.reason).toMatch(/cite stage failed .*boom/);
    expect(file.data.sverka!.stages!.cite).toBe('failed');
    expect(String(file)).toBe('Текст.\n');
  });

  it('citation warnings are reported at the first marker of their note', async () => {
    const text = 'Беларусь и Китай[1] подписали договор.\n';
    const cite = () => ({ citations: [{ id: '1', text: 'БелТА', refs: [{ start: 16, end: 19 }], warnings: ['no URL in the note'] }] });
    const file = await unified().use(sverkaClean).use(sverkaCite, { cite }).process(text);
    const m = file.messages.find((x) => x.ruleId === 'cite')!;
    expect(m.reason).toBe('note 1: no URL in the note');
    expect([m.line, m.column, m.place && 'start' in m.place ? m.place.start.offset : null]).toEqual([1, 17, 16]);
  });
});

describe('sverkaCite on the OCR chapter (real notes)', () => {
  it('citations equal cite() on the same cleaning; each warning message sits on a marker of its note', async () => {
    const { cite } = await import('../../src/cite/cite.js');
    const text = read('000_1141d4d96c08d6f0.txt');
    const file = await unified().use(sverkaClean).use(sverkaCite).process(text);
    const direct = cite(clean(text));
    const got = file.data.sverka!.citations!;
    expect(got.map((c) => [c.id, c.refs])).toEqual(direct.citations.map((c) => [c.id, c.refs]));
    expect(got.length).toBeGreaterThan(0);
    for (const m of file.messages.filter((x) => x.ruleId === 'cite')) {
      const id = /^note (\S+):/.exec(m.reason)![1]!;
      const c = got.find((x) => x.id === id)!;
      const offset = (m.place as { start: { offset: number } }).start.offset;
      expect(c.refs.length > 0 ? c.refs[0]!.start : c.start).toBe(offset);
    }
  });
});

describe('sverkaEntities with the built-in stage', () => {
  it.each(['002_b51bf4fae41c79d9.txt', '004_5069994c9aedaf13.txt'])('%s: one info message per entity, at its original span', async (name) => {
    const text = read(name);
    const file = await unified().use(sverkaClean, { changes: 'off' }).use(sverkaSegment).use(sverkaEntities, { report: true }).process(text);
    const entities = file.data.sverka!.entities!;
    expect(file.data.sverka!.stages!.entities).toBe('ok');
    expect(entities.length).toBeGreaterThan(0);
    const messages = file.messages.filter((m) => m.ruleId?.startsWith('entity-'));
    expect(messages.length).toBe(entities.length);
    messages.forEach((m, i) => {
      const e = entities[i]!;
      expect(m.ruleId).toBe(`entity-${e.type}`);
      const place = m.place as { start: { offset: number; line: number; column: number }; end: { offset: number } };
      expect([place.start.offset, place.end.offset]).toEqual([e.start, e.end]);
      expect({ line: place.start.line, column: place.start.column }).toEqual(lineCol(text, e.start));
    });
  });
});
