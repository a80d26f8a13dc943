import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cite } from '../../src/cite/cite.js';
import { findNotes } from '../../src/cite/find-notes.js';

// Scraped news pages (fixtures 002–004) have no footnotes: nothing may be invented.
describe.each(['002_b51bf4fae41c79d9', '003_abd422b7a431f1ba', '004_5069994c9aedaf13'])('fixtures/%s (news page, no notes)', (name) => {
  const text = readFileSync(new URL(`../../fixtures/${name}.txt`, import.meta.url), 'utf8');
  it('gives no citations and no markers', () => {
    const r = cite(text, { backTranslate: false });
    expect(r.citations).toEqual([]);
    expect(r.markersWithoutNotes).toEqual([]);
    expect(findNotes(text)).toEqual({ notes: [], markers: [] });
  });
});
