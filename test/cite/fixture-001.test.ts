import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cite } from '../../src/cite/cite.js';
import { clean } from '../../src/clean/clean.js';

const text = readFileSync(new URL('../../fixtures/001_65d5a4cb3953e82a.txt', import.meta.url), 'utf8');

/**
 * Independent oracle over the raw note lines: `<sup>N</sup> …` notes, the belta.by
 * section/id/year read straight off the printed URL, and the year printed after the GMD.
 */
function oracle(): Map<string, { section: string; id: number; year: number | null; cited: number | null } | null> {
  const out = new Map<string, { section: string; id: number; year: number | null; cited: number | null } | null>();
  for (const line of text.split('\n')) {
    const m = /^<sup>(\d+)<\/sup> (.*)$/.exec(line);
    if (!m) continue;
    const u = /belta\.by\/(?:special\/)?([a-z]+)\/view\/[^\s>)\]]+?-(\d+)(?:-(\d{4}))?\/?(?:[>)\]\s]|$)/.exec(m[2]!);
    const cited = /\]\S*\.?\s*[-–]+(?:\s*[-–]+)*\s*((?:19|20)\d\d)\b/.exec(m[2]!) ?? /[-–]\s*((?:19|20)\d\d)\s*[.-]/.exec(m[2]!);
    out.set(m[1]!, u ? { section: u[1]!, id: Number(u[2]), year: u[3] ? Number(u[3]) : null, cited: cited ? Number(cited[1]) : null } : null);
  }
  return out;
}

describe.each([
  ['raw text', () => cite(text, { backTranslate: false })],
  ['a CleanResult without notes (cite finds them itself)', () => cite({ ...clean(text), footnotes: [], markers: [] }, { backTranslate: false })],
  ['a CleanResult that lost some notes and markers (cite fills them in)', () => {
    const r = clean(text);
    return cite({ ...r, footnotes: r.footnotes.filter((_, i) => i % 3 !== 0), markers: r.markers.filter((_, i) => i % 2 === 0) }, { backTranslate: false });
  }],
])('fixtures/001 (English MT book) from %s', (_label, run) => {
  const result = run();
  const gold = oracle();
  const byId = new Map(result.citations.map((c) => [c.id, c]));

  it('parses all 122 notes', () => {
    expect(gold.size).toBe(122);
    expect(result.citations.map((c) => c.id)).toEqual([...gold.keys()]);
    for (const c of result.citations) expect(c.title, `note ${c.id}`).toBeTruthy();
  });

  it('gets section, id and year right for every BelTA note', () => {
    const beltaGold = [...gold.entries()].filter(([, g]) => g !== null);
    expect(beltaGold.length).toBe(97);
    for (const [id, g] of beltaGold) {
      const c = byId.get(id)!;
      expect(c.belta, `note ${id}`).not.toBeNull();
      expect([c.belta!.section, c.belta!.id, c.belta!.year], `note ${id}`).toEqual([g!.section, g!.id, g!.year]);
    }
    const extra = result.citations.filter((c) => c.belta && gold.get(c.id) === null).map((c) => c.id);
    expect(extra).toEqual([]);
  });

  it('warns where the cited year differs from the URL year (note 103: 2019 vs 285359-2018)', () => {
    const expected = [...gold.entries()].filter(([, g]) => g && g.year !== null && g.cited !== null && g.cited !== g.year).map(([id]) => id);
    expect(expected).toContain('103');
    const warned = result.citations.filter((c) => c.warnings.some((w) => w.code === 'year-mismatch')).map((c) => c.id);
    expect(warned).toEqual(expected);
    expect(byId.get('103')!.warnings.find((w) => w.code === 'year-mismatch')!.message).toContain('fits 2018');
  });

  it('reports the one note whose URL was lost (80), naming the stray URL', () => {
    const missing = result.citations.filter((c) => c.warnings.some((w) => w.code === 'url-missing'));
    expect(missing.map((c) => c.id)).toEqual(['80']);
    expect(missing[0]!.warnings.find((w) => w.code === 'url-missing')!.message).toContain('-325776-2018/');
  });

  it('warns about one URL under two titles (43 and 45)', () => {
    for (const id of ['43', '45']) expect(byId.get(id)!.warnings.map((w) => w.code)).toContain('duplicate-url');
    expect(byId.get('33')!.warnings.map((w) => w.code)).not.toContain('duplicate-url'); // same URL, same title as 40
  });

  it('tells which of the two is wrong: the numbers of its title are not in the slug (45)', () => {
    const flagged = result.citations.filter((c) => c.warnings.some((w) => w.code === 'slug-title-mismatch')).map((c) => c.id);
    expect(flagged).toEqual(['45']);
  });

  it('repairs MT damage on structure alone (Cyrillic letters, apostrophe, Markdown escapes)', () => {
    expect(byId.get('28')!.url).toContain('/belarus-i-kitaj-vyshli-na-bespretsedentno-vysokij-');
    expect(byId.get('113')!.url).toContain('/belorussko-kitajskij-issledovatelskij-tsentr-');
    expect(byId.get('1')!.url).toContain('/news_ru/view/');
    expect(byId.get('113')!.urlSource).toContain("issledovatel'skij");
  });

  it('takes the GMD out of the title where MT moved it (79)', () => {
    const c = byId.get('79')!;
    expect(c.title).toBe('The Junshen Gomel agricultural machine building company intends to expand its product line in 2019');
    expect(c.year).toBe(2018);
    expect(c.warnings.map((w) => w.code)).toContain('gmd-displaced');
  });

  it('parses authors, (in Russian), access dates and the books', () => {
    expect(byId.get('4')!.authors).toEqual([{ family: 'Karuna', given: 'O.' }]);
    expect(byId.get('19')!.language).toBe('ru');
    expect(byId.get('19')!.belta).toMatchObject({ kind: 'opinions', id: 4501, year: null });
    expect(byId.get('25')!.accessed).toBe('2017-05-23');
    const book = byId.get('27')!;
    expect(book.type).toBe('book');
    expect([book.publisher, book.place, book.year, book.pages]).toEqual(['Palmarium Academic Publishing', 'Saarbrücken, Deutschland / Germany', 2014, '399-400']);
    expect(byId.get('97')!).toMatchObject({ type: 'book', publisher: 'RIVSH', year: 2018, pages: '7' });
  });

  it('links every <sup> marker and recovers the markers printed as bare numbers', () => {
    expect(result.markersWithoutNotes).toEqual([]);
    expect(result.notesWithoutMarkers).toEqual([]);
    for (const c of result.citations) {
      expect(c.refs.length, `note ${c.id}`).toBeGreaterThan(0);
      for (const r of c.refs) expect(text.slice(r.start, r.end).replace(/<\/?sup>/g, '')).toBe(c.id);
    }
  });
});
