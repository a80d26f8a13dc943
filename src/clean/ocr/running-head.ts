import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';
import { foldHash } from '../../text/lower-code.js';

const LINE = /^[ \t]*(\S[^\n\r]{6,78}\S)[ \t\r]*$/gm;

/** The line with its page number (digits at either end) taken out, spaces squeezed (not lowercased). */
function keyOf(line: string): string {
  const first = line.charCodeAt(0);
  const last = line.charCodeAt(line.length - 1);
  let k = line;
  if (first >= 48 && first <= 57) k = k.replace(/^\d{1,4}\s+/, '');
  if (last >= 48 && last <= 57) {
    let d = k.length;
    while (d > 0 && k.charCodeAt(d - 1) >= 48 && k.charCodeAt(d - 1) <= 57) d--;
    let s = d;
    while (s > 0 && /\s/.test(k[s - 1]!)) s--;
    if (k.length - d <= 4 && s < d && s > 0) k = k.slice(0, s);
  }
  if (k.includes('  ') || k.includes('\t')) k = k.replace(/\s+/g, ' ');
  return k;
}

/**
 * Delete running heads: a short line (8–80 characters, with letters, not ending a
 * sentence) that recurs as a whole line at least three times in the document, with or
 * without a page number at either end (`Глава 3. Сотрудничество 52`), and watermarks
 * (`FOR AUTHOR USE ONLY`). A first copy within the first 400 characters is the title and
 * stays. Body lines do not
 * recur whole three times; a table's repeated label (`Итого`) is too short to count.
 */
export const ocrRunningHead: CleaningRule = {
  id: 'ocr-running-head',
  description: 'delete a running head',
  apply(text) {
    // Lines are counted by the hash of their key's lowercase codes first; only the keys
    // of lines whose hash recurs three times are lowercased and counted exactly (most
    // lines are seen once, and lowercasing each of them was this rule's main cost).
    const found: { start: number; end: number; key: string; hash: number }[] = [];
    const byHash = new Map<number, number>();
    for (const m of text.matchAll(LINE)) {
      const line = m[1]!;
      if ('.!?…,;:'.includes(line[line.length - 1]!) || !/\p{L}{3}/u.test(line) || /^\[\^|^#|^[-*•]\s/.test(line)) continue;
      const k = keyOf(line);
      if (k.length < 8) continue;
      const hash = foldHash(k, 0, k.length);
      byHash.set(hash, (byHash.get(hash) ?? 0) + 1);
      found.push({ start: m.index, end: m.index + m[0].length, key: k, hash });
    }
    const counts = new Map<string, number>();
    for (const f of found) {
      if ((byHash.get(f.hash) ?? 0) < 3) continue;
      f.key = f.key.toLowerCase();
      counts.set(f.key, (counts.get(f.key) ?? 0) + 1);
    }
    const edits: Edit[] = [];
    const kept = new Set<string>();
    // The first copy of a recurring line at the very top is the document's title: keep it.
    const top = text.length > 0 ? Math.min(text.length, 400) : 0;
    for (const f of found) {
      if ((byHash.get(f.hash) ?? 0) < 3 || (counts.get(f.key) ?? 0) < 3) continue;
      if (f.start < top && !kept.has(f.key)) {
        kept.add(f.key);
        continue;
      }
      edits.push({ start: f.start, end: Math.min(f.end + 1, text.length), after: '' });
    }
    return edits;
  },
};
