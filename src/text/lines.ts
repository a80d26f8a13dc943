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

/** Is the code unit white space to `String#trim` (the `\s` class)? */
function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Is the line empty or whitespace only? (A scan: no trimmed copy.) */
export function isBlank(line: Line): boolean {
  const t = line.text;
  for (let i = 0; i < t.length; i++) if (!isSpaceCode(t.charCodeAt(i))) return false;
  return true;
}
