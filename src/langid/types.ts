/** Languages sverka tells apart; `other` for anything else, `und` when there is too little text. */
export type LanguageCode = 'ru' | 'en' | 'be' | 'uk' | 'other' | 'und';

/** A language guess with a confidence in [0, 1]. */
export interface LanguageGuess {
  /** The language. */
  lang: LanguageCode;
  /** How sure the guess is, 0..1. */
  confidence: number;
  /** ISO 15924-ish script of the letters: `Cyrl`, `Latn`, `mixed`, `none`. */
  script: 'Cyrl' | 'Latn' | 'mixed' | 'none';
}
