export type { LanguageCode, LanguageGuess } from './types.js';
export { detectLanguage, aggregateLanguage } from './detect.js';
