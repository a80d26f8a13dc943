/** One term: a preferred form per language and the variants that mean it. */
export interface GlossaryTerm {
  /** Stable id (kebab-case); a user term with the same id replaces the shipped one. */
  id: string;
  /** Preferred form per language code (`en`, `ru`, `be`). */
  preferred: Record<string, string>;
  /** Variants per language code, matched case-sensitively as whole words. */
  variants: Record<string, string[]>;
  /** Where the preferred form comes from. */
  source?: string;
}

/** A glossary file (`data/glossary/*.json`). */
export interface Glossary {
  /** Glossary name. */
  name: string;
  /** What it covers. */
  description?: string;
  /** Its terms. */
  terms: GlossaryTerm[];
}
