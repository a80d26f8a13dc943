import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { cite } from '../../src/cite/cite.js';
import { formatCitations, bibEscape } from '../../src/cite/export/index.js';

interface CslOut {
  id?: string;
  type?: string;
  title?: string;
  URL?: string;
  author?: Array<{ family?: string; given?: string }>;
  reporter?: string;
  issued?: { 'date-parts'?: number[][] };
}

const fixtures = ['000_1141d4d96c08d6f0', '001_65d5a4cb3953e82a'];

describe.each(fixtures)('exports of fixtures/%s load in citation-js', (name) => {
  const text = readFileSync(new URL(`../../fixtures/${name}.txt`, import.meta.url), 'utf8');
  const { citations } = cite(text, { backTranslate: false });
  const withUrl = citations.filter((c) => c.url);

  const check = (data: CslOut[]): void => {
    expect(data).toHaveLength(citations.length);
    citations.forEach((c, i) => {
      const d = data[i]!;
      expect(d.title).toBe(c.title ?? undefined);
      expect(d.URL).toBe(c.url ?? undefined);
      if (c.year !== null) expect(d.issued?.['date-parts']?.[0]?.[0]).toBe(c.year);
    });
    expect(data.filter((d) => d.URL).length).toBe(withUrl.length);
  };

  it('CSL-JSON', () => {
    const csl = formatCitations(citations, 'csl');
    const data = new Cite(JSON.parse(csl)).data as CslOut[];
    check(data);
    expect(data.map((d) => d.type)).toEqual(citations.map((c) => (c.type === 'book' ? 'book' : c.type === 'news' ? 'article-newspaper' : c.url ? 'webpage' : 'document')));
  });

  it('BibTeX', () => {
    const bib = formatCitations(citations, 'bibtex');
    const data = new Cite(bib, { forceType: '@biblatex/text' }).data as CslOut[];
    check(data);
    const withAuthor = citations.filter((c) => c.authors.length > 0);
    for (const c of withAuthor) {
      const d = data[citations.indexOf(c)]!;
      expect(d.author?.[0]?.family).toBe(c.authors[0]!.family);
    }
  });

  it('RIS', () => {
    const ris = formatCitations(citations, 'ris');
    const data = new Cite(ris, { forceType: '@ris/file' }).data as CslOut[];
    check(data);
  });

  it('JSON and JSONL give the output contract fields', () => {
    const arr = JSON.parse(formatCitations(citations, 'json')) as Array<Record<string, unknown>>;
    const lines = formatCitations(citations, 'jsonl').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual(arr);
    for (const rec of arr) {
      for (const k of ['id', 'text', 'authors', 'title', 'medium', 'year', 'url', 'urlSource', 'host', 'belta', 'refs', 'warnings']) expect(rec).toHaveProperty(k);
    }
  });
});

describe('bibEscape', () => {
  it.each([
    ['$20 million', '\\$20 million'],
    ['news_ru', 'news\\_ru'],
    ['50% & more', '50\\% \\& more'],
    ['{braces}', '\\{braces\\}'],
    ['Беларусь', 'Беларусь'],
  ])('%s → %s', (input, out) => {
    expect(bibEscape(input)).toBe(out);
  });
});
