import type { Citation } from './types.js';

/** Letters and digits only, lowercase: titles compared without punctuation and case. */
function key(s: string | null): string {
  return (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Dice coefficient over word sets. */
function similarity(a: string, b: string): number {
  const wa = new Set(a.split(' ').filter(Boolean));
  const wb = new Set(b.split(' ').filter(Boolean));
  if (wa.size === 0 && wb.size === 0) return 1;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return (2 * common) / (wa.size + wb.size);
}

/**
 * Checks across notes (adds warnings in place): one URL (or one BelTA item) cited under
 * different titles (a copy-paste error: one of the notes has the wrong URL), and one
 * BelTA id printed with different slugs.
 */
export function crossCheck(citations: Citation[]): void {
  const byItem = new Map<string, Citation[]>();
  for (const c of citations) {
    if (!c.url) continue;
    const k = c.belta ? `belta:${c.belta.edition}:${c.belta.counter}:${c.belta.id}:${c.belta.year ?? ''}` : c.url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
    const list = byItem.get(k) ?? [];
    list.push(c);
    byItem.set(k, list);
  }
  const keys = new Map<Citation, string>();
  const same = new Map<string, boolean>();
  const similar = (a: string, b: string): boolean => {
    const k = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    let v = same.get(k);
    if (v === undefined) {
      v = similarity(a, b) >= 0.6;
      same.set(k, v);
    }
    return v;
  };
  for (const list of byItem.values()) {
    if (list.length < 2) continue;
    for (const c of list) keys.set(c, key(c.title));
    for (const c of list) {
      for (const o of list) {
        if (o === c) continue;
        if (!similar(keys.get(c)!, keys.get(o)!)) {
          c.warnings.push({
            code: 'duplicate-url',
            message: `note ${o.id} cites the same URL under another title ("${o.title ?? ''}"): one of them has the wrong URL`,
          });
        }
        if (c.belta && o.belta && c.belta.slug !== o.belta.slug) {
          c.warnings.push({ code: 'same-id-different-slug', message: `note ${o.id} prints BelTA item ${c.belta.id} with another slug ("${o.belta.slug}")` });
        }
      }
    }
  }
}
