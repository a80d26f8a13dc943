/**
 * Remember the result for the last input only: rules ask for facts about the whole
 * document (its vocabulary, its URL words) once per stream, and every stream of one
 * document passes the same original string, so one slot makes that one pass per document.
 */
export function memoizeLast<T>(compute: (input: string) => T): (input: string) => T {
  let lastInput: string | null = null;
  let lastValue: T;
  return (input) => {
    if (input !== lastInput) {
      lastValue = compute(input);
      lastInput = input;
    }
    return lastValue;
  };
}

/**
 * Remember results by key, for pure functions of a word that recur across a corpus
 * (dictionary lookups, readings of slug tokens). At most `max` entries: when full the
 * memory is emptied and fills again, so it stays bounded over any number of documents.
 */
export function memoizeBounded<T>(compute: (key: string) => T, max: number): (key: string) => T {
  const memory = new Map<string, T>();
  return (key) => {
    const hit = memory.get(key);
    if (hit !== undefined || memory.has(key)) return hit as T;
    const value = compute(key);
    if (memory.size >= max) memory.clear();
    memory.set(key, value);
    return value;
  };
}
