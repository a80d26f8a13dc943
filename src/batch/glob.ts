/** Characters that make a path segment a glob pattern. */
const MAGIC = /[*?[\]{}]/;

/** Does the string contain glob syntax (`*`, `?`, `[…]`, `{a,b}`)? */
export function isGlob(pattern: string): boolean {
  return MAGIC.test(pattern);
}

/**
 * Split a glob into the folder to walk (the segments before the first one with glob
 * syntax) and the rest: `corpus/ru/**\/*.txt` → `{ base: 'corpus/ru', rest: '**\/*.txt' }`.
 */
export function splitGlob(pattern: string): { base: string; rest: string } {
  const parts = pattern.replace(/\\/g, '/').split('/');
  const i = parts.findIndex((p) => MAGIC.test(p));
  if (i < 0) return { base: pattern, rest: '' };
  const baseParts = parts.slice(0, i);
  const base = baseParts.length === 0 ? '.' : baseParts.join('/') === '' ? '/' : baseParts.join('/');
  return { base, rest: parts.slice(i).join('/') };
}

/**
 * Compile a glob (relative to its base, `/` separators) to a RegExp that matches
 * whole relative paths. `**` matches any number of folders, `*` and `?` stay within
 * one segment, `[abc]` and `{a,b}` as in shells. Dot files match only when the
 * pattern names the dot. Built from single-character classes only, so matching
 * cannot backtrack catastrophically on the short paths it sees.
 */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atSegmentStart = i === 0 || glob[i - 1] === '/';
        const atSegmentEnd = i + 2 === glob.length || glob[i + 2] === '/';
        if (atSegmentStart && atSegmentEnd) {
          // `**/` = zero or more whole folders; a trailing `**` = anything below.
          if (glob[i + 2] === '/') {
            re += '(?:[^/.][^/]*/)*';
            i += 2;
          } else {
            re += '(?:[^/.][^/]*(?:/[^/.][^/]*)*)?';
            i += 1;
          }
          continue;
        }
        i += 1;
      }
      re += i === 0 || glob[i - 1] === '/' ? '(?:[^/.][^/]*)?' : '[^/]*';
    } else if (c === '?') {
      re += '[^/]';
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) {
        re += '\\[';
      } else {
        let body = glob.slice(i + 1, close).replace(/\\/g, '\\\\');
        if (body.startsWith('!')) body = '^' + body.slice(1);
        re += `[${body}]`;
        i = close;
      }
    } else if (c === '{') {
      braces++;
      re += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (c === ',' && braces > 0) {
      re += '|';
    } else {
      re += c.replace(/[.+^$()|\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${re}$`);
}
