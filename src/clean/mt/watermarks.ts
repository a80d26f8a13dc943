import { scanBlocks, blockKey, type Block } from '../markdown/blocks.js';

/** Blocks of one repeated line that mark pages (publisher watermarks such as `FOR AUTHOR USE ONLY`). */
export interface Watermarks {
  /** The repeated keys (lower-cased, markup dropped). */
  keys: Set<string>;
  /** The watermark blocks, in order. */
  blocks: Block[];
  /** All blocks of the text. */
  all: Block[];
}

/**
 * Find watermark lines by repetition and position, not by a list: a one-line
 * paragraph of at most 80 characters that is not a sentence (no final `.`), repeated
 * at least three times as a block of its own, with occurrences spread over more than
 * half of the text (a title repeated on the front pages is not a watermark).
 */
export function findWatermarks(text: string): Watermarks {
  const all = scanBlocks(text);
  const groups = new Map<string, Block[]>();
  for (const b of all) {
    if (b.kind !== 'paragraph' || b.lines !== 1 || b.end - b.start > 80) continue;
    const key = blockKey(text, b);
    if (key.length < 4 || /[.;,]$/.test(key) || !/\p{L}/u.test(key)) continue;
    const g = groups.get(key);
    if (g) g.push(b);
    else groups.set(key, [b]);
  }
  const keys = new Set<string>();
  const blocks: Block[] = [];
  for (const [key, g] of groups) {
    if (g.length < 3) continue;
    const spread = g[g.length - 1]!.start - g[0]!.start;
    if (spread < text.length * 0.5) continue;
    keys.add(key);
    blocks.push(...g);
  }
  blocks.sort((a, b) => a.start - b.start);
  return { keys, blocks, all };
}
