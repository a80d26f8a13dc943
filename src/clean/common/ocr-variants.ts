/**
 * OCR letter confusions in Latin text, as printed → as meant (shared/docs/artefacts.md
 * A14–A16: `societv`, `govemment`, `Tcchnologies`, `tseniuloza`).
 */
export const LATIN_OCR_CONFUSIONS: readonly (readonly [printed: string, meant: string])[] = [
  ['v', 'y'],
  ['c', 'e'],
  ['m', 'rn'],
  ['n', 'll'],
  ['rn', 'm'],
];

/** Every form of `word` with exactly one confusion undone (at most `limit` forms). */
export function ocrVariants(word: string, confusions: readonly (readonly [string, string])[] = LATIN_OCR_CONFUSIONS, limit = 50): string[] {
  const out: string[] = [];
  for (const [from, to] of confusions) {
    for (let i = word.indexOf(from); i >= 0 && out.length < limit; i = word.indexOf(from, i + 1)) {
      out.push(word.slice(0, i) + to + word.slice(i + from.length));
    }
  }
  return out;
}
