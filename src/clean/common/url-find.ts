/**
 * Find URL spans in text: `http(s)://…` or `www.…` up to whitespace or angle brackets,
 * without trailing sentence punctuation. Linear.
 */
export interface UrlSpan {
  start: number;
  end: number;
  url: string;
}

const URL = /(?:https?:\/\/|www\.)[^\s<>]+/gi;
const TRAILING = '.,;:!?)]»”"\'’';

/** All URL spans in `text`, in order. */
export function findUrls(text: string): UrlSpan[] {
  const out: UrlSpan[] = [];
  for (const m of text.matchAll(URL)) {
    let url = m[0];
    let cut = url.length;
    while (cut > 0 && TRAILING.includes(url[cut - 1]!)) cut--;
    const trail = url.slice(cut);
    url = url.slice(0, cut);
    // keep a closing parenthesis that has its opening one inside the URL
    if (trail.startsWith(')') && url.includes('(')) url += ')';
    if (url.length > 0) out.push({ start: m.index, end: m.index + url.length, url });
  }
  return out;
}

/** A sorted list of spans answering "is offset i inside one of them?" in O(log n). */
export function insideAny(spans: readonly { start: number; end: number }[], i: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (i < s.start) hi = mid - 1;
    else if (i >= s.end) lo = mid + 1;
    else return true;
  }
  return false;
}
