import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, scanBlocks, stripMarkdown, walkMarkdown, offsets, parseHtml } from '../../src/clean/markdown/index.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');

describe('the line scanner agrees with remark on block structure', () => {
  it.each(['001_65d5a4cb3953e82a.txt', '002_b51bf4fae41c79d9.txt'])('%s: headings and thematic breaks at the same offsets', (file) => {
    const text = fixture(file);
    const fromRemark: [string, number, number][] = [];
    walkMarkdown(parseMarkdown(text), (node) => {
      if (node.type !== 'heading' && node.type !== 'thematicBreak') return;
      const o = offsets(node)!;
      fromRemark.push([node.type === 'heading' ? 'heading' : 'thematic-break', o[0], o[1]]);
    });
    const fromScanner = scanBlocks(text)
      .filter((b) => b.kind === 'heading' || b.kind === 'thematic-break')
      .map((b) => [b.kind, b.start, b.end] as [string, number, number]);
    expect(fromScanner.length).toBeGreaterThan(0);
    expect(fromScanner).toEqual(fromRemark);
  });

  it('001: every remark paragraph starts where a scanned paragraph starts', () => {
    const text = fixture('001_65d5a4cb3953e82a.txt');
    const starts = new Set(scanBlocks(text).filter((b) => b.kind === 'paragraph').map((b) => b.start));
    const missing: number[] = [];
    walkMarkdown(parseMarkdown(text), (node) => {
      if (node.type === 'paragraph') {
        const o = offsets(node)!;
        // remark strips the paragraph's leading spaces
        let s = o[0];
        while (s > 0 && text[s - 1] === ' ') s--;
        if (!starts.has(s)) missing.push(s);
      }
    });
    expect(missing).toEqual([]);
  });
});

describe('stripMarkdown (plain-text output) edits the source by node offsets', () => {
  it.each([
    ['# **Belarus - China: a vector of trust**', 'Belarus - China: a vector of trust'],
    ['Cover image: [www.ingimage.com](http://www.ingimage.com)', 'Cover image: www.ingimage.com'],
    ['See [the site](http://x.by/) and <http://y.by/>.', 'See the site (http://x.by/) and http://y.by/.'],
    ['a volume of \\$20 million and `code`', 'a volume of $20 million and code'],
    ['*Справочно.*', 'Справочно.'],
    ['quote"[^18] between', 'quote" between'],
    ['text\n\n---\n\nmore', 'text\n\nmore'],
  ])('%j → %j', (input, output) => {
    expect(stripMarkdown(input)).toBe(output);
  });
});

describe('parseHtml', () => {
  it('gives positions into the original', () => {
    const html = '<p>Беларусь &amp; Китай</p>';
    const tree = parseHtml(html);
    const texts: [number, number][] = [];
    const visit = (n: { type: string; children?: unknown[]; position?: { start: { offset?: number }; end: { offset?: number } } }) => {
      if (n.type === 'text') texts.push([n.position!.start.offset!, n.position!.end.offset!]);
      for (const c of (n.children ?? []) as (typeof n)[]) visit(c);
    };
    visit(tree as never);
    expect(texts.map(([s, e]) => html.slice(s, e))).toEqual(['Беларусь &amp; Китай']);
  });
});
