/**
 * `annotateEntities(text, {lang})`: typed entities with offsets into the given text.
 *
 * Russian: the name tagger (averaged perceptron trained on FactRuEval, Az.js features) finds
 * persons, organisations and locations; rules add people with initials, Chinese names in
 * Russian transcription, organisations in quotes after a legal form, facilities, documents
 * and events; the gazetteer adds canonical ids and location subtypes. English: capitalisation
 * patterns, organisation heads, titles and the same gazetteer. Both: dates, money, percent
 * and quantities by grammar.
 */
import { detectLanguage } from '../langid/detect.js';
import { findDates } from './dates.js';
import { findMoney, findPercents, findQuantities } from './amounts.js';
import { matchGazetteer, type GazetteerMatch } from './gazetteer.js';
import { nerTokens, type NerToken } from './tagger/tokens.js';
import { loadTaggerModel, spansOf, tagTokens } from './tagger/tagger.js';
import { RU_THING_HEADS } from './lexicon-names.js';
import { ruleCandidatesRu } from './rule-candidates.js';
import { ruleEntitiesEn } from './rules-en.js';
import { normalizeName } from './normalize-name.js';
import { resolveOverlaps } from './overlaps.js';
import { NOT_NAMES, isAbbreviation } from './not-names.js';
import { coordinateLatinNames, propagateNames } from './consistency.js';
import { tokenKey } from './gazetteer.js';
import { extendLocations, placesAfterGenericNouns } from './loc-spans.js';
import { acronymOrganisations, applyAliases, dropQuotedThings, extendOrganisationsLeft, findAliases, retypeAliasMentions, type NameAlias } from './org-spans.js';
import type { AnnotateOptions, Entity, EntityAnnotation, EntityLang, EntityType } from './types.js';
import { firstAtOrAfter } from '../text/sorted.js';
import { emptySlots, tokenEndingAt, tokenStartingAt } from './token-index.js';

const TAG_TYPE: Record<string, EntityType> = { PER: 'person', ORG: 'organization', LOC: 'location' };

/** Pick the language: explicit, or detected (Cyrillic-majority → ru, otherwise en). */
export function entityLanguage(text: string, lang: AnnotateOptions['lang']): EntityLang {
  if (lang === 'ru' || lang === 'en') return lang;
  const guess = detectLanguage(text.slice(0, 20_000));
  if (guess.lang === 'en') return 'en';
  if (guess.lang === 'ru' || guess.lang === 'be' || guess.lang === 'uk') return 'ru';
  let cyr = 0;
  let lat = 0;
  for (const ch of text.slice(0, 20_000)) {
    if (/[\u0400-\u04ff]/.test(ch)) cyr++;
    else if (/[a-z]/i.test(ch)) lat++;
  }
  return cyr >= lat ? 'ru' : 'en';
}

function spanEntity(text: string, tokens: readonly NerToken[], from: number, to: number, type: EntityType, confidence: number): Entity {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  return { type, start, end, text: text.slice(start, end), confidence };
}

const NAME_SET = new Set<EntityType>(['person', 'organization', 'location', 'facility']);

/** Generic words around a place name that keep its identity (`провинция Шэньси`, `Shaanxi Province`). */
const GEO_GENERIC = /^(?:province|region|oblast|district|city|county|prefecture|провинци\p{L}*|област\p{L}*|район\p{L}*|город\p{L}*|кра[йяею]\p{L}*|округ\p{L}*)$/iu;

function attachGazetteer(entities: Entity[], matches: readonly GazetteerMatch[], tokens: readonly NerToken[], text: string): Entity[] {
  const byStart = new Map<number, GazetteerMatch>();
  for (const m of matches) byStart.set(tokens[m.from]!.start, m);
  const byEnd = new Map<number, GazetteerMatch>();
  for (const m of matches) byEnd.set(tokens[m.to - 1]!.end, m);
  for (const e of entities) {
    let m = byStart.get(e.start);
    if (e.type === 'location' && !(m && tokens[m.to - 1]!.end === e.end)) {
      // A place name with a generic word before or after it.
      const rest = (g: GazetteerMatch | undefined, s: number, t: number): boolean =>
        !!g && g.entry.type === 'location' && text.slice(s, t).trim().split(/\s+/).every((w) => GEO_GENERIC.test(w));
      const a = byStart.get(e.start);
      const b = byEnd.get(e.end);
      if (a && rest(a, tokens[a.to - 1]!.end, e.end)) m = a;
      else if (b && rest(b, e.start, tokens[b.from]!.start)) m = b;
      if (m) {
        e.canonical = m.entry.id;
        if (m.entry.subtype) e.subtype = m.entry.subtype;
        continue;
      }
    }
    if (m && tokens[m.to - 1]!.end === e.end) {
      // A weak guess (propagated or rule-based, not the tagger) takes the gazetteer's type.
      if (e.confidence <= 0.6 && (m.entry.type === 'location' || m.entry.type === 'organization') && e.type !== m.entry.type) e.type = m.entry.type;
      e.canonical = m.entry.id;
      if (m.entry.type === 'location' && e.type === 'location' && m.entry.subtype) e.subtype = m.entry.subtype;
      if (m.entry.type === 'facility' && e.type !== 'facility') e.type = 'facility';
      if (m.entry.type === 'organization' && e.type === 'location') {
        // Евросоюза, ООН: an organisation of the gazetteer stays one whatever the tagger says
        e.type = 'organization';
        if ('subtype' in e) delete e.subtype;
      }
      if (m.entry.type === 'location' && e.type === 'organization' && (m.entry.subtype === 'country' || m.entry.subtype === 'region' || m.entry.subtype === 'city')) {
        // КНР, США, Новой Зеландии: a place acting as an organisation (LocOrg) counts as a location
        e.type = 'location';
        e.subtype = m.entry.subtype;
      }
    }
  }
  // Gazetteer names the tagger missed. Matches are disjoint and in text order, so what one
  // match adds or removes never touches another's span: look the spans up in start-sorted
  // copies (linear overall, not a scan of every entity per match) and apply the changes once.
  const byStartAll = [...entities].sort((a, b) => a.start - b.start);
  const names = byStartAll.filter((x) => NAME_SET.has(x.type));
  const maxEnd: number[] = [];
  for (const x of names) maxEnd.push(Math.max(x.end, maxEnd[maxEnd.length - 1] ?? -1));
  const removed = new Set<Entity>();
  const added: Entity[] = [];
  for (const m of matches) {
    const start = tokens[m.from]!.start;
    const end = tokens[m.to - 1]!.end;
    // Name entities overlapping [start, end): those starting before `end` whose end passes `start`.
    const overlapping: Entity[] = [];
    for (let j = firstAtOrAfter(names, end) - 1; j >= 0 && maxEnd[j]! > start; j--) {
      const x = names[j]!;
      if (x.end > start) overlapping.push(x);
    }
    if (overlapping.some((x) => x.start < start || x.end > end || (x.start === start && x.end === end))) continue;
    if (overlapping.length > 0 && m.to - m.from < 2) continue;
    for (let j = firstAtOrAfter(byStartAll, start); j < byStartAll.length && byStartAll[j]!.start < end; j++) {
      const x = byStartAll[j]!;
      if (x.end <= end && (x.start !== start || x.end !== end) && x.canonical === undefined) removed.add(x);
    }
    const e: Entity = { type: m.entry.type, start, end, text: text.slice(start, end), canonical: m.entry.id, confidence: 0.75 };
    if (m.entry.subtype && (m.entry.type === 'location' || m.entry.type === 'facility')) e.subtype = m.entry.subtype;
    added.push(e);
  }
  const kept = removed.size > 0 ? entities.filter((x) => !removed.has(x)) : entities;
  kept.push(...added);
  return kept;
}

/**
 * Annotate typed entities in a text.
 *
 * @param text the text (offsets in the result are UTF-16 offsets into it, end-exclusive).
 * @param options language (`ru`, `en`, `auto`), document date for relative dates, types.
 * @returns the language used and entities sorted by start (longer first on ties).
 * @example
 * annotateEntities('В августе 2024 года Ли Цян посетил Минск', { lang: 'ru' })
 */
export function annotateEntities(text: string, options: AnnotateOptions = {}): EntityAnnotation {
  const lang = entityLanguage(text, options.lang ?? 'auto');
  const want = options.types ? new Set<EntityType>(options.types) : null;
  const tokens = nerTokens(text);
  let entities: Entity[] = [];
  const wantNames = !want || ['person', 'organization', 'location', 'facility', 'document', 'event'].some((t) => want.has(t as EntityType));
  if (wantNames) {
    const gaz = matchGazetteer(tokens, lang);
    if (lang === 'ru') {
      const rules = ruleCandidatesRu(text, tokens);
      const model = loadTaggerModel('ru');
      if (model) {
        const { labels, margins } = tagTokens(model, tokens, lang, gaz);
        for (const s of spansOf(labels, margins)) {
          let { from, to } = s;
          while (from < to && !/[\p{L}\p{Nd}]/u.test(tokens[from]!.text)) from++;
          while (to > from && !/[\p{L}\p{Nd}]/u.test(tokens[to - 1]!.text)) to--;
          if (from === to || NOT_NAMES.has(tokens[from]!.text) && to === from + 1) continue;
          entities.push(spanEntity(text, tokens, from, to, TAG_TYPE[s.label]!, s.confidence));
        }
      }
      entities.push(...rules);
    } else {
      entities.push(...ruleEntitiesEn(text, tokens, gaz));
    }
    entities = resolveOverlaps(entities);
    let aliases: NameAlias[] = [];
    if (lang === 'ru') {
      aliases = findAliases(tokens, entities);
      entities = applyAliases(text, entities, aliases);
    }
    if (lang === 'ru') entities = placesAfterGenericNouns(text, tokens, entities);
    // One slot per token from the start (assigning far past the end of an empty array would
    // turn it into a slow dictionary).
    const keys = emptySlots<string>(tokens.length);
    // All-capital words (abbreviations) only recur as all-capital words: `IT` is not `It`.
    const keyOf = (i: number): string => (keys[i] ??= tokenKey(tokens[i]!.text, lang, false) + (isAbbreviation(tokens[i]!.text) ? '^' : ''));
    entities = propagateNames(text, tokens, entities, keyOf);
    entities = attachGazetteer(entities, gaz, tokens, text);
    if (lang === 'ru') {
      entities = coordinateLatinNames(text, tokens, entities);
      if (aliases.length > 0) {
        retypeAliasMentions(entities, aliases, (s, e) => {
          const a = tokenStartingAt(tokens, s);
          const b = tokenEndingAt(tokens, e);
          if (a === undefined || b === undefined || b - a > 12) return null;
          const parts: string[] = [];
          for (let i = a; i <= b; i++) parts.push(keyOf(i));
          return parts.join(' ');
        });
      }
      entities = dropQuotedThings(tokens, entities, RU_THING_HEADS);
      entities.push(...acronymOrganisations(text, tokens, entities, NOT_NAMES));
      entities = extendOrganisationsLeft(text, tokens, entities);
      entities = extendLocations(text, tokens, entities);
    }
    for (const e of entities) {
      if ((e.type === 'person' || e.type === 'organization') && e.normalized === undefined) {
        const n = normalizeName(e.text, e.type, lang);
        if (n && n !== e.text) e.normalized = n;
      }
    }
  }
  entities.push(...findDates(text, lang, options.documentDate));
  entities.push(...findMoney(text, lang), ...findPercents(text, lang), ...findQuantities(text, lang));
  if (want) entities = entities.filter((e) => want.has(e.type));
  entities = dropNumericClashes(entities);
  entities.sort((a, b) => a.start - b.start || b.end - a.end || a.type.localeCompare(b.type));
  return { lang, entities };
}

/**
 * Money/percent/quantity win over a date or quantity on the same digits; no duplicates.
 * @internal exported for the test that compares it with the former quadratic form.
 */
export function dropNumericClashes(entities: Entity[]): Entity[] {
  // Money and percent sorted by start with the running maximum of their ends: the ones
  // starting before a span's end are a prefix, and one of them overlaps the span when that
  // prefix reaches past the span's start (a binary search, not a scan of all per span).
  const strong = entities.filter((e) => e.type === 'money' || e.type === 'percent').sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (const s of strong) maxEnd.push(Math.max(s.end, maxEnd.length > 0 ? maxEnd[maxEnd.length - 1]! : -Infinity));
  const overlapsStrong = (e: Entity): boolean => {
    const before = firstAtOrAfter(strong, e.end); // strong[0, before) start before e ends
    return before > 0 && maxEnd[before - 1]! > e.start;
  };
  // Seen (type, start, end), by start.
  const seen = new Map<number, Entity[]>();
  return entities.filter((e) => {
    const same = seen.get(e.start);
    if (same === undefined) seen.set(e.start, [e]);
    else {
      for (const x of same) if (x.type === e.type && x.end === e.end) return false;
      same.push(e);
    }
    if (e.type === 'quantity' || (e.type === 'date' && /^\d/.test(e.text) && e.subtype === 'duration')) {
      if (overlapsStrong(e)) return false;
    }
    return true;
  });
}
