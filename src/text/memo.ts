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
