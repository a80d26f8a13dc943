import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { segment } from '../segment/segment.js';
import { ensureParserAndCompiler, originalOf, type SverkaRoot } from './tree.js';

/**
 * unified plugin: paragraphs, sentences and languages ({@link segment}). Runs on
 * the cleaned text when {@link sverkaClean} ran before it (spans mapped to the
 * original), else on the original. The result is on `file.data.sverka.segmentation`.
 */
export const sverkaSegment: Plugin<[], SverkaRoot, SverkaRoot> = function () {
  ensureParserAndCompiler(this as never);
  return (tree: SverkaRoot, file: VFile) => {
    const data = (file.data.sverka ??= {});
    const cleaned = data.clean;
    data.segmentation = cleaned
      ? segment(cleaned.text, { toOriginal: (s, e) => cleaned.draft.spanToOriginal(s, e) })
      : segment(originalOf(tree, file));
    data.stages = { ...data.stages, segment: 'ok', langid: 'ok' };
  };
};
