import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';

/** `https: //` and `https:/ /`: the scheme split from the rest by a space. */
const SPLIT_SCHEME = /\b(https?):[ \t]+\/[ \t]*\//gi;
/** A URL start. */
const URL_START = /(?:https?:[ \t]*\/[ \t]*\/|www\.)/gi;
/** A piece that can continue a URL: no capitals, mostly Latin/digits/URL punctuation. */
const PIECE = /^-?[a-z0-9][^\s<>A-ZА-ЯЁ]*$/u;

function isPiece(s: string): boolean {
  if (!PIECE.test(s) || /^(?:https?:|www\.)/i.test(s)) return false; // another URL starts
  let latin = 0;
  let other = 0;
  for (const ch of s) {
    if (/[a-z0-9\-/._~%]/.test(ch)) latin++;
    else other++;
  }
  return latin >= 3 * other;
}

/**
 * Join URLs broken by spaces or line breaks (A11, A12): `https: //` → `https://`; a URL
 * goes on across whitespace while the pieces after it look like URL pieces (lowercase
 * Latin, digits, hyphens) and a hyphen or slash on one side of a break shows the URL
 * continues (`kitai -podpisali`, `…/minpromy-belarusi-i-` ⏎ `kitaia-…`). A piece without
 * such a hyphen is taken only when a later break has one (`-do govorilis -o-…`).
 */
export const urlJoinBroken: CleaningRule = {
  id: 'url-join-broken',
  description: 'join a URL broken by spaces or line breaks',
  scope: 'all',
  apply(text) {
    const edits: Edit[] = [];
    for (const m of text.matchAll(SPLIT_SCHEME)) {
      const start = m.index + m[1]!.length + 1;
      edits.push({ start, end: m.index + m[0].length, after: '//' });
    }
    for (const m of text.matchAll(URL_START)) {
      // Walk the URL's first piece.
      let end = m.index + m[0].length;
      while (end < text.length && !/\s/.test(text[end]!)) end++;
      let prevPiece = text.slice(m.index, end);
      const gaps: { start: number; end: number; hyphen: boolean }[] = [];
      let cursor = end;
      let lastGood = -1;
      for (let guard = 0; guard < 40; guard++) {
        // a gap: spaces, at most one line break
        let g = cursor;
        let breaks = 0;
        while (g < text.length && /\s/.test(text[g]!)) {
          if (text[g] === '\n') breaks++;
          g++;
        }
        if (g === cursor || breaks > 1 || g >= text.length) break;
        let pe = g;
        while (pe < text.length && !/\s/.test(text[pe]!)) pe++;
        const piece = text.slice(g, pe);
        if (!isPiece(piece)) break;
        // A break after a slash counts only before a path-like piece (not a plain word).
        const hyphen = /[-_][,;.]?$/.test(prevPiece) || piece.startsWith('-') || (/\/$/.test(prevPiece) && /[-/.\d]/.test(piece));
        gaps.push({ start: cursor, end: g, hyphen });
        if (hyphen) lastGood = gaps.length - 1;
        prevPiece = piece;
        cursor = pe;
      }
      for (let k = 0; k <= lastGood; k++) edits.push({ start: gaps[k]!.start, end: gaps[k]!.end, after: '', reason: 'URL broken by whitespace' });
    }
    edits.sort((a, b) => a.start - b.start);
    // drop overlaps (a scheme split inside a gap)
    const out: Edit[] = [];
    for (const e of edits) if (out.length === 0 || e.start >= out[out.length - 1]!.end) out.push(e);
    return out;
  },
};
