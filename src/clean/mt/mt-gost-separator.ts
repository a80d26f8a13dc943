import type { Edit } from '../../model/change.js';
import type { CleaningRule } from '../types.js';

/** A GOST area separator after a period written with two or more dashes: `. - - 2016`, `. -- 2018`, `. - – 2016`. */
const DOUBLED = /\.[ \t]+(?:[-–—][ \t]*){2,5}(?=[^\s\-–—])/g;

/**
 * Repair doubled GOST 7.0.5 area separators in references (`[Electronic resource].
 * - - 2016. - URL:` → `[Electronic resource]. - 2016. - URL:`): one separator, written
 * as the document's usual single one (` - ` here; the dash the document uses most).
 */
export const mtGostSeparator: CleaningRule = {
  id: 'mt-gost-separator',
  description: 'repair doubled GOST separators in references',
  scope: 'all',
  apply(text) {
    const edits: Edit[] = [];
    const dash = usualDash(text);
    for (const m of text.matchAll(DOUBLED)) {
      edits.push({ start: m.index + 1, end: m.index + m[0].length, after: ` ${dash} `, reason: `doubled separator "${m[0].slice(1).trim()}"` });
    }
    return edits;
  },
};

/** The single separator dash used most often after a period (`. - URL`), hyphen by default. */
function usualDash(text: string): string {
  let hyphen = 0;
  let en = 0;
  let em = 0;
  for (const m of text.matchAll(/\. ([-–—]) (?=[^-–—\s])/g)) {
    if (m[1] === '-') hyphen++;
    else if (m[1] === '–') en++;
    else em++;
  }
  if (en > hyphen && en >= em) return '–';
  if (em > hyphen && em > en) return '—';
  return '-';
}
