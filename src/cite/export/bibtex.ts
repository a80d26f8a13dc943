import type { Citation } from '../types.js';
import { hostName } from '../hosts.js';

const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', '%': '\\%', '&': '\\&', $: '\\$', '#': '\\#', _: '\\_', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}',
};

/** Escape a value for a braced BibTeX field (UTF-8 text is kept as is). */
export function bibEscape(s: string): string {
  return s.replace(/[\\{}%&$#_~^]/g, (ch) => SPECIAL[ch]!);
}

function field(name: string, value: string | number | null | undefined, raw = false): string | null {
  if (value === null || value === undefined || value === '') return null;
  return `  ${name} = {${raw ? String(value) : bibEscape(String(value))}}`;
}

/**
 * Citations as BibTeX (`@book` for books, `@online` with `url`/`urldate` otherwise, the
 * biblatex types that Zotero, JabRef and citation.js read). Keys are `fn{id}`.
 */
export function toBibtex(citations: readonly Citation[]): string {
  return citations.map((c) => {
    const type = c.type === 'book' ? 'book' : c.url ? 'online' : c.container ? 'article' : 'misc';
    const fields = [
      field('author', c.authors.length > 0 ? c.authors.map((a) => (a.given ? `${a.family}, ${a.given}` : a.family)).join(' and ') : null),
      field('title', c.title),
      field('year', c.year),
      field('publisher', c.publisher),
      field('address', c.place),
      field('pages', c.pages),
      field(type === 'article' ? 'journal' : 'booktitle', type === 'book' ? null : c.container),
      field('number', c.issue),
      field('organization', c.type !== 'book' && c.host ? hostName(c.host) : null),
      field('url', c.url, true),
      field('urldate', c.accessed),
      field('langid', c.language === 'ru' || c.lang === 'ru' ? 'russian' : null),
      field('note', [c.titleRu ? `Russian title (reconstructed): ${c.titleRu}` : '', c.medium ?? ''].filter(Boolean).join('. ') || null),
    ].filter((f): f is string => f !== null);
    return `@${type}{fn${c.id},\n${fields.join(',\n')}\n}\n`;
  }).join('\n');
}
