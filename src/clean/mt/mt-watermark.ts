import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { blockRemovalEnd } from '../markdown/blocks.js';
import { findWatermarks } from './watermarks.js';

/**
 * Remove publisher watermark lines (`FOR AUTHOR USE ONLY`), found by repetition
 * and spread over the text (see `findWatermarks`), with the blank lines after them.
 */
export const mtWatermark: CleaningRule = {
  id: 'mt-watermark',
  description: 'remove repeated publisher watermark lines',
  apply(text, ctx) {
    const wm = findWatermarks(text);
    const edits: Edit[] = wm.blocks.map((b) => ({ start: b.start, end: blockRemovalEnd(text, b), after: '', reason: `watermark repeated ${wm.blocks.length}× over the text` }));
    if (edits.length > 0) {
      ctx.report({ rule: 'mt-watermark', severity: 'info', message: `removed ${edits.length} watermark line(s): ${[...wm.keys].map((k) => JSON.stringify(k)).join(', ')}` });
    }
    return edits;
  },
};
