import type { Span } from '../../model/span.js';

/**
 * Spans inside which text must not be rewritten as prose: inline code, autolinks
 * (`<http://…>`), link destinations (`](…)`), bare URLs and e-mail addresses. One
 * linear regex pass; spans are sorted and non-overlapping.
 */
export function protectedSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(PROTECTED)) out.push({ start: m.index, end: m.index + m[0].length });
  // e-mail addresses: found from their `@` (a left-extending regex would retry at every position)
  const emails: Span[] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let s = at;
    while (s > 0 && at - s < 64 && /[\w.+-]/.test(text[s - 1]!)) s--;
    const m = /^@[\w-]{1,63}\.[\w.-]{2,63}/.exec(text.slice(at, at + 130));
    if (s < at && m) emails.push({ start: s, end: at + m[0].length });
  }
  if (emails.length === 0) return out;
  const merged = [...out, ...emails].sort((a, b) => a.start - b.start);
  const result: Span[] = [];
  for (const sp of merged) {
    const last = result[result.length - 1];
    if (last && sp.start < last.end) last.end = Math.max(last.end, sp.end);
    else result.push({ ...sp });
  }
  return result;
}

/** Inline code, autolinks, link destinations, bare URLs (no nested quantifiers over overlapping classes). */
const PROTECTED = /`[^`\n]{1,500}`|<(?:https?|ftp|mailto):[^\s<>]{1,2000}>|\]\([^()\s\]]{1,2000}\)|\b(?:https?:\/\/|www\.)[^\s<>()\]]{1,2000}/g;

/** URL-like spans (autolinks, link destinations, bare URLs), for rules that work inside URLs. */
export function urlSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(URLS)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

const URLS = /\b(?:https?:\/\/|www\.)[^\s<>()\]\[]{1,2000}/g;

