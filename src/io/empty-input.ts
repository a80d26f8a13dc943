/**
 * An input with nothing but white space in it is read, not refused (a corpus may hold
 * empty files, and an empty result is the right answer), but never silently: the
 * cleaner records this warning and the CLI prints it.
 * @packageDocumentation
 */

/** Rule id of the warning for an empty input. */
export const EMPTY_INPUT_RULE = 'input-empty';

/** Message of that warning. */
export const EMPTY_INPUT_MESSAGE = 'the input is empty (or white space only): there is nothing to work on';

/** True when `text` holds no character other than white space. */
export function isEmptyInput(text: string): boolean {
  return !/\S/.test(text);
}
