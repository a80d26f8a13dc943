export { scanBlocks, blockRemovalEnd, blockKey, type Block, type BlockKind } from './blocks.js';
export { protectedSpans, urlSpans, insideAny } from './inline.js';
export { parseMarkdown, parseHtml, offsets, walkMarkdown, stripMarkdown } from './parse.js';
