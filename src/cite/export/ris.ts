import type { Citation } from '../types.js';
import { hostName } from '../hosts.js';

/** RIS type tag for a citation. */
function risType(c: Citation): string {
  if (c.type === 'book') return 'BOOK';
  if (c.container && !c.url) return 'JOUR';
  if (c.type === 'news') return 'NEWS';
  return c.url ? 'ELEC' : 'GEN';
}

/** Citations as RIS (Zotero, EndNote, Mendeley, citation.js read it). One record per note. */
export function toRis(citations: readonly Citation[]): string {
  return citations.map((c) => {
    const lines: string[] = [`TY  - ${risType(c)}`, `ID  - fn${c.id}`];
    for (const a of c.authors) lines.push(`AU  - ${a.given ? `${a.family}, ${a.given}` : a.family}`);
    if (c.title) lines.push(`TI  - ${oneLine(c.title)}`);
    if (c.titleRu) lines.push(`TT  - ${oneLine(c.titleRu)}`);
    if (c.year !== null) lines.push(`PY  - ${c.year}`);
    if (c.container) lines.push(`T2  - ${oneLine(c.container)}`);
    else if (c.type !== 'book' && c.host) lines.push(`T2  - ${hostName(c.host)}`);
    if (c.issue) lines.push(`IS  - ${c.issue}`);
    if (c.publisher) lines.push(`PB  - ${oneLine(c.publisher)}`);
    if (c.place) lines.push(`CY  - ${oneLine(c.place)}`);
    if (c.pages) {
      const [sp, ep] = c.pages.split('-');
      lines.push(`SP  - ${sp}`);
      if (ep) lines.push(`EP  - ${ep}`);
    }
    if (c.url) lines.push(`UR  - ${c.url}`);
    if (c.accessed) lines.push(`Y2  - ${c.accessed.replace(/-/g, '/')}`);
    const lang = c.language ?? (c.lang === 'ru' ? 'ru' : null);
    if (lang) lines.push(`LA  - ${lang}`);
    if (c.medium) lines.push(`M3  - ${oneLine(c.medium)}`);
    for (const w of c.warnings) lines.push(`N1  - ${w.code}: ${oneLine(w.message)}`);
    lines.push('ER  - ');
    return lines.join('\n') + '\n';
  }).join('\n');
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
