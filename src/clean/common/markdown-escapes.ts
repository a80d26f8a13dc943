import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { urlSpans } from '../markdown/inline.js';
import { insideAny } from '../../text/sorted.js';

/** Escapes a converter adds that mean nothing in Markdown: `\$`, `\%`, `\&`, `\@`, `\'`, `\"`, `\:`, `\;`, `\,`, `\?`. */
const NEEDLESS = /\\([$%&@'":;,?])/g;
/** Escaped (or double-escaped) underscore: `\_`, `\\_`. */
const UNDERSCORE = /\\{1,2}_/g;

/**
 * Remove needless Markdown escapes (`an initial volume of \$20 million` → `$20`),
 * and single or double escapes of `_` inside URLs (`news\\_ru` → `news_ru`) or between
 * letters (where `_` cannot start emphasis in CommonMark). Escapes that protect
 * markup (`\*`, `\#`, `\[`) are kept.
 */
export const markdownEscapes: CleaningRule = {
  id: 'markdown-escapes',
  description: 'remove needless Markdown backslash escapes',
  scope: 'all',
  apply(text) {
    if (!text.includes('\\')) return [];
    const edits: Edit[] = [];
    for (const m of text.matchAll(NEEDLESS)) {
      if (m.index > 0 && text[m.index - 1] === '\\') continue; // `\\$` is an escaped backslash
      edits.push({ start: m.index, end: m.index + 1, after: '', reason: `needless escape before "${m[1]}"` });
    }
    const urls = urlSpans(text);
    for (const m of text.matchAll(UNDERSCORE)) {
      const before = text.charCodeAt(m.index - 1);
      const after = text.charCodeAt(m.index + m[0].length);
      const intraword = isWordChar(before) && isWordChar(after);
      if (!intraword && !insideAny(urls, m.index)) continue;
      edits.push({ start: m.index, end: m.index + m[0].length - 1, after: '', reason: 'escaped underscore inside a URL or word' });
    }
    edits.sort((a, b) => a.start - b.start);
    return edits;
  },
};

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0x400 && c <= 0x4ff);
}
