export { splitLines, isBlank, type Line } from '../../text/lines.js';

const CLOSERS = '»”"\')]’“';

/**
 * Does the line end a sentence: `.`, `!`, `?` or `…` (with `:` and `;` when `colon` is
 * set), possibly followed by closing quotes/brackets, a footnote number or `[^N]`, and
 * spaces? A backwards scan, linear in the length of the tail.
 */
export function endsSentence(line: string, colon = false): boolean {
  let i = line.length;
  const skipSpaces = (): void => {
    while (i > 0 && (line[i - 1] === ' ' || line[i - 1] === '\t' || line[i - 1] === '\r')) i--;
  };
  const skipClosers = (): void => {
    while (i > 0 && CLOSERS.includes(line[i - 1]!)) i--;
  };
  skipSpaces();
  skipClosers();
  // a footnote marker: `[^12]` or bare digits (up to 4) glued to the punctuation
  if (line[i - 1] === ']') {
    const open = line.lastIndexOf('[^', i - 1);
    if (open >= 0 && i - open <= 8 && /^\[\^\d{1,4}\]$/.test(line.slice(open, i))) i = open;
  } else {
    let d = 0;
    while (d < 4 && i - d > 0 && line[i - d - 1]! >= '0' && line[i - d - 1]! <= '9') d++;
    if (d > 0 && d < 4 && i - d > 0 && '.!?…»”"\')]'.includes(line[i - d - 1]!)) i -= d;
  }
  skipClosers();
  const ch = line[i - 1];
  return ch === '.' || ch === '!' || ch === '?' || ch === '…' || (colon && (ch === ':' || ch === ';'));
}
