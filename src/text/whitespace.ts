// Whitespace helpers that stay linear on any input. Patterns such as /\s+$/ or
// /\s*\n\s*/ rescan a long whitespace run from every start position (quadratic);
// /\s+/g consumes each maximal run once.

const RUN = /\s+/g;

/** Replace every whitespace run that contains a line break with one space. */
export function joinLines(text: string): string {
  return text.replace(RUN, (run) => (run.indexOf('\n') >= 0 || run.indexOf('\r') >= 0 ? ' ' : run));
}

/** Replace every whitespace run with one space and trim the ends. */
export function squashSpaces(text: string): string {
  return text.replace(RUN, ' ').trim();
}
