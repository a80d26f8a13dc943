/**
 * Everything the Russian rules find on their own (before overlaps with the tagger's spans are
 * resolved). Feeding these to the tagger as features was tried (3-fold cross-validation on the
 * training split, 8 seeds): no better than without, so they only compete with its spans.
 */
import { ruleEntitiesRu } from './rules-ru.js';
import { latinOrganisations, webSiteEntities } from './org-spans.js';
import type { NerToken } from './tagger/tokens.js';
import type { Entity } from './types.js';

/** Rule entities of a Russian text: people with initials, heads + dependants, quoted names, web sites, Latin names. */
export function ruleCandidatesRu(text: string, tokens: readonly NerToken[]): Entity[] {
  return [...ruleEntitiesRu(text, tokens), ...webSiteEntities(text, tokens), ...latinOrganisations(text, tokens)];
}
