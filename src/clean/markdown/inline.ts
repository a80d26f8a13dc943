import type { Span } from '../../model/span.js';

/**
 * Spans inside which text must not be rewritten as prose: inline code, autolinks
 * (`<http://…>`), link destinations (`](…)`), bare URLs and e-mail addresses. One
 * linear regex pass; spans are sorted and non-overlapping.
 */
export function protectedSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(PROTECTED)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Inline code, autolinks, link destinations, bare URLs (no nested quantifiers over overlapping classes). */
const PROTECTED = /`[^`\n]{1,500}`|<(?:https?|ftp|mailto):[^\s<>]{1,2000}>|\]\([^)\s]{1,2000}\)|\b(?:https?:\/\/|www\.)[^\s<>()\]]{1,2000}|[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,63}/g;

/** URL-like spans (autolinks, link destinations, bare URLs), for rules that work inside URLs. */
export function urlSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(URLS)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

const URLS = /\b(?:https?:\/\/|www\.)[^\s<>()\]\[]{1,2000}/g;

/** Is `[start, end)` inside one of the sorted spans? (binary search) */
export function insideAny(spans: readonly Span[], start: number, end = start + 1): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (s.end <= start) lo = mid + 1;
    else if (s.start >= end) hi = mid - 1;
    else return true;
  }
  return false;
}
