export { scanBlocks, blockRemovalEnd, blockKey, type Block, type BlockKind } from './blocks.js';
export { protectedSpans, urlSpans } from './inline.js';
export { insideAny } from '../../text/sorted.js';
export { parseMarkdown, parseHtml, offsets, walkMarkdown, stripMarkdown } from './parse.js';
