import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { blockKey, blockRemovalEnd, type Block } from '../markdown/blocks.js';
import { findWatermarks } from './watermarks.js';
import { isIsbnLine, publisherSignals } from './publisher-signals.js';

const LONG_PROSE = 400;

/**
 * Remove publisher front and back matter of a converted book by position and
 * content, not by a fixed list: pages (stretches between watermark lines) before the
 * body starts (the first heading followed by long prose) or after it ends (the last
 * long prose paragraph) that show at least two publisher signals (ISBN, imprint,
 * copyright, publisher, trademark, addresses, adverts) and no long prose of their
 * own; in those zones also lone ISBN lines and repeats of title and author lines
 * (the first occurrence stays).
 */
export const mtPublisherPages: CleaningRule = {
  id: 'mt-publisher-pages',
  description: 'remove publisher front and back matter (imprint, ISBN, adverts, repeated title pages)',
  apply(text, ctx) {
    const wm = findWatermarks(text);
    const isMark = new Set(wm.blocks);
    const blocks = wm.all;
    const content = blocks.filter((b) => !isMark.has(b));
    // signals are counted lazily: only blocks near the ends of the book are ever asked
    const cache = new Map<Block, number>();
    const signalsOf = (b: Block): number => {
      let n = cache.get(b);
      if (n === undefined) {
        n = publisherSignals(text.slice(b.start, b.end));
        cache.set(b, n);
      }
      return n;
    };
    const isProse = (b: Block, min: number) => b.kind === 'paragraph' && b.end - b.start >= min && !/^ {0,3}<sup>/.test(text.slice(b.start, b.start + 12)) && signalsOf(b) === 0;

    let bodyStart = -1;
    for (let i = 0; i < content.length - 1; i++) {
      if (content[i]!.kind === 'heading' && isProse(content[i + 1]!, LONG_PROSE)) {
        bodyStart = content[i]!.start;
        break;
      }
    }
    if (bodyStart < 0) bodyStart = content.find((b) => isProse(b, LONG_PROSE))?.start ?? 0;
    let bodyEnd = text.length;
    for (let i = content.length - 1; i >= 0; i--) {
      const b = content[i]!;
      if (isProse(b, 200)) {
        bodyEnd = b.end;
        break;
      }
    }

    // pages: content blocks between watermarks
    const pages: Block[][] = [];
    let page: Block[] = [];
    for (const b of blocks) {
      if (isMark.has(b)) {
        if (page.length > 0) pages.push(page);
        page = [];
      } else {
        page.push(b);
      }
    }
    if (page.length > 0) pages.push(page);

    const remove = new Map<Block, string>();
    for (const p of pages) {
      const zone = p.filter((b) => b.end <= bodyStart || b.start >= bodyEnd);
      if (zone.length === 0) continue;
      const total = zone.reduce((n, b) => n + signalsOf(b), 0);
      const prose = zone.some((b) => isProse(b, LONG_PROSE));
      if (total >= 2 && !prose) for (const b of zone) remove.set(b, `publisher page (${total} publisher signals, outside the body)`);
    }
    const seen = new Set<string>();
    for (const b of content) {
      if (!(b.end <= bodyStart || b.start >= bodyEnd)) continue;
      const key = blockKey(text, b);
      if (remove.has(b)) continue;
      if (b.kind === 'paragraph' && isIsbnLine(text.slice(b.start, b.end))) remove.set(b, 'ISBN line outside the body');
      else if (seen.has(key) && b.kind !== 'thematic-break') remove.set(b, 'repeated title-page line');
      seen.add(key);
    }

    const edits: Edit[] = [];
    for (const b of content) {
      const why = remove.get(b);
      if (why !== undefined) edits.push({ start: b.start, end: blockRemovalEnd(text, b), after: '', reason: why });
    }
    if (edits.length > 0) {
      ctx.report({ rule: 'mt-publisher-pages', severity: 'info', message: `removed ${edits.length} block(s) of publisher front/back matter` });
    }
    return edits;
  },
};
