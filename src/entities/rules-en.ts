/** English rules (placeholder until the capitalisation grammar lands). */
import type { GazetteerMatch } from './gazetteer.js';
import type { NerToken } from './tagger/tokens.js';
import type { Entity } from './types.js';

/** Rule-based English entities. */
export function ruleEntitiesEn(_text: string, _tokens: readonly NerToken[], _gaz: readonly GazetteerMatch[]): Entity[] {
  return [];
}
