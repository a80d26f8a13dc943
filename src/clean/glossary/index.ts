export type { Glossary, GlossaryTerm } from './types.js';
export { defaultGlossary, checkGlossary, mergeTerms, type GlossaryCheck } from './load.js';
export { compileTerms, type TermMatcher, type TermHit } from './matcher.js';
