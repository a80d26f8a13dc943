/**
 * Trim characters from the ends of a string by a scan (a `[…]+$` regex restarts at
 * every character of a long run, which is quadratic).
 *
 * @param s the string.
 * @param chars the characters to trim.
 * @param where which end(s).
 */
export function trimChars(s: string, chars: string, where: 'start' | 'end' | 'both' = 'end'): string {
  let a = 0;
  let b = s.length;
  if (where !== 'end') while (a < b && chars.includes(s[a]!)) a++;
  if (where !== 'start') while (b > a && chars.includes(s[b - 1]!)) b--;
  return s.slice(a, b);
}

/** ASCII and common Unicode whitespace, for {@link trimChars}. */
export const SPACE_CHARS = ' \t\n\r\f\v\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000';
