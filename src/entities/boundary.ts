/**
 * Global-pattern matching with a hand-checked leading look-behind. A pattern that begins with
 * `(?<![\p{L}\p{Nd}])` is tried at every position with the look-behind first, which keeps the
 * regex engine from skipping ahead to where the body can start; the body alone is much faster
 * to search. {@link matchesNotAfterWordChar} searches for the body and checks the character
 * before each match by hand; when it is a letter or digit the search goes on from the next
 * position. The matches are the same as with the look-behind in the pattern: there the match
 * also fails at that position, and the body matched nowhere before it.
 */

/** The look-behind the patterns drop, sticky, without and with case folding. */
const NOT_AFTER = /(?<![\p{L}\p{Nd}])/uy;
const NOT_AFTER_I = /(?<![\p{L}\p{Nd}])/iuy;

/**
 * Whether `(?<![\p{L}\p{Nd}])` holds at `index` of `text` for a pattern with (or without, when
 * `ignoreCase` is false) the `i` flag; the pattern has the `u` flag.
 */
export function notAfterLetterOrDigit(text: string, index: number, ignoreCase: boolean): boolean {
  if (index === 0) return true;
  const c = text.charCodeAt(index - 1);
  // ASCII: only letters and digits are \p{L} / \p{Nd}, and no other ASCII character folds to one.
  if (c < 128) return !((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122));
  const re = ignoreCase ? NOT_AFTER_I : NOT_AFTER;
  re.lastIndex = index;
  return re.test(text);
}

/**
 * All matches of the global, unicode pattern `re` not preceded by a letter or a digit: the
 * matches of `(?<![\p{L}\p{Nd}])` followed by `re`, in text order (what `text.matchAll` gives
 * for that pattern). `re` must not match the empty string; its `lastIndex` is left at 0.
 */
export function matchesNotAfterWordChar(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const ignoreCase = re.ignoreCase;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (notAfterLetterOrDigit(text, m.index, ignoreCase)) out.push(m);
    else re.lastIndex = m.index + 1;
  }
  re.lastIndex = 0;
  return out;
}
