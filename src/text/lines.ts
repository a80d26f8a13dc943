// Lines with offsets, the one line splitter the stages share.

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
