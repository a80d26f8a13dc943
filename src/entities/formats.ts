/**
 * Output formats for entity annotations: CoNLL-style BIO columns and brat standoff.
 */
import { nerTokens } from './tagger/tokens.js';
import type { Entity } from './types.js';

/**
 * Non-nested entities for BIO output: longer spans win, then earlier starts; nested or
 * crossing shorter spans are left out (CoNLL cannot express them).
 */
export function flatEntities(entities: readonly Entity[]): Entity[] {
  const sorted = [...entities].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Entity[] = [];
  for (const e of sorted) if (!kept.some((k) => k.start < e.end && e.start < k.end)) kept.push(e);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * CoNLL-style columns, one token a line: `token<TAB>start<TAB>end<TAB>label` with BIO labels
 * (`B-person`), a blank line after sentence-final punctuation and between paragraphs.
 */
export function toConll(text: string, entities: readonly Entity[]): string {
  const flat = flatEntities(entities);
  const lines: string[] = [];
  let k = 0;
  let prevEnd = 0;
  for (const t of nerTokens(text)) {
    if (lines.length > 0 && lines[lines.length - 1] !== '' && /\n\s*\n/.test(text.slice(prevEnd, t.start))) lines.push('');
    while (k < flat.length && flat[k]!.end <= t.start) k++;
    const e = flat[k];
    let label = 'O';
    if (e && e.start <= t.start && t.end <= e.end) label = `${e.start === t.start ? 'B' : 'I'}-${e.type}`;
    else if (e && e.start < t.end && t.start < e.end) label = `${e.start >= t.start ? 'B' : 'I'}-${e.type}`;
    lines.push(`${t.text}\t${t.start}\t${t.end}\t${label}`);
    if (/^[.!?…]$/.test(t.text) && label === 'O') lines.push('');
    prevEnd = t.end;
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n') + '\n';
}

/**
 * brat standoff (`.ann`): `T<n>\t<type> <start> <end>[;<start> <end>...]\t<text>`; a span
 * that crosses line breaks is written as fragments (brat's rule); normalised values and
 * canonical ids go to `AnnotatorNotes`.
 */
export function toBrat(text: string, entities: readonly Entity[]): string {
  const out: string[] = [];
  let n = 0;
  for (const e of entities) {
    n++;
    const fragments: string[] = [];
    const pieces: string[] = [];
    const re = /[^\n]+/g;
    const slice = text.slice(e.start, e.end);
    for (const m of slice.matchAll(re)) {
      const trimmed = m[0].trimEnd();
      const lead = m[0].length - m[0].trimStart().length;
      if (trimmed.trim() === '') continue;
      const s = e.start + m.index + lead;
      fragments.push(`${s} ${e.start + m.index + trimmed.length}`);
      pieces.push(trimmed.trim());
    }
    if (fragments.length === 0) continue;
    const type = e.subtype && e.type === 'location' ? `location-${e.subtype}` : e.type;
    out.push(`T${n}\t${type} ${fragments.join(';')}\t${pieces.join(' ')}`);
    const notes: string[] = [];
    if (e.normalized) notes.push(`normalized=${e.normalized}`);
    if (e.canonical) notes.push(`canonical=${e.canonical}`);
    if (notes.length) out.push(`#${n}\tAnnotatorNotes T${n}\t${notes.join(' ')}`);
  }
  return out.length ? out.join('\n') + '\n' : '';
}
