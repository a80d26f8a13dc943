/** Remove trailing characters that are in `chars` (linear; no regex backtracking). */
export function stripTrailing(s: string, chars: string): string {
  let e = s.length;
  while (e > 0 && chars.includes(s[e - 1]!)) e--;
  return s.slice(0, e);
}

/** Remove leading characters that are in `chars`. */
export function stripLeading(s: string, chars: string): string {
  let b = 0;
  while (b < s.length && chars.includes(s[b]!)) b++;
  return s.slice(b);
}

