import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { parseHtml } from '../markdown/parse.js';
import type { Element, Nodes, Root } from 'hast';

/** Elements whose whole content is page machinery, never article text. */
const DROP = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'form', 'button', 'select', 'nav']);
/** Block elements: their tags become paragraph breaks. */
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'blockquote', 'ul', 'ol', 'table', 'tr', 'figure', 'figcaption', 'address', 'dl', 'dt', 'dd', 'pre', 'hr', 'body', 'html']);

/** Does the text look like an HTML document or fragment (not Markdown with a few tags)? */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true;
  const tags = (text.slice(0, 20_000).match(/<\/?(?:p|div|span|a|li|h[1-6]|br|td|section|article)\b[^>]{0,300}>/gi) ?? []).length;
  return tags >= 10;
}

/**
 * Turn an HTML page into text by editing the original at node offsets (rehype's
 * positions), never re-serialising: `head`, `script`, `style`, `nav`, forms and
 * comments go with their content; block tags become blank lines, `<br>` a line
 * break, headings `#`…`######`, list items `- `; other tags go; character
 * references (`&amp;`, `&nbsp;`) become their characters. Markdown and plain text
 * are left alone (see {@link looksLikeHtml}). The site chrome left in the text is
 * then the line classifier's job.
 */
export const webHtmlMarkup: CleaningRule = {
  id: 'web-html-markup',
  description: 'turn HTML markup into text (tags out, entities decoded) by node offsets',
  apply(text, ctx) {
    if (!looksLikeHtml(text)) return [];
    const tree: Root = parseHtml(text);
    const edits: Edit[] = [];
    const visit = (node: Nodes): void => {
      const s = node.position?.start.offset;
      const e = node.position?.end.offset;
      if (node.type === 'text') {
        if (s !== undefined && e !== undefined && text.slice(s, e) !== node.value) edits.push({ start: s, end: e, after: node.value.replace(/\u00a0/g, ' '), reason: 'character references decoded' });
        return;
      }
      if (node.type === 'comment' || node.type === 'doctype') {
        if (s !== undefined && e !== undefined) edits.push({ start: s, end: e, after: '', reason: node.type });
        return;
      }
      if (node.type === 'element') {
        const el = node as Element;
        if (s === undefined || e === undefined) {
          for (const c of el.children) visit(c as Nodes);
          return;
        }
        if (DROP.has(el.tagName)) {
          edits.push({ start: s, end: e, after: '', reason: `<${el.tagName}> element` });
          return;
        }
        const kids = el.children.filter((c) => c.position?.start.offset !== undefined);
        const openEnd = kids.length > 0 ? kids[0]!.position!.start.offset! : tagEnd(text, s, e);
        const closeStart = kids.length > 0 ? kids[kids.length - 1]!.position!.end.offset! : openEnd;
        const [open, close] = replacement(el.tagName);
        if (openEnd > s) edits.push({ start: s, end: openEnd, after: open, reason: `<${el.tagName}> tag` });
        for (const c of el.children) visit(c as Nodes);
        if (e > closeStart && closeStart >= openEnd) edits.push({ start: closeStart, end: e, after: close, reason: `</${el.tagName}> tag` });
        return;
      }
      if ('children' in node) for (const c of node.children) visit(c as Nodes);
    };
    visit(tree);
    edits.sort((a, b) => a.start - b.start || a.end - b.end);
    // nested elements without positions can produce overlaps: keep the first
    const out: Edit[] = [];
    let cursor = 0;
    for (const ed of edits) {
      if (ed.start < cursor) continue;
      out.push(ed);
      cursor = ed.end;
    }
    ctx.report({ rule: 'web-html-markup', severity: 'info', message: `HTML input: ${out.length} markup edit(s) by node offsets` });
    return out;
  },
};

/** End of the start tag of an element with no children (`<br>`, `<img …>`, `<td></td>`). */
function tagEnd(text: string, s: number, e: number): number {
  const gt = text.indexOf('>', s);
  return gt < 0 || gt >= e ? e : gt + 1;
}

function replacement(tag: string): [string, string] {
  const h = /^h([1-6])$/.exec(tag);
  if (h) return [`\n\n${'#'.repeat(Number(h[1]))} `, '\n\n'];
  if (tag === 'br') return ['\n', ''];
  if (tag === 'li') return ['\n- ', '\n'];
  if (tag === 'td' || tag === 'th') return [' ', ' '];
  if (BLOCK.has(tag)) return ['\n\n', '\n\n'];
  return ['', ''];
}
