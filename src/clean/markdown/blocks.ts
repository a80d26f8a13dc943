/** Kinds of Markdown block the line scanner tells apart. */
export type BlockKind = 'heading' | 'thematic-break' | 'paragraph' | 'code';

/** One block of a Markdown text (offsets into the scanned text; `end` excludes the final line break). */
export interface Block {
  /** Block kind. */
  kind: BlockKind;
  /** Offset of the first character of the block's first line. */
  start: number;
  /** Offset just after the last character of the block's last line. */
  end: number;
  /** Heading level (1–6) for headings. */
  depth?: number;
  /** Number of lines. */
  lines: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
const THEMATIC = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;

/** A paragraph text line: it extends the open paragraph, or starts one. Returns the open paragraph. */
function paragraphLine(blocks: Block[], para: Block | null, start: number, end: number): Block {
  if (para) {
    para.end = end;
    para.lines++;
    return para;
  }
  const block: Block = { kind: 'paragraph', start, end, lines: 1 };
  blocks.push(block);
  return block;
}

/**
 * Split Markdown into blocks with one linear pass over the lines: ATX headings,
 * thematic breaks, fenced code and paragraphs (runs of non-blank lines; list items
 * and HTML lines count as paragraphs). A fast stand-in for remark's block tree, used
 * on the hot path of the cleaning profiles (remark-parse runs at about 1–3 MB/s);
 * test/clean-mt checks it against remark on the fixtures.
 */
export function scanBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const n = text.length;
  let i = 0;
  let para: Block | null = null;
  let fence: { block: Block; marker: string } | null = null;
  while (i <= n) {
    let eol = text.indexOf('\n', i);
    if (eol < 0) eol = n;
    let lineEnd = eol;
    if (lineEnd > i && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    // skip leading spaces; only lines starting with ` ~ # - * _ can be anything but paragraph text
    let k = i;
    while (k < lineEnd && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 0xa0)) k++;
    const c0 = k < lineEnd ? text.charCodeAt(k) : -1;
    const special = c0 === 96 || c0 === 126 || c0 === 35 || c0 === 45 || c0 === 42 || c0 === 95;
    if (c0 === -1 && !fence) {
      para = null;
      i = eol + 1;
      continue;
    }
    if (!special && !fence) {
      para = paragraphLine(blocks, para, i, lineEnd);
      i = eol + 1;
      continue;
    }
    const line = text.slice(i, lineEnd);
    if (fence) {
      fence.block.end = lineEnd;
      fence.block.lines++;
      if (line.trimStart().startsWith(fence.marker)) fence = null;
    } else if (line.trim().length === 0) {
      para = null;
    } else {
      const f = FENCE.exec(line);
      const h = HEADING.exec(line);
      if (f) {
        para = null;
        const block: Block = { kind: 'code', start: i, end: lineEnd, lines: 1 };
        blocks.push(block);
        fence = { block, marker: f[1]! };
      } else if (h) {
        para = null;
        blocks.push({ kind: 'heading', start: i, end: lineEnd, depth: h[1]!.length, lines: 1 });
      } else if (THEMATIC.test(line) && !(para && /^ {0,3}-/.test(line))) {
        para = null;
        blocks.push({ kind: 'thematic-break', start: i, end: lineEnd, lines: 1 });
      } else {
        para = paragraphLine(blocks, para, i, lineEnd);
      }
    }
    i = eol + 1;
  }
  return blocks;
}

/**
 * The span to delete to take a block out together with the blank lines after it
 * (so no gap is left): from the block start to the start of the next non-blank line
 * (or the end of the text).
 */
export function blockRemovalEnd(text: string, block: { end: number }): number {
  let j = block.end;
  const n = text.length;
  let lastLineStart = j;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === 10) {
      lastLineStart = j + 1;
    } else if (c !== 32 && c !== 9 && c !== 13 && c !== 0xa0) {
      return lastLineStart;
    }
    j++;
  }
  return n;
}

/** The text of a block with Markdown emphasis, heading marks and line breaks flattened, for comparing blocks. */
export function blockKey(text: string, block: Block): string {
  return text
    .slice(block.start, block.end)
    .replace(/^ {0,3}#{1,6}[ \t]+/, '')
    .replace(/[*_]{1,3}/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
