import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import rehypeParse from 'rehype-parse';
import type { Root as MdRoot, Nodes as MdNodes } from 'mdast';
import type { Root as HastRoot } from 'hast';

const markdownParser = unified().use(remarkParse).use(remarkGfm);
const htmlParser = unified().use(rehypeParse, { fragment: false });

/** Parse Markdown (CommonMark + GFM) into an mdast tree with positions (offsets into `text`). */
export function parseMarkdown(text: string): MdRoot {
  return markdownParser.parse(text);
}

/** Parse HTML into a hast tree with positions (offsets into `text`). */
export function parseHtml(text: string): HastRoot {
  return htmlParser.parse(text);
}

/** Start and end offsets of a node, when it has a position. */
export function offsets(node: { position?: { start: { offset?: number | undefined }; end: { offset?: number | undefined } } | undefined }): [number, number] | null {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return s === undefined || e === undefined ? null : [s, e];
}

/** Visit every mdast node depth-first (parents before children). */
export function walkMarkdown(node: MdNodes, visit: (node: MdNodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walkMarkdown(child as MdNodes, visit);
}

/** One edit on the Markdown source (offsets into it). */
interface SourceEdit {
  start: number;
  end: number;
  after: string;
}

/**
 * Drop the Markdown markup of a text and keep its words, by editing the original
 * string at node offsets (never re-serialising): heading marks, emphasis markers,
 * thematic breaks, HTML tags, footnote references (`[^N]`) and backslash escapes go;
 * a link keeps its text, followed by its address in parentheses when the two differ;
 * an autolink keeps its address; inline code keeps its content.
 */
export function stripMarkdown(text: string): string {
  const tree = parseMarkdown(text);
  const edits: SourceEdit[] = [];
  walkMarkdown(tree, (node) => {
    const o = offsets(node);
    if (o === null) return;
    const [s, e] = o;
    switch (node.type) {
      case 'heading':
      case 'emphasis':
      case 'strong':
      case 'delete': {
        const kids = node.children;
        const first = kids.length > 0 ? offsets(kids[0]!) : null;
        const last = kids.length > 0 ? offsets(kids[kids.length - 1]!) : null;
        if (first === null || last === null) {
          edits.push({ start: s, end: e, after: '' });
          return;
        }
        edits.push({ start: s, end: first[0], after: '' });
        if (last[1] < e) edits.push({ start: last[1], end: e, after: '' });
        return;
      }
      case 'thematicBreak':
      case 'html':
      case 'footnoteReference':
        edits.push({ start: s, end: e, after: '' });
        return;
      case 'inlineCode':
        edits.push({ start: s, end: e, after: node.value });
        return;
      case 'link': {
        const kids = node.children;
        const first = kids.length > 0 ? offsets(kids[0]!) : null;
        const last = kids.length > 0 ? offsets(kids[kids.length - 1]!) : null;
        const label = text.slice(first?.[0] ?? s, last?.[1] ?? s);
        const bare = node.url.replace(/^(?:https?|mailto):(?:\/\/)?/, '');
        if (first === null || last === null || text[s] === '<' || [node.url, bare].includes(label.replace(/\\/g, ''))) {
          edits.push({ start: s, end: e, after: first === null || text[s] === '<' ? node.url : label.replace(/\\/g, '') });
          return;
        }
        edits.push({ start: s, end: first[0], after: '' });
        edits.push({ start: last[1], end: e, after: ` (${node.url})` });
        return;
      }
      case 'text': {
        // backslash escapes: the source has a backslash the value does not
        if (e - s > node.value.length) {
          for (let k = s; k < e - 1; k++) {
            if (text[k] === '\\' && /[!-/:-@[-`{-~]/.test(text[k + 1]!)) {
              edits.push({ start: k, end: k + 1, after: '' });
              k++;
            }
          }
        }
        return;
      }
      default:
        return;
    }
  });
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let cursor = 0;
  for (const ed of edits) {
    if (ed.start < cursor) continue; // nested in an edit already made
    out += text.slice(cursor, ed.start) + ed.after;
    cursor = ed.end;
  }
  out += text.slice(cursor);
  // footnote references without a definition are not parsed as such: drop them too
  return out.replace(/\[\^[^\]\s]{1,10}\]/g, '').replace(/\n{3,}/g, '\n\n');
}
