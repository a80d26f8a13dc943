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

