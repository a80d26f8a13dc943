// Minimal types for @citation-js/core (it ships none); only what the tests use.
declare module '@citation-js/core' {
  /** A citation.js collection: parses input of any registered format into CSL-JSON. */
  export class Cite {
    constructor(data: unknown, options?: { forceType?: string });
    /** The items as CSL-JSON. */
    data: unknown[];
  }
}
