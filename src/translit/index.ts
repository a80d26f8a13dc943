export { transliterate, type SchemeRef } from './transliterate.js';
export { slugify, BELTA_SLUG_MAX, type SlugifyOptions } from './slugify.js';
export { SCHEMES, BELTA_J, BOOK_2024, ICAO, type TranslitScheme } from '../data/translit-schemes.js';
