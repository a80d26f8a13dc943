import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ocrFootnoteBlocks } from './footnote-blocks.js';
import { ocrStrandedLine } from './stranded-line.js';
import { ocrLinkLayerDuplicate } from './link-layer-duplicate.js';
import { ocrPageNumber } from './page-number.js';
import { runSome } from '../../../test/clean-ocr/run-rule.js';

const fixture = readFileSync(new URL('../../../fixtures/000_1141d4d96c08d6f0.txt', import.meta.url), 'utf8').split('\n');
/** Lines `from`..`to` of fixture 000 (1-based, inclusive). */
const lines = (from: number, to: number): string => fixture.slice(from - 1, to).join('\n');

describe('ocr-stranded-line', () => {
  it('moves the line stranded after notes 82–83 back after «по сопряжению» (fixture 000, lines 84–120, 177–179, 430–438)', () => {
    // Evidence: «сопряжению промышленной» (line 434), «производственной кооперации» (line 177).
    const input = lines(84, 120) + '\n\n' + lines(177, 179) + '\n\n' + lines(430, 438);
    const run = runSome([ocrFootnoteBlocks, ocrStrandedLine], input);
    const text = run.body.text;
    const moved = 'промышленной политики чтобы развивать производственную';
    expect(text.indexOf(moved)).toBeGreaterThan(text.indexOf('по сопряжению'));
    expect(text.indexOf(moved)).toBeLessThan(text.indexOf('кооперацию, в том числе'));
    expect(text).toMatch(/от Гомельского\n+ станкостроительного завода/);
    const changes = run.changes.filter((c) => c.rule === 'ocr-stranded-line');
    expect(changes.map((c) => [c.before, c.after.trim()])).toEqual([
      ['', moved],
      [moved + '\n', ''],
    ]);
  });

  it('leaves a line that has no clear place and warns (fixture 000, lines 224–238: a word lost at the page break)', () => {
    const input = lines(222, 242);
    const run = runSome([ocrLinkLayerDuplicate, ocrFootnoteBlocks, ocrPageNumber, ocrStrandedLine], input);
    expect(run.changes.filter((c) => c.rule === 'ocr-stranded-line')).toEqual([]);
    expect(run.diagnostics.some((d) => d.rule === 'ocr-stranded-line' && /ходимости/.test(d.message))).toBe(true);
  });

  it('negative: without evidence for a place, the line stays (fixture 000, lines 84–120 alone)', () => {
    const run = runSome([ocrFootnoteBlocks, ocrStrandedLine], lines(84, 120));
    expect(run.changes.filter((c) => c.rule === 'ocr-stranded-line')).toEqual([]);
    expect(run.diagnostics.map((d) => d.rule)).toEqual(['ocr-stranded-line']);
  });

  it('negative: the next page going on with an indented line is not touched (fixture 000, lines 160–175)', () => {
    const run = runSome([ocrFootnoteBlocks, ocrStrandedLine], lines(160, 175));
    expect(run.changes.filter((c) => c.rule === 'ocr-stranded-line')).toEqual([]);
    expect(run.diagnostics).toEqual([]);
  });
});
