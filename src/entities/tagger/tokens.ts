/** Tokenisation for the entity tagger: words (with inner hyphens), numbers, single symbols. */

/** A token with its span in the text. */
export interface NerToken {
  /** Token text. */
  text: string;
  /** Start offset. */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** True when a sentence probably starts at this token. */
  sentStart: boolean;
}

const TOKEN = /[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*|\p{Nd}+|[^\s\p{L}\p{M}\p{Nd}]/gu;

/** Split text into tokens, marking likely sentence starts (after `.!?…` or a blank line). */
export function nerTokens(text: string): NerToken[] {
  const out: NerToken[] = [];
  let prevEnd = 0;
  let prev: NerToken | undefined;
  for (const m of text.matchAll(TOKEN)) {
    const gap = text.slice(prevEnd, m.index);
    const sentStart =
      prev === undefined || /^[.!?…]$/.test(prev.text) || (/\n\s*\n/.test(gap) && !/^[\p{Ll}]/u.test(m[0])) || (prev.text === '\n');
    const t: NerToken = { text: m[0], start: m.index, end: m.index + m[0].length, sentStart };
    out.push(t);
    prev = t;
    prevEnd = t.end;
  }
  return out;
}
