/** One line of a text: `start`..`end` excludes the line break (`\n` or `\r\n`); `next` is where the next line starts. */
export interface Line {
  start: number;
  end: number;
  next: number;
  text: string;
}

/** Split text into lines with offsets (linear). */
export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let s = 0;
  const n = text.length;
  while (s <= n) {
    let e = text.indexOf('\n', s);
    const next = e < 0 ? n + 1 : e + 1;
    if (e < 0) e = n;
    if (e > s && text.charCodeAt(e - 1) === 13) e--; // CRLF
    out.push({ start: s, end: e, next: Math.min(next, n), text: text.slice(s, e) });
    if (next > n) break;
    s = next;
  }
  return out;
}

/** Is the line empty or whitespace only? */
export function isBlank(line: Line): boolean {
  return line.text.trim().length === 0;
}

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
