import type { CleaningRule } from '../types.js';
import { trimChars } from '../markdown/trim.js';

const URL = /https?:\/\/[^\s<>()]{1,2000}/g;
/** The year of a reference: the GOST date area `. - 2019.` before the URL label. */
const REF_YEAR = /\.\s{0,3}(?:[-–—]{1,2}\s{0,3}){1,4}((?:19|20)\d{2})\.\s{0,3}[-–—]{1,2}\s{0,3}(?:URL|Mode of access|Access mode|Режим доступа)/;
/** The year at the end of a news slug: `…-285359-2018/`. */
const SLUG_YEAR = /-\d{3,7}-((?:19|20)\d{2})\/?$/;

/**
 * Check the notes taken out of the body (read from the note rule's recorded
 * deletions) and report, without changing anything: notes that cite the same URL
 * under different numbers (a duplicated or mismatched note), and references whose
 * year differs from the year at the end of their URL's slug (`- 2019. - URL:
 * <…-285359-2018/>`).
 */
export const mtNoteChecks: CleaningRule = {
  id: 'mt-note-checks',
  description: 'report notes that share a URL, and reference years that differ from the URL year',
  apply(_text, ctx) {
    const byUrl = new Map<string, { id: string; start: number }[]>();
    for (const c of ctx.draft.changes) {
      if (c.rule !== 'markdown-sup-notes' && !(c.merged ?? []).includes('markdown-sup-notes')) continue;
      const id = /<sup>\s*\[?([^<\]\s]{1,10})\]?\s*<\/sup>/.exec(c.before)?.[1];
      if (id === undefined) continue;
      for (const m of c.before.matchAll(URL)) {
        const url = trimChars(m[0], '>.,;');
        const key = url.replace(/^https?:\/\/(?:www\.)?/, '').replace(/\/$/, '');
        const list = byUrl.get(key) ?? [];
        if (!list.some((x) => x.id === id)) list.push({ id, start: c.start + m.index });
        byUrl.set(key, list);
      }
      const ref = REF_YEAR.exec(c.before)?.[1];
      const firstUrl = /https?:\/\/[^\s<>()]{1,2000}/.exec(c.before)?.[0];
      const firstClean = firstUrl === undefined ? undefined : trimChars(firstUrl, '>.,;');
      const slug = firstClean !== undefined ? SLUG_YEAR.exec(firstClean)?.[1] : undefined;
      if (ref !== undefined && slug !== undefined && ref !== slug) {
        ctx.report({ rule: 'mt-note-checks', severity: 'info', message: `note ${id}: reference year ${ref} differs from the URL's year ${slug}`, start: c.start, end: c.end });
      }
    }
    for (const [url, notes] of byUrl) {
      if (notes.length < 2) continue;
      ctx.report({ rule: 'mt-note-checks', severity: 'warning', message: `notes ${notes.map((n) => n.id).join(', ')} cite the same URL (${url}): duplicated or mismatched note?`, start: notes[0]!.start, end: notes[0]!.start + url.length });
    }
    return [];
  },
};
